/**
 * The fuzz property of every exported function: the valid arguments its mutations start from, or
 * `null` when hostile argument lists alone exercise it (a function whose valid inputs the hostile
 * values already cover, or whose valid inputs are library outputs built here).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import * as rr from '../../src/index';
import * as io from '../../src/io/index';
import { calendarIndex } from '../../src/calendar/calendarIndex';
import { parseInstant } from '../../src/_lib/instant';
import * as out from '../../src/entry/outputs';
import * as i766 from '../../src/entry/index766';
import { ARB_AS_OF, arbitraryProcedures, dossiersArb, dossierArb } from '../arbitraries/dossier';
import { departmentArb } from '../arbitraries/department';
import { officialArb } from '../arbitraries/official';
import { procedureArb } from '../arbitraries/procedure';
import { planTaskArb } from '../arbitraries/planTask';
import { petitionArb } from '../arbitraries/petition';
import { feedbackArb } from '../arbitraries/feedback';
import { officialDocumentArb } from '../arbitraries/officialDocument';

const calendar = rr.createCalendar();
const period = rr.parsePeriod('2025-Q1');
const c = <T extends unknown[]>(...args: T): fc.Arbitrary<unknown[]> => fc.constant(args);
const small = dossiersArb(8);
const report = () => small.map((ds) => rr.resolutionReport(ds, { period, calendar, names: { 'P-DT': 'Phòng Đầu tư' } }));
const evaluated = () => small.map((ds) => [...rr.evaluateDossiers(ds, { calendar, asOf: ARB_AS_OF })]);
const tallies = () => evaluated().map((rs) => rr.tallyDossiers(rs, { by: 'department' }));
const people = () => rr.evaluateOfficials([{ officialId: 'cv01', kind: 'civilServant', generalPoints: 28, tasks: [] }], { period: '2026-Q1' });
const schedule = () => rr.rotationSchedule([{ officialId: 'cv01', positionId: 'one-stop', decisionDate: '2021-03-15' }], { asOf: '2026-12-01', rules: [rr.exampleRotationRule('tt41-2024-bct', 'one-stop')] });
const scores = () => rr.scoreUnits(rr.exampleScoringScheme, [{ unitId: 'P1', metrics: { dossiersOnTime: { numerator: 9, denominator: 10 } } }], { period: '2026' });
const index = () => small.map((dossiers) => i766.serviceIndex766({ dossiers }, { period: '2025-03', calendar }));
const tally = fc.record({ dossiers: fc.nat(50), early: fc.nat(9), onTime: fc.nat(9), late: fc.nat(9), pending: fc.nat(9), overdue: fc.nat(9), rejected: fc.nat(9), withdrawn: fc.nat(9), apologies: fc.nat(9), supplemented: fc.nat(9), supplementRequests: fc.nat(9) }).map((t) => ({ ...rr.emptyTally(), ...t }));
const ratioArb = fc.tuple(fc.nat(100), fc.integer({ min: 1, max: 100 })).map(([n, d]) => ({ numerator: Math.min(n, d), denominator: d }));
const explanation = rr.officialRatingCap({ handled: 100, late: 11 }, { year: 2024 }).explanation;
const text = (s: string) => new TextEncoder().encode(s);
const jsonl = small.map((ds) => ds.map((d) => JSON.stringify(d)).join('\n'));

// Handover slips and the register (test/fixtures/slips), read once by the library itself.
const slipDir = join(import.meta.dirname, '..', 'fixtures', 'slips');
const registerCsv = readFileSync(join(slipDir, 'register.csv'), 'utf8');
const slipsCsv = readFileSync(join(slipDir, 'slips.csv'), 'utf8');
const registerXlsx = new Uint8Array(readFileSync(join(slipDir, 'register-with-slips.xlsx')));
const procedureIds = { 'Cấp giấy phép xây dựng': 'XD-01' };
async function collect<T>(records: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const r of records) all.push(r);
  return all;
}
const registerRecords = await collect(io.readDossierCsv(registerCsv, { mapping: io.DOSSIER_REGISTER_MAPPING, procedureIds }));
const slipRecords = await collect(io.readHandoverSlips(slipsCsv));
// The numeric calendar of the clock rules (ctx.calendar), and instants it covers.
const clock = calendarIndex(calendar);
const clockFrom = parseInstant('2025-07-01T00:00:00+07:00') as number;
const receptionArgs = fc
  .tuple(fc.integer({ min: 0, max: 300 * 24 * 60 }), fc.integer({ min: 0, max: 5 * 24 * 60 }), fc.integer({ min: 0, max: 40 }))
  .map(([m, more, hours]) => [clock, clockFrom + m * 60_000, clockFrom + (m + more) * 60_000, hours]);

/** The valid arguments of each exported function (null: hostile lists only). A function missing here fails the suite. */
export const TARGETS: Readonly<Record<string, (() => fc.Arbitrary<unknown[]>) | null>> = {
  ReformRulesError: () => c('invalid_type', 'message', { received: 1 }),
  addTallies: () => fc.tuple(tally, tally),
  addWorkingDaysMany: () => c(calendar, Int32Array.of(rr.dayNumber('2025-01-24')), 3),
  applyRatingLimits: () => fc.constant(null).map(() => [people().evaluations, {}]),
  // dates read from data
  civilDate: () => fc.constantFrom('2025-03-14', '2024-02-29', '2025-12-31').map((d) => [d, 'row.date']),
  instant: () => fc.constantFrom('2025-03-03T09:00:00+07:00', '2025-03-03T02:00:00Z', '2025-03-03T09:00:00.250-05:00').map((t) => [t, 'row.receivedAt']),
  isCivilDate: () => fc.constantFrom('2025-03-14', '2025-02-30').map((d) => [d]),
  isInstant: () => fc.constantFrom('2025-03-03T09:00:00+07:00', '2025-03-03T09:00:00').map((t) => [t]),
  // the reception clock of one dossier on the numeric calendar
  receptionClockAt: () => receptionArgs,
  calendarDays: () => c(calendar, { from: '2025-01-01', to: '2025-02-10' }),
  calendarOptionsFromDays: () => c(rr.calendarDays(calendar, { from: '2025-01-20', to: '2025-02-10' })),
  capRating: () => c('excellent', 'completed'),
  channelMix: () => small.map((ds) => [ds, { period: { from: '2025-01-01', to: '2025-12-31' } }]),
  compareCountings: () => c('portal766', 'cv07'),
  compareRatio: () => fc.tuple(ratioArb, ratioArb),
  createCalendar: () => c({ profile: 'civil-service' }),
  createDossierEvaluator: () => c({ calendar, asOf: ARB_AS_OF }),
  createDossierIngest: () => c({}),
  createDuplicateIdTracker: () => c(),
  createExplanation: () => c({ rule: 'demo', summary: { vi: 'Xong.', en: 'Done.' }, outcome: { ok: true } }),
  createReportAccumulator: () => c({ period, calendar }),
  dayNumber: () => c('2025-03-03'),
  defineCounting: () => c({ id: 'mine', base: 'portal766' }),
  definePolicy: () => c({ id: 'p', parameters: {} }),
  defineScoringScheme: () => fc.constant([JSON.parse(JSON.stringify(rr.exampleScoringScheme))]),
  departmentTitleCap: () => c({ handled: 100, late: 5 }, { year: 2024 }),
  electronicDocuments: () => fc.array(officialDocumentArb(), { maxLength: 5 }).map((ds) => [ds, { period: { from: '2025-01-01', to: '2025-12-31' } }]),
  emptyTally: () => c(),
  emulationEligibility: () => c({ handled: 100, late: 4 }, [{ id: 'a', handled: 50, late: 1 }, { id: 'constructor', handled: 50, late: 3 }], { year: 2025 }),
  // with procedures: the option's entries are mutated too (a hole, null, a bad id)
  evaluateDossier: () => dossierArb().map((d) => [d, { calendar, asOf: ARB_AS_OF, procedures: [...arbitraryProcedures] }]),
  evaluateDossiers: () => small.map((ds) => [ds, { calendar, asOf: ARB_AS_OF }]),
  evaluateOfficial: () => c({ officialId: 'cv01', kind: 'civilServant', generalPoints: 28, tasks: [] }, { period: '2026-Q1' }),
  evaluateOfficials: () => c([{ officialId: 'cv01', kind: 'civilServant', generalPoints: 28, tasks: [] }], { period: '2026-Q1' }),
  evaluatePlan: () => c({ provincialIndexRanks: {}, serviceIndex: { groups: [{ group: 'progress', score: 13.33, max: 20, missing: [] }], targets: [{ group: 'progress', share: { numerator: 9, denominator: 10 }, basis: { document: 'QĐ', article: '1' } }, { group: 'online', score: 6 }], source: 's' } }, { period: { from: '2025-01-01', to: '2025-12-31' }, asOf: '2025-12-31', calendar }),
  evaluateTasks: () => fc.array(planTaskArb(), { maxLength: 4 }).map((ts) => [ts, { asOf: '2025-12-31', calendar }]),
  evaluationPeriod: () => c('2026-Q1'),
  exampleRotationRule: () => c('tt41-2024-bct', 'one-stop'),
  exportCalendarCsv: () => c(calendar, { from: 2025, to: 2025 }),
  exportCalendarIcs: () => c(calendar, { from: 2025, to: 2025 }, { language: 'vi' }),
  exportCalendarJson: () => c(calendar, { from: '2025-01-01', to: '2025-03-01' }),
  exportCalendarSql: () => c(calendar, { from: 2025, to: 2025 }, { schema: 'public' }),
  extendPolicy: () => c(rr.defaultPolicy, {}),
  formatBasis: () => c({ document: 'Luật 06/2022/QH15', article: 'Điều 28.1' }),
  formatCount: () => c(1234, 'vi'),
  formatExplanation: () => c(explanation, { locale: 'vi', detail: 'tree' }),
  formatPercent: () => fc.tuple(ratioArb, fc.constantFrom('vi', 'en')),
  formatReport: () => fc.tuple(report(), fc.constantFrom('csv', 'markdown', 'html', 'json')).map(([r, format]) => [r, { format, locale: 'vi' }]),
  formatShare: () => fc.tuple(ratioArb, fc.constantFrom('vi', 'en')),
  fromDayNumber: () => c(rr.dayNumber('2025-03-03')),
  fromLunar: () => c({ year: 2025, month: 1, day: 1 }),
  generateSample: () => c({ seed: 3, from: '2025-01-01', to: '2025-01-03', perDay: 2 }),
  lateRate: () => tally.map((t) => [t]),
  lunarNewYear: () => c(2025),
  mergeTallies: () => fc.tuple(tallies(), tallies()),
  officialRatingCap: () => c({ handled: 100, late: 11 }, { year: 2024 }),
  onTimeRate: () => tally.map((t) => [t]),
  onlineServiceCoverage: () => c(arbitraryProcedures, { asOf: '2025-12-31' }),
  parameterAt: () => c(rr.defaultPolicy, 'onlineCoverageTarget', '2025-06-01'),
  parseCalendarExport: () => c(rr.exportCalendarCsv(calendar, { from: '2025-01-01', to: '2025-01-31' }), 'csv'),
  parseDepartment: () => departmentArb().map((d) => [d]),
  parseDepartments: () => fc.array(departmentArb(), { maxLength: 4 }).map((d) => [d]),
  parseDossier: () => dossierArb().map((d) => [d]),
  parseDossiers: () => small.map((d) => [d]),
  parseFeedback: () => feedbackArb(['CB-01']).map((d) => [d]),
  parseFeedbacks: () => fc.array(feedbackArb(['CB-01']), { maxLength: 4 }).map((d) => [d]),
  parseOfficial: () => officialArb().map((d) => [d]),
  parseOfficialDocument: () => officialDocumentArb().map((d) => [d]),
  parseOfficialDocuments: () => fc.array(officialDocumentArb(), { maxLength: 4 }).map((d) => [d]),
  parseOfficials: () => fc.array(officialArb(), { maxLength: 4 }).map((d) => [d]),
  parsePeriod: () => fc.constantFrom('2025-Q1', '2025-H1', '2025', '2025-03', '2025-9M').map((p) => [p]),
  parsePetition: () => petitionArb().map((d) => [d]),
  parsePetitions: () => fc.array(petitionArb(), { maxLength: 4 }).map((d) => [d]),
  parsePlanTask: () => planTaskArb().map((d) => [d]),
  parsePlanTasks: () => fc.array(planTaskArb(), { maxLength: 4 }).map((d) => [d]),
  parseProcedure: () => procedureArb().map((d) => [d]),
  parseProcedures: () => fc.array(procedureArb(), { maxLength: 4 }).map((d) => [d]),
  petitions: () => fc.array(petitionArb(), { maxLength: 4 }).map((d) => [d, { period: { from: '2025-01-01', to: '2025-12-31' }, calendar }]),
  ratio: () => c(1, 8),
  ratioValue: () => ratioArb.map((r) => [r]),
  replaceClockRule: () => c(rr.portal766.regime, rr.supplementationRestart),
  reportAccumulatorFromJSON: () => small.map((ds) => {
    const acc = rr.createReportAccumulator({ period, calendar });
    for (const d of ds) acc.add(d);
    return [JSON.parse(JSON.stringify(acc.toJSON())), { period, calendar }];
  }),
  reportingPeriod: () => c({ kind: 'quarter', year: 2025, index: 1 }),
  resolutionReport: () => small.map((ds) => [ds, { period, calendar, groupBy: 'official', names: { constructor: 'Tên', __proto__: 'x' }, procedures: [...arbitraryProcedures] }]),
  resolveParameter: () => c(rr.defaultPolicy, 'onlineCoverageTarget', '2025-06-01'),
  rotationSchedule: () => c([{ officialId: 'cv01', positionId: 'one-stop', decisionDate: '2021-03-15' }], { asOf: '2026-12-01', rules: [rr.exampleRotationRule('tt41-2024-bct', 'one-stop')] }),
  satisfaction: () => fc.array(feedbackArb(['CB-01']), { maxLength: 4 }).map((d) => [d, { period: { from: '2025-01-01', to: '2025-12-31' } }]),
  scoreUnits: () => c(rr.exampleScoringScheme, [{ unitId: 'P1', metrics: { dossiersOnTime: { numerator: 9, denominator: 10 } } }], { period: '2026' }),
  scoringSchemeJSONSchema: () => c(),
  submissionDeadline: () => c(period, calendar),
  tallyDossiers: () => evaluated().map((rs) => [rs, { by: 'official' }]),
  taskOccurrences: () => planTaskArb().map((t) => [t, { through: '2025-12-31' }]),
  toJSONSchema: () => fc.constantFrom(...rr.recordKinds).map((k) => [k]),
  toLunar: () => c('2025-01-29'),
  validateTasks: () => fc.array(planTaskArb(), { maxLength: 4 }).map((d) => [d]),
  workingDaysBetweenMany: () => c(calendar, Int32Array.of(rr.dayNumber('2025-01-20')), Int32Array.of(rr.dayNumber('2025-02-10'))),
  // reform-rules/io
  formatFromName: () => c('Q1/dossiers.ndjson'),
  parseDossierCsvMapping: () => c({ columns: { 'Số biên nhận': 'id' } }),
  parseDvcqgDossier: () => c({ MaHoSo: 'HS-1' }),
  parseDvcqgDossiers: () => c([{ MaHoSo: 'HS-1' }]),
  readCsv: () => c('id;note\nHS-1;"a; b"\n'),
  readDossierCsv: () => c('Mã hồ sơ;Mã TTHC;Phòng;Kênh;Ngày tiếp nhận\nHS-1;XD-01;QLDT;Trực tuyến;03/03/2025 09:00\n'),
  readDossierXlsx: () => c(out.writeWorkbook({ sheets: [{ name: 'S', rows: [[{ value: 'Mã hồ sơ' }], [{ value: 'HS-1' }]] }] })),
  readJsonArray: () => jsonl.map((t) => [text(`[${t.split('\n').join(',')}]`)]),
  readJsonLines: () => jsonl.map((t) => [t]),
  addJsonLines: () => jsonl.map((t) => [rr.createReportAccumulator({ period, calendar }), t]),
  readRecords: () => jsonl.map((t) => [t]),
  // handover slips and the register workbook
  readHandoverSlips: () => fc.oneof(c(slipsCsv), c(slipsCsv, { delimiter: ';', verdicts: { 'Chậm': 'late' }, locale: 'vi' }), c(registerXlsx, { sheet: 'Phiếu kiểm soát' })),
  attachHandoverSlips: () => c(registerRecords, slipRecords, { locale: 'vi' }),
  readRegisterWorkbook: () => fc.oneof(c(() => registerXlsx, { procedureIds, locale: 'vi' }), c(() => [registerXlsx], { procedureIds, registerSheet: 'Sổ theo dõi', slipSheet: 1, verdicts: { 'Chậm': 'late' } })),
  // reform-rules/xlsx
  civilToExcelSerial: () => c('2024-12-17T12:00'),
  excelSerialToCivil: () => c(45643.45347222222),
  isDateFormat: () => c('dd/mm/yyyy'),
  neutraliseFormula: () => c('=HYPERLINK("http://x")'),
  parseAgencyProfile: () => c({ unitName: 'UBND phường', place: 'Hà Nội' }),
  ratingWorkbook: () => fc.constant(null).map(() => {
    const p = people();
    return [p, rr.applyRatingLimits(p.evaluations)];
  }),
  readXlsxRows: () => c(out.writeWorkbook({ sheets: [{ name: 'S', rows: [[{ value: 'a' }], [{ value: 1 }]] }] })),
  reportGrid: () => report().map((r) => [r, { locale: 'en' }]),
  reportWorkbook: () => report().map((r) => [r, { locale: 'vi' }]),
  rotationWorkbook: () => fc.constant(null).map(() => [schedule()]),
  scorecardWorkbook: () => c(rr.evaluatePlan({}, { period: { from: '2025-01-01', to: '2025-12-31' }, asOf: '2025-12-31', calendar })),
  scoringWorkbook: () => fc.constant(null).map(() => [rr.exampleScoringScheme, scores()]),
  writeWorkbook: () => c({ sheets: [{ name: 'S', rows: [[{ value: '=1+1' }, { value: -3 }]] }] }),
  // reform-rules/index766
  formatIndex766: () => fc.tuple(index(), fc.constantFrom('csv', 'markdown', 'json')).map(([x, format]) => [x, { format, locale: 'vi' }]),
  formatReconciliation766: () => index().map((x) => [i766.reconcile766(x, i766.readPortal766(i766.portalResponses766(x).progress)), { format: 'markdown' }]),
  indicatorScore766: () => ratioArb.map((r) => ['2.1', r]),
  portalResponses766: () => index().map((x) => [x]),
  readPortal766: () => c('{"data":{"parent":{"totalReceived":6,"totalOnTime":4,"totalOverdue":2,"score":13.33},"children":[]}}'),
  reconcile766: () => index().map((x) => [x, i766.readPortal766(i766.portalResponses766(x).progress)]),
  serviceIndex766: () => small.map((dossiers) => [{ dossiers }, { period: '2025-03', calendar }]),
};
