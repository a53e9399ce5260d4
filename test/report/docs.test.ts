import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar';
import { formatReport, parsePeriod, resolutionReport } from '../../src/report/index';
import { DOC_NAMES, DOC_RECORDS } from './_docExample';

const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'reports.md'), 'utf8');
const report = resolutionReport(DOC_RECORDS, { period: parsePeriod('2025-Q1'), calendar: createCalendar(), names: DOC_NAMES, locale: 'en' });

describe('docs/reports.md', () => {
  it.each([
    ['csv', 'vi'],
    ['csv', 'en'],
    ['markdown', 'vi'],
    ['markdown', 'en'],
    ['json', 'vi'],
    ['html', 'vi'],
  ] as const)('shows the %s (%s) output of the example exactly', (format, locale) => {
    const text = formatReport(report, { format, locale }).replace(/\r\n/g, '\n').trimEnd();
    expect(doc).toContain(text);
  });
});
