/**
 * Keeps the README's quick start true: runs the same calls and checks that the results the README
 * prints (`// => ...`) are the ones the library gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCalendar, evaluateDossier, formatExplanation, officialRatingCap } from '../../src/index';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## Principles'));

describe('README quick start', () => {
  const calendar = createCalendar();

  it('shows the working-day result the calendar gives', () => {
    expect(quickStart).toContain("calendar.addWorkingDays('2025-01-24', 5);\n// => '2025-02-07'");
    expect(calendar.addWorkingDays('2025-01-24', 5)).toBe('2025-02-07');
  });

  it('shows the dossier evaluation the clock gives', () => {
    const r = evaluateDossier(
      {
        id: 'HS-1',
        procedureId: 'DT-02',
        departmentId: 'QLDT',
        channel: 'online',
        onlineLevel: 'full',
        receivedAt: '2025-01-24T19:30:00+07:00',
        processingDays: 10,
        events: [{ type: 'processed', at: '2025-02-18T09:00:00+07:00' }],
      },
      { calendar, asOf: '2025-03-14T23:59:59+07:00' },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const shown = [r.value.clockStartAt, r.value.dueAt, r.value.outcome, r.value.lateBy];
    expect(shown).toEqual(['2025-02-03T07:00:00+07:00', '2025-02-17T17:00:00+07:00', 'late', 120]);
    expect(quickStart).toContain("// => ['2025-02-03T07:00:00+07:00', '2025-02-17T17:00:00+07:00', 'late', 120]");
  });

  it('shows the rating cap and its Vietnamese sentence', () => {
    const cap = officialRatingCap({ handled: 100, late: 11 }, { year: 2024 });
    expect(cap.maxRating).toBe('completed');
    const sentence = formatExplanation(cap.explanation, { locale: 'vi' });
    const shown = quickStart
      .slice(quickStart.indexOf("// => 'Tỷ lệ"))
      .split('\n')
      .slice(0, 2)
      .map((l) => l.replace(/^\/\/ => '|^\/\/\s+/, ''))
      .join(' ')
      .replace(/'$/, '');
    expect(shown).toBe(sentence);
  });
});
