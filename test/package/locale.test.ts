/**
 * One default locale (issue 11): issue messages, formatters and the CLI all default to
 * `DEFAULT_LOCALE`, and no source file names another default.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCalendar, DEFAULT_LOCALE, formatReport, parseDossier, parsePeriod, resolutionReport } from 'reform-rules';
import { formatMessage } from '../../src/errors/messages/index';
import { DOC_NAMES, DOC_RECORDS } from '../report/_docExample';

const src = join(import.meta.dirname, '..', '..', 'src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });

describe('one default locale', () => {
  it('is Vietnamese', () => {
    expect(DEFAULT_LOCALE).toBe('vi');
  });

  it('is the only default any source file gives a locale (options, parameters, the CLI)', () => {
    const offenders: string[] = [];
    for (const file of files(src)) {
      const text = readFileSync(file, 'utf8');
      // `locale ?? 'en'`, `locale: Locale = 'vi'`, `oneOf('locale', …, 'vi')`, `@defaultValue 'en'` on a locale.
      const bad = /locale\b[^\n]*\?\?\s*'(en|vi)'|locale\??: Locale = '(en|vi)'|\['vi', 'en'\] as const, '(en|vi)'\)|locale[^\n]*@defaultValue `'en'`/;
      if (bad.test(text)) offenders.push(file.slice(src.length + 1));
    }
    expect(offenders).toEqual([]);
  });

  it('renders issue messages in the default locale', () => {
    const r = parseDossier(undefined);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const issue = r.issues[0];
    expect(issue?.message).toBe(formatMessage('invalid_type', { field: '(root)', expected: 'object', received: undefined }, DEFAULT_LOCALE));
    expect(issue?.message).not.toBe(formatMessage('invalid_type', { field: '(root)', expected: 'object', received: undefined }, 'en'));
  });

  it('renders every report format and the rejected records in the default locale', () => {
    const options = { period: parsePeriod('2025-Q1'), calendar: createCalendar(), names: DOC_NAMES };
    const byDefault = resolutionReport(DOC_RECORDS, options);
    const vi = resolutionReport(DOC_RECORDS, { ...options, locale: DEFAULT_LOCALE });
    expect(byDefault.rejected).toEqual(vi.rejected);
    for (const format of ['csv', 'markdown', 'json', 'html'] as const) {
      expect(formatReport(byDefault, { format })).toBe(formatReport(vi, { format, locale: DEFAULT_LOCALE }));
    }
  });
});
