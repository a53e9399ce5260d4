import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar';
import { createReportAccumulator, parsePeriod, reportAccumulatorFromJSON, resolutionReport } from '../../src/report/index';
import type { ReportAccumulatorState } from '../../src/report/index';

const calendar = createCalendar();
const dossier = { id: 'HS-1', procedureId: 'P1', departmentId: 'A', channel: 'online', receivedAt: '2025-01-06T09:00:00+07:00', processingDays: 3 };

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
}

describe('createReportAccumulator', () => {
  it('writes a plain JSON state with named counters', () => {
    const acc = createReportAccumulator({ period: parsePeriod('2025-Q1'), calendar });
    acc.add(dossier);
    acc.add({ id: 'bad' });
    const state = acc.toJSON();
    expect(state.format).toBe('reform-rules/report-accumulator');
    expect(state.version).toBe(3);
    expect(state.form).toBe('bieu06');
    expect(state.asOf).toBe('2025-03-14T23:59:59.999+07:00');
    expect(state.inputs).toBe(2);
    // Version 2: one counter per form column (the Biểu 06 count columns, then two per mean).
    expect(state.fields.slice(0, 3)).toEqual(['received.online', 'received.directOrPostal', 'received.carriedOver']);
    expect(state.fields).toHaveLength(20);
    expect(state.rows).toEqual([['A', [1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]]]);
    expect(state.rejected.map((r) => r.index)).toEqual([1]);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it('refuses to merge accumulators of other periods, asOf or groupings', () => {
    const base = createReportAccumulator({ period: parsePeriod('2025-Q1'), calendar });
    expect(codeOf(() => base.merge(createReportAccumulator({ period: parsePeriod('2025-Q2'), calendar })))).toBe('incompatible_accumulators');
    expect(codeOf(() => base.merge(createReportAccumulator({ period: parsePeriod('2025-Q1'), calendar, groupBy: 'official' })))).toBe('incompatible_accumulators');
    expect(codeOf(() => base.merge(createReportAccumulator({ period: parsePeriod('2025-Q1'), calendar, asOf: '2025-02-01T00:00:00+07:00' })))).toBe('incompatible_accumulators');
    expect(() => base.merge(createReportAccumulator({ period: parsePeriod('2025-Q2'), calendar }))).toThrow(
      'other: cannot merge report accumulators with different periods: "2024-12-15..2025-03-14" and "2025-03-15..2025-06-14"',
    );
  });

  it('rejects a state that toJSON did not write', () => {
    const good = createReportAccumulator({ period: parsePeriod('2025-Q1'), calendar }).toJSON();
    const bad = (patch: Record<string, unknown>) => ({ ...good, ...patch }) as unknown as ReportAccumulatorState;
    const acc = createReportAccumulator({ period: parsePeriod('2025-Q1'), calendar });
    expect(codeOf(() => acc.merge(bad({ format: 'x' })))).toBe('invalid_accumulator_state');
    expect(codeOf(() => acc.merge(bad({ fields: ['a'] })))).toBe('invalid_accumulator_state');
    expect(codeOf(() => acc.merge(bad({ rows: [['A', [1]]] })))).toBe('invalid_accumulator_state');
    expect(codeOf(() => acc.merge(bad({ rows: [['A', new Array(20).fill(-1)]] })))).toBe('invalid_accumulator_state');
    expect(codeOf(() => acc.merge(bad({ rows: [['A', new Array(20).fill(0)], ['A', new Array(20).fill(0)]] })))).toBe('invalid_accumulator_state');
    expect(codeOf(() => acc.merge(bad({ excluded: null })))).toBe('invalid_accumulator_state');
    expect(codeOf(() => acc.merge(bad({ inputs: 1.5 })))).toBe('invalid_accumulator_state');
    expect(codeOf(() => reportAccumulatorFromJSON(null as never, { calendar }))).toBe('invalid_accumulator_state');
    // Holes of sparse arrays (which Array.prototype.every skips) are refused, not read as NaN counts.
    const sparse = new Array(20).fill(0);
    delete sparse[3];
    expect(codeOf(() => acc.merge(bad({ rows: [['A', sparse]] })))).toBe('invalid_accumulator_state');
    const fields = [...good.fields];
    delete fields[0];
    expect(codeOf(() => acc.merge(bad({ fields })))).toBe('invalid_accumulator_state');
    expect(acc.result().inputs).toBe(0);
  });

  it('rejects an index that is not a whole number', () => {
    const acc = createReportAccumulator({ period: parsePeriod('2025-Q1'), calendar });
    expect(codeOf(() => acc.add(dossier, -1))).toBe('not_integer');
  });

  it('returns itself from merge, for chaining', () => {
    const a = createReportAccumulator({ period: parsePeriod('2025-Q1'), calendar });
    const b = createReportAccumulator({ period: parsePeriod('2025-Q1'), calendar });
    b.add(dossier);
    expect(a.merge(b).merge(b.toJSON()).result().total.received.total).toBe(2);
  });
});

describe('report rows keyed by official', () => {
  it('keeps an official whose id is the NUL character apart from dossiers without an official (no in-band sentinel)', () => {
    const base = { procedureId: 'P1', departmentId: 'DT', channel: 'direct', receivedAt: '2025-03-03T09:00:00+07:00', processingDays: 3 };
    const report = resolutionReport([{ ...base, id: 'A', officialId: '\u0000' }, { ...base, id: 'B' }], { period: parsePeriod('2025-Q1'), calendar: createCalendar(), groupBy: 'official' });
    expect(report.rows.map((r) => r.key)).toEqual(['\u0000', null]);
  });
});
