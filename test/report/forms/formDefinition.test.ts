import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../../src/calendar/createCalendar';
import { bieu06Form, createReportAccumulator, parsePeriod, reportAccumulatorFromJSON, reportForms, resolutionReport } from '../../../src/report/index';
import type { ReportAccumulatorState, ReportForm, ReportFormColumn } from '../../../src/report/index';
import { denseDossiersArb } from '../_arbitraries';

const calendar = createCalendar();
const period = parsePeriod('2025-Q1');
const dossier = { id: 'HS-1', procedureId: 'P1', departmentId: 'A', channel: 'online', receivedAt: '2025-01-06T09:00:00+07:00', processingDays: 3 };

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
}

const all: ReportFormColumn = { id: 'all', kind: 'count', unit: 'dossiers', heading: { vi: 'Tất cả', en: 'All' }, count: () => true };
const online: ReportFormColumn = { id: 'online', kind: 'count', unit: 'dossiers', heading: { vi: 'Trực tuyến', en: 'Online' }, count: (f) => f.dossier.channel === 'online' };
const tiny = (patch: Partial<ReportForm>): ReportForm => ({
  id: 'tiny',
  title: { vi: 'T', en: 'T' },
  number: { vi: 'N', en: 'N' },
  unitLine: { vi: 'U', en: 'U' },
  headerRows: 'flat',
  columns: [all, online],
  layout: ['all', 'online'],
  identities: [],
  ...patch,
});
const withForm = (form: ReportForm) => () => resolutionReport([dossier], { form, period, calendar });

describe('report form definitions', () => {
  it('lists the built-in forms by id', () => {
    expect(Object.keys(reportForms)).toEqual(['bieu06', 'portal-summary']);
    expect(resolutionReport([], { period, calendar }).form).toBe('bieu06');
    expect(codeOf(() => resolutionReport([], { form: 'bieu07' as never, period, calendar }))).toBe('invalid_report_form');
  });

  it('refuses a form that is not well defined, naming what is wrong', () => {
    expect(codeOf(withForm(tiny({ columns: [all, all] })))).toBe('invalid_report_form');
    expect(codeOf(withForm(tiny({ layout: ['all'] })))).toBe('invalid_report_form');
    expect(codeOf(withForm(tiny({ layout: ['all', 'online', 'all'] })))).toBe('invalid_report_form');
    expect(codeOf(withForm(tiny({ layout: ['all', 'online', 'nope'] })))).toBe('invalid_report_form');
    expect(codeOf(withForm(tiny({ columns: [all, { ...online, count: undefined }] })))).toBe('invalid_report_form');
    expect(codeOf(withForm(tiny({ columns: [all, online, { id: 's', kind: 'sum', unit: 'dossiers', heading: all.heading, of: ['x'] }], layout: ['all', 'online', 's'] })))).toBe('invalid_report_form');
    expect(codeOf(withForm(tiny({ columns: [all, { ...online, id: 'all.online' }], layout: ['all', 'all.online'] })))).toBe('invalid_report_form');
    expect(codeOf(withForm(tiny({ identities: [{ id: 'x', left: ['all'], relation: '>' as never, right: ['online'] }] })))).toBe('invalid_report_form');
    expect(codeOf(withForm(tiny({ columns: [all, { ...online, count: { colour: 'red' } as never }] })))).toBe('invalid_report_form');
    expect(codeOf(withForm(tiny({ columns: [all, { ...online, count: { channel: 'fax' } as never }] })))).toBe('invalid_report_form');
    expect(() => withForm(tiny({ layout: ['all'] }))()).toThrow('form.layout: not a valid report form (columns missing from the layout), received ["online"]');
  });

  it('refuses a group classifier that names a column outside its group', () => {
    const form = tiny({ columns: [all, { ...online, count: undefined }], layout: ['all', { heading: all.heading, children: ['online'], classify: () => 'all' }] });
    expect(codeOf(withForm(form))).toBe('invalid_report_form');
  });

  it('counts a declarative condition exactly like the same predicate, for any dossiers', () => {
    const asData = tiny({ columns: [all, { ...online, count: { channel: 'online', receivedInPeriod: true, outcome: ['early', 'onTime', 'late'] } }] });
    const asCode = tiny({ columns: [all, { ...online, count: (f) => f.channel === 'online' && f.receivedInPeriod && f.endKind !== undefined }] });
    fc.assert(
      fc.property(denseDossiersArb(40), (dossiers) => {
        const a = resolutionReport(dossiers, { form: asData, period, calendar });
        const b = resolutionReport(dossiers, { form: asCode, period, calendar });
        expect(a.rows).toEqual(b.rows);
      }),
      { numRuns: 30 },
    );
  });

  it('checks the identities on every report: a classification that breaks one is an error, not a table', () => {
    const broken = tiny({ identities: [{ id: 'all = online', left: ['all'], relation: '=', right: ['online'] }] });
    expect(resolutionReport([dossier], { form: broken, period, calendar }).total).toMatchObject({ all: 1, online: 1 });
    expect(codeOf(() => resolutionReport([{ ...dossier, channel: 'direct' }], { form: broken, period, calendar }))).toBe('report_identity_failed');
  });

  it('checks the identities of a loaded or merged state', () => {
    const acc = createReportAccumulator({ period, calendar });
    acc.add(dossier);
    const state = acc.toJSON();
    const [key, counts] = state.rows[0] as readonly [string, readonly number[]];
    const tampered: ReportAccumulatorState = { ...state, rows: [[key, counts.map((c, i) => (i === 0 ? c + 1 : c))]] };
    expect(codeOf(() => createReportAccumulator({ period, calendar }).merge(tampered))).toBe('invalid_accumulator_state');
    expect(codeOf(() => reportAccumulatorFromJSON(tampered, { calendar }))).toBe('invalid_accumulator_state');
    expect(codeOf(() => createReportAccumulator({ form: 'portal-summary', period, calendar }).merge(state))).toBe('incompatible_accumulators');
  });

  it('still reads a version 1 state (Biểu 06 before forms) as the same report', () => {
    const v1 = {
      ...createReportAccumulator({ period, calendar }).toJSON(),
      version: 1,
      form: undefined,
      fields: ['newOnline', 'newDirect', 'newPostal', 'carriedOver', 'early', 'onTime', 'late', 'pendingWithin', 'pendingOverdue', 'withdrawn', 'stopped', 'rejected', 'lateWithApology', 'onlineFull', 'onlinePartial', 'sameDay', 'workingDaysSum', 'workingDaysCount', 'statutoryDaysSum', 'statutoryDaysCount'],
      inputs: 1,
      rows: [['A', [1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]]],
    } as unknown as ReportAccumulatorState;
    const now = createReportAccumulator({ period, calendar });
    now.add(dossier);
    expect(reportAccumulatorFromJSON(v1, { calendar }).result()).toEqual(now.result());
  });

  it('accepts every state an accumulator writes, whatever the dossiers (identities hold)', () => {
    fc.assert(
      fc.property(denseDossiersArb(40), fc.constantFrom(bieu06Form, reportForms['portal-summary']), (dossiers, form) => {
        const acc = createReportAccumulator({ form, period, calendar });
        dossiers.forEach((d) => acc.add(d));
        const state = JSON.parse(JSON.stringify(acc.toJSON())) as ReportAccumulatorState;
        expect(reportAccumulatorFromJSON(state, { form, calendar }).result()).toEqual(acc.result());
      }),
      { numRuns: 30 },
    );
  });
});
