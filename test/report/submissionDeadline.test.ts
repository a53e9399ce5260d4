import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar';
import { ReformRulesError } from '../../src/errors/ReformRulesError';
import { defaultPolicy } from '../../src/policy/defaultPolicy';
import { extendPolicy } from '../../src/policy/extendPolicy';
import { parsePeriod, reportingPeriod, submissionDeadline } from '../../src/report/index';

const calendar = createCalendar();

describe('submissionDeadline', () => {
  it.each([
    // period, convention, deadline: 2 working days after the cut-off, the cut-off day not counted
    ['2025-Q1', 'decree09', '2025-03-18'], // Fri 14/3 -> Mon 17, Tue 18
    ['2024-Q4', 'decree09', '2024-12-17'], // Sat 14/12 -> Mon 16, Tue 17
    ['2025-01', 'decree09', '2025-01-16'], // Tue 14/1 -> Wed 15, Thu 16
    ['2025-01', 'calendar', '2025-02-04'], // Fri 31/1 in Tết (27–31/1) -> Mon 3/2, Tue 4/2
    ['2025-H1', 'decree09', '2025-06-17'], // Sat 14/6 -> Mon 16, Tue 17
    ['2025-9M', 'calendar', '2025-10-02'], // Tue 30/9 -> Wed 1/10, Thu 2/10
    ['2025-04', 'calendar', '2025-05-06'], // Wed 30/4 off, 1/5 and 2/5 off -> Mon 5/5, Tue 6/5
  ] as const)('gives %s (%s) the deadline %s', (code, convention, expected) => {
    expect(submissionDeadline(parsePeriod(code, { convention }), calendar)).toBe(expected);
  });

  it('reads the number of working days from the policy on the cut-off day', () => {
    const policy = extendPolicy(defaultPolicy, {
      reportSubmissionWorkingDays: [{ from: '2025-06-01', value: 5, basis: { document: 'Quyết định thử nghiệm', note: 'test override' } }],
    });
    expect(submissionDeadline(parsePeriod('2025-Q1'), calendar, policy)).toBe('2025-03-18');
    expect(submissionDeadline(parsePeriod('2025-Q2'), calendar, policy)).toBe('2025-06-20');
  });

  it('rejects a period the calendar does not cover, naming the dates', () => {
    const period = reportingPeriod({ kind: 'year', year: 2101 });
    expect(() => submissionDeadline(period, calendar)).toThrow(ReformRulesError);
    expect(() => submissionDeadline(period, calendar)).toThrow('period: the period 2100-12-15..2101-12-14 is not covered by the calendar, which covers 1900-01-01..2100-12-31');
  });

  it('rejects a deadline that runs past the calendar', () => {
    const period = reportingPeriod({ kind: 'month', year: 2100, index: 12, convention: 'calendar' });
    expect(() => submissionDeadline(period, calendar)).toThrow(/period_outside_calendar|not covered/);
  });

  it('rejects a malformed period and a non-calendar', () => {
    expect(() => submissionDeadline({ from: '2025-02-30', to: '2025-03-01' } as never, calendar)).toThrow(expect.objectContaining({ code: 'invalid_reporting_period' }));
    expect(() => submissionDeadline({ from: '2025-03-02', to: '2025-03-01' } as never, calendar)).toThrow(expect.objectContaining({ code: 'invalid_reporting_period' }));
    expect(() => submissionDeadline(parsePeriod('2025'), {} as never)).toThrow(expect.objectContaining({ code: 'invalid_calendar' }));
  });
});
