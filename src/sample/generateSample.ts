import { requireObjectArg } from '../errors/args';
import { daysFromCivil, formatCivilDate, parseCivilDate } from '../_lib/civilDate';
import { formatInstantVN, MS_PER_MINUTE, parseInstant, vnDay, vnInstant } from '../_lib/instant';
import { createPrng } from '../_lib/prng';
import type { Prng } from '../_lib/prng';
import { lunarNewYear } from '../calendar/lunarNewYear';
import { readCalendarOption } from '../calendar/readCalendarOption';
import type { CivilDate, WorkCalendar } from '../calendar/WorkCalendar';
import { raise } from '../errors/ReformRulesError';
import type { Department } from '../model/department';
import type { Dossier, DossierEvent, DossierStep } from '../model/dossier';
import type { Feedback } from '../model/feedback';
import type { Official } from '../model/official';
import type { OfficialDocument } from '../model/officialDocument';
import type { Petition } from '../model/petition';
import type { PlanTask } from '../model/planTask';
import type { Procedure } from '../model/procedure';
import { officialName, procedureWeights, sampleDepartments, sampleProcedures, staffing } from './catalog';

/** Options of {@link generateSample}. @category Sample */
export interface SampleOptions {
  /** The seed: the same seed and options always give the same data. @defaultValue `1` */
  readonly seed?: number | undefined;
  /** The first reception day. @defaultValue `'2023-01-01'` */
  readonly from?: string | undefined;
  /** The last reception day; also the data's `asOf` (its close). @defaultValue `'2025-12-31'` */
  readonly to?: string | undefined;
  /** The working-time calendar used to place events in office hours. */
  readonly calendar: WorkCalendar;
  /** Mean new dossiers per working day. @defaultValue `6` */
  readonly dossiersPerDay?: number | undefined;
}

/**
 * The sample data set: an economic-zone management board with its departments, officials,
 * procedures, dossiers, feedback, documents, petitions and plan tasks.
 * @category Sample
 */
export interface SampleData {
  /** The seed used. */
  readonly seed: number;
  /** The instant the data was "exported": the close of `to`. */
  readonly asOf: string;
  /** Departments. */
  readonly departments: Department[];
  /** Officials. */
  readonly officials: Official[];
  /** Procedures. */
  readonly procedures: Procedure[];
  /** Dossiers, in reception order. */
  readonly dossiers: Dossier[];
  /** Satisfaction feedback. */
  readonly feedback: Feedback[];
  /** Incoming and outgoing documents. */
  readonly documents: OfficialDocument[];
  /** Petitions. */
  readonly petitions: Petition[];
  /** Plan tasks. */
  readonly tasks: PlanTask[];
}

/** @internal An official of the sample and how often their steps overrun. */
export interface Staff {
  readonly official: Official;
  /** Probability that a step this official handles overruns. */
  readonly slowness: number;
}

const HOUR = 60;

const ONLINE_ANCHOR = daysFromCivil(2023, 1, 1);

function onlineShare(day: number): number {
  // Rising from about 25% at the start of 2023 to about 62% by the end of 2025 (capped at 70%).
  const years = Math.max(0, (day - ONLINE_ANCHOR) / 365.25);
  return Math.min(0.7, 0.25 + 0.13 * years);
}

function tetFactor(day: number): number {
  const year = Number(formatCivilDate(day).slice(0, 4));
  for (const y of [year, year + 1]) {
    const tet = parseCivilDate(lunarNewYear(y)) as number;
    const d = day - tet;
    if (d >= -12 && d <= -3) return 1.5; // rush before Tết
    if (d > -3 && d <= 10) return 0.35; // the Tết dip
  }
  return 1;
}

/**
 * Generates a deterministic, realistic sample of an economic-zone management board's records
 * (illustrative data for demos, tests and benchmarks): six departments, about 40 procedures, about
 * 30 officials, and dossiers with steps, supplementations, stops, withdrawals, apologies and
 * seasonality (the Tết dip, the online share rising past half in 2025).
 *
 * @param options - Seed, date range, calendar and volume.
 * @returns The sample; every record passes the schemas.
 * @throws {@link ReformRulesError} (code `invalid_date`) When `from` or `to` is not a date, or `to` is before `from`.
 * @throws {@link ReformRulesError} (code `invalid_calendar`) When `calendar` is not a WorkCalendar.
 * @throws {@link ReformRulesError} (code `not_integer`) When `seed` is not a whole number.
 * @example
 * ```ts
 * import { createCalendar, generateSample } from 'reform-rules';
 * const seed = 7; // the same seed always gives the same data
 * const data = generateSample({ seed, from: '2025-01-01', to: '2025-03-31', calendar: createCalendar() });
 * data.procedures.length; // => 40
 * ```
 * @category Sample
 */
export function generateSample(options: SampleOptions): SampleData {
  const run = startSample(options);
  const dossiers: Dossier[] = [];
  const feedback: Feedback[] = [];
  for (const r of sampleRecords(run)) {
    dossiers.push(r.dossier);
    if (r.feedback !== undefined) feedback.push(r.feedback);
  }
  return { ...sampleHead(run), dossiers, feedback, ...sampleRest(run) };
}

/**
 * @internal A started sample: the checked options and the one random source that every part draws
 * from, in this order: the dossiers day by day (each with its feedback), then the documents, then the
 * petitions. {@link generateSample} and the streaming forms (sampleText.ts) all walk it the same way.
 */
export interface SampleRun {
  readonly seed: number;
  readonly from: number;
  readonly to: number;
  readonly perDay: number;
  readonly cal: WorkCalendar;
  readonly rng: Prng;
  readonly asOfMs: number;
  readonly asOf: string;
  readonly officials: Official[];
  readonly staff: Map<string, Staff[]>;
  readonly procedures: Procedure[];
}

/** @internal Checks the options (throwing as {@link generateSample} documents) and starts a run. */
export function startSample(options: SampleOptions): SampleRun {
  requireObjectArg(options, 'options', 'an options object');
  const seed = options.seed ?? 1;
  if (!Number.isSafeInteger(seed)) raise('not_integer', { field: 'seed', received: seed });
  const from = parseCivilDate(options.from ?? '2023-01-01');
  const to = parseCivilDate(options.to ?? '2025-12-31');
  if (from === undefined) raise('invalid_date', { field: 'from', received: options.from });
  if (to === undefined || to < from) raise('invalid_date', { field: 'to', received: options.to });
  const perDay = options.dossiersPerDay ?? 6;
  if (!(perDay >= 0 && perDay <= 1000)) raise('out_of_range', { field: 'dossiersPerDay', received: perDay, minimum: 0, maximum: 1000 });
  const cal = readCalendarOption(options.calendar);
  const asOfMs = vnInstant(to, 23 * HOUR + 59);
  const { officials, staff } = sampleStaff();
  return { seed, from, to, perDay, cal, rng: createPrng(seed), asOfMs, asOf: formatInstantVN(asOfMs), officials, staff, procedures: [...sampleProcedures] };
}

/** @internal The part of the bundle before the dossiers: seed, asOf, departments, officials, procedures. */
export function sampleHead(run: SampleRun): Pick<SampleData, 'seed' | 'asOf' | 'departments' | 'officials' | 'procedures'> {
  return { seed: run.seed, asOf: run.asOf, departments: [...sampleDepartments], officials: run.officials, procedures: run.procedures };
}

/**
 * @internal The sample's catalogue: its departments and procedures (the same for every seed and range),
 * the layout `report --procedures` reads.
 */
export function sampleCatalog(): { departments: Department[]; procedures: Procedure[] } {
  return { departments: [...sampleDepartments], procedures: [...sampleProcedures] };
}

/** @internal One dossier of the sample, in reception order, with the feedback its applicant left (if any). */
export interface SampleRecord {
  readonly dossier: Dossier;
  readonly feedback: Feedback | undefined;
}

/** @internal The dossiers of a run, day by day, each with its feedback: nothing is kept between days. */
export function* sampleRecords(run: SampleRun): Generator<SampleRecord, void, undefined> {
  const { rng, cal, perDay, staff, procedures, asOfMs } = run;
  const oneStop = staff.get('VP') ?? [];
  let seq = 0;
  let feedbackCount = 0;
  for (let day = run.from; day <= run.to; day += 1) {
    const date = formatCivilDate(day);
    const working = cal.isWorkingDay(date);
    // Online submissions also arrive on days off and after hours; the rest only on working days.
    const mean = perDay * tetFactor(day) * (working ? 1 : 0.08);
    const count = rng.poisson(mean);
    for (let k = 0; k < count; k += 1) {
      const procedure = rng.weighted(procedures, (p) => procedureWeights.get(p.id) ?? 1);
      const canOnline = procedure.onlineLevel !== 'none';
      const online = canOnline && (!working || rng.chance(onlineShare(day)));
      const channel: Dossier['channel'] = online ? 'online' : rng.chance(0.1) ? 'postal' : 'direct';
      const minute = receptionMinute(rng, working, online);
      seq += 1;
      const dossier = buildDossier(rng, cal, {
        id: `HS-${date.slice(0, 4)}-${String(seq).padStart(6, '0')}`,
        procedure,
        channel,
        receivedMs: vnInstant(day, minute),
        handlers: staff.get(procedure.departmentId ?? 'VP') ?? [],
        oneStop,
        asOfMs,
      });
      const f = sampleFeedback(rng, dossier, feedbackCount + 1, asOfMs);
      if (f !== undefined) feedbackCount += 1;
      yield { dossier: dossier.record, feedback: f !== undefined && (parseInstant(f.at) as number) <= asOfMs ? f : undefined };
    }
  }
}

/** @internal The part of the bundle after the feedback; draws from the run's random source, so call it after {@link sampleRecords} is done. */
export function sampleRest(run: SampleRun): Pick<SampleData, 'documents' | 'petitions' | 'tasks'> {
  const documents = generateDocuments(run.rng, run.cal, run.from, run.to, run.officials);
  const petitions = generatePetitions(run.rng, run.cal, run.from, run.to, run.asOfMs);
  return { documents, petitions, tasks: generateTasks(run.from, run.to) };
}

interface BuildInput {
  readonly id: string;
  readonly procedure: Procedure;
  readonly channel: Dossier['channel'];
  readonly receivedMs: number;
  readonly handlers: readonly Staff[];
  readonly oneStop: readonly Staff[];
  readonly asOfMs: number;
}

function buildDossier(
  rng: Prng,
  cal: WorkCalendar,
  input: BuildInput,
): { record: Dossier; appraiser?: string; endedMs?: number; late: boolean } {
  const { procedure, receivedMs, asOfMs } = input;
  const add = (ms: number, minutes: number) => parseInstant(cal.addWorkingTime(formatInstantVN(ms), minutes)) as number;
  const start = parseInstant(cal.nextWorkingStart(formatInstantVN(receivedMs))) as number;
  const budget = Math.max(1, procedure.processingDays) * 480;
  const head = input.handlers[0];
  const specialists = input.handlers.length > 1 ? input.handlers.slice(1) : input.handlers;
  const receiver = rng.pick(input.oneStop.length > 0 ? input.oneStop : input.handlers);
  const appraiser = rng.pick(specialists);
  const plan: [Staff | undefined, number][] = [
    [receiver, Math.max(60, Math.round(budget * 0.1))],
    [appraiser, Math.max(120, Math.round(budget * 0.65))],
    [head, Math.max(60, Math.round(budget * 0.2))],
  ];
  const { steps, events, ended, endKind, supplements } = runSteps(rng, plan, start, add);

  // The appointment as a one-stop system prints it: the close of the N-th working day after the day the clock starts.
  const dueDay = cal.addWorkingDays(formatCivilDate(vnDay(start)), procedure.processingDays);
  const dueMs = vnInstant(parseCivilDate(dueDay) as number, 17 * HOUR);
  const late = ended !== undefined && endKind === 'processed' && (ended > dueMs || supplements > 1);
  if (late && ended !== undefined && ended > dueMs && rng.chance(0.6)) insertApology(events, Math.max(start, add(dueMs, -480)), add(ended, 240));
  if (endKind === 'processed' && ended !== undefined) {
    const returned = add(ended, rng.int(30, 960));
    events.push({ type: 'returned', at: formatInstantVN(returned) });
  }

  // Cut everything after the export instant: those dossiers are still pending.
  const { keptEvents, keptSteps } = cutAt(events, steps, asOfMs);
  const record: Dossier = {
    id: input.id,
    procedureId: procedure.id,
    departmentId: procedure.departmentId ?? 'VP',
    officialId: appraiser.official.id,
    channel: input.channel,
    receivedAt: formatInstantVN(receivedMs),
  };
  if (input.channel === 'online') record.onlineLevel = procedure.onlineLevel === 'full' ? 'full' : 'partial';
  if (rng.chance(0.3)) record.dueAt = formatInstantVN(dueMs);
  if (procedure.hasFees) {
    record.paymentChannel = procedure.onlinePayment && rng.chance(input.channel === 'online' ? 0.85 : 0.2) ? 'online' : 'direct';
  }
  if (keptSteps.length > 0) record.steps = keptSteps;
  if (keptEvents.length > 0) record.events = keptEvents;
  const endedKept = ended !== undefined && ended <= asOfMs ? ended : undefined;
  return endedKept === undefined
    ? { record, appraiser: appraiser.official.id, late }
    : { record, appraiser: appraiser.official.id, endedMs: endedKept, late };
}

function generateDocuments(rng: Prng, cal: WorkCalendar, from: number, to: number, officials: readonly Official[]): OfficialDocument[] {
  const docs: OfficialDocument[] = [];
  for (let day = from; day <= to; day += 1) {
    const date = formatCivilDate(day);
    if (!cal.isWorkingDay(date)) continue;
    const years = (day - from) / 365.25;
    const count = rng.poisson(4);
    for (let k = 0; k < count; k += 1) {
      const secret = rng.chance(0.03);
      const electronic = !secret && rng.chance(Math.min(0.995, 0.9 + 0.04 * years));
      docs.push({
        id: `VB-${date.slice(0, 4)}-${String(docs.length + 1).padStart(6, '0')}`,
        direction: rng.chance(0.55) ? 'incoming' : 'outgoing',
        date,
        secret,
        electronic,
        digitallySigned: electronic && rng.chance(0.97),
        departmentId: rng.pick(officials).departmentId,
      });
    }
  }
  return docs;
}

function generatePetitions(rng: Prng, cal: WorkCalendar, from: number, to: number, asOfMs: number): Petition[] {
  const petitions: Petition[] = [];
  for (let day = from; day <= to; day += 7) {
    const count = rng.poisson(1.5);
    for (let k = 0; k < count; k += 1) {
      const receivedMs = vnInstant(day + rng.int(0, 4), rng.int(8 * HOUR, 16 * HOUR));
      const start = parseInstant(cal.nextWorkingStart(formatInstantVN(receivedMs))) as number;
      const answerDays = rng.chance(0.85) ? rng.int(2, 14) : rng.int(16, 30);
      const answered = parseInstant(cal.addWorkingTime(formatInstantVN(start), answerDays * 480 - rng.int(0, 400))) as number;
      const p: Petition = {
        id: `PA-${String(petitions.length + 1).padStart(5, '0')}`,
        from: rng.chance(0.7) ? 'business' : 'citizen',
        receivedAt: formatInstantVN(receivedMs),
        departmentId: rng.pick(['QLDT', 'QHXD', 'TNMT', 'DNLD']),
        subject: rng.pick(['Thủ tục đầu tư', 'Giải phóng mặt bằng', 'Cấp phép xây dựng', 'Lao động nước ngoài', 'Môi trường']),
      };
      if (answered <= asOfMs) p.answeredAt = formatInstantVN(answered);
      if (receivedMs <= asOfMs) petitions.push(p);
    }
  }
  return petitions;
}

function generateTasks(from: number, to: number): PlanTask[] {
  const year = Number(formatCivilDate(from).slice(0, 4));
  const lastYear = Number(formatCivilDate(to).slice(0, 4));
  const d = (y: number, m: number, day: number) => formatCivilDate(daysFromCivil(y, m, day));
  const quarterlyDone: CivilDate[] = [];
  for (let y = year; y <= lastYear; y += 1) {
    for (const [m, dd] of [[3, 16], [6, 17], [9, 18], [12, 15]] as const) {
      const done = daysFromCivil(y, m, y === lastYear && m === 9 ? 20 : dd);
      if (done <= to) quarterlyDone.push(formatCivilDate(done));
    }
  }
  return [
    { id: 'KH-01', title: 'Báo cáo định kỳ kết quả thực hiện Kế hoạch CCHC gửi UBND tỉnh (qua Sở Nội vụ)', section: 'III.1', lead: { kind: 'department', id: 'VP' }, startDate: d(year, 1, 1), dueDate: d(year, 3, 16), recurrence: 'quarterly', completions: quarterlyDone },
    { id: 'KH-02', title: 'Rà soát Quy chế chấm điểm CCHC của Ban quản lý', section: 'III.1', lead: { kind: 'department', id: 'VP' }, collaborators: [{ kind: 'department', id: 'QLDT' }], dueDate: d(year, 6, 30), completedOn: d(year, 6, 20) },
    { id: 'KH-03', title: 'Công bố dịch vụ công trực tuyến toàn trình cho 100% TTHC đủ điều kiện', section: 'II.3', lead: { kind: 'department', id: 'VP' }, collaborators: [{ kind: 'department', id: 'QLDT' }, { kind: 'department', id: 'QHXD' }, { kind: 'department', id: 'TNMT' }, { kind: 'department', id: 'DNLD' }], dueDate: d(year, 12, 31), completedOn: d(year + 1, 2, 10) },
    { id: 'KH-04', title: 'Rà soát, đề xuất đơn giản hóa TTHC lĩnh vực đầu tư, xây dựng, môi trường', section: 'II.3', lead: { kind: 'department', id: 'QLDT' }, collaborators: [{ kind: 'department', id: 'QHXD' }, { kind: 'department', id: 'TNMT' }], dueDate: d(year, 9, 30), completedOn: d(year, 9, 25) },
    { id: 'KH-05', title: 'Xây dựng Quy chế phối hợp với các sở, ngành và UBND cấp huyện', section: 'II.4', lead: { kind: 'department', id: 'QHXD' }, dueDate: d(year + 1, 6, 30) },
    { id: 'KH-06', title: 'Công khai dự toán, quyết toán ngân sách trên Trang thông tin điện tử', section: 'II.6', lead: { kind: 'department', id: 'VP' }, recurrence: 'annual', startDate: d(year, 1, 1), dueDate: d(year, 3, 31), completions: [d(year, 3, 28), d(year + 1, 4, 8)] },
    { id: 'KH-07', title: 'Xử lý văn bản đi, đến và ký số trên Hệ thống E-Office', section: 'II.7', lead: { kind: 'department', id: 'VP' }, dueDate: d(year, 12, 31), completedOn: d(year, 12, 29) },
    { id: 'KH-08', title: 'Tổ chức đối thoại doanh nghiệp, nhà đầu tư', section: 'II.2', lead: { kind: 'department', id: 'DNLD' }, recurrence: 'semiannual', startDate: d(year, 1, 1), dueDate: d(year, 6, 30), completions: [d(year, 6, 25), d(year, 12, 20), d(year + 1, 7, 10)] },
    { id: 'KH-09', title: 'Cập nhật thông tin CCVC trên Phần mềm Quản lý cán bộ, công chức, viên chức', section: 'II.5', lead: { kind: 'official', id: 'cv02' }, dueDate: d(year, 10, 31), completedOn: d(year, 11, 15) },
    { id: 'KH-10', title: 'Triển khai quy trình "4 tại chỗ" tại Bộ phận Tiếp nhận và Trả kết quả', section: 'II.3', lead: { kind: 'department', id: 'VP' }, collaborators: [{ kind: 'department', id: 'DNLD' }], dueDate: d(lastYear, 12, 31) },
  ];
}

/** The sample's officials (the first of each department is its head) and each department's staff. */
function sampleStaff(): { officials: Official[]; staff: Map<string, Staff[]> } {
  // Officials: the first of each department is its head.
  const officials: Official[] = [];
  const staff = new Map<string, Staff[]>();
  let n = 0;
  for (const dep of sampleDepartments) {
    const list: Staff[] = [];
    for (let i = 0; i < (staffing[dep.id] ?? 3); i += 1) {
      n += 1;
      const official: Official = {
        id: `cv${String(n).padStart(2, '0')}`,
        name: officialName(n),
        departmentId: dep.id,
        staffType: dep.id === 'BQLDA' ? 'publicEmployee' : 'civilServant',
        position: i === 0 ? 'Trưởng phòng' : i === 1 ? 'Phó Trưởng phòng' : 'Chuyên viên',
      };
      officials.push(official);
      // A few officials are markedly slower, so that rating caps have something to bite on.
      list.push({ official, slowness: n % 9 === 4 ? 0.16 : n % 7 === 2 ? 0.09 : 0.03 });
    }
    staff.set(dep.id, list);
  }

  return { officials, staff };
}

/** The minute of day a dossier arrives: office hours, some online ones after hours, any hour on days off. */
function receptionMinute(rng: Prng, working: boolean, online: boolean): number {
  if (!working) return rng.int(8 * HOUR, 21 * HOUR);
  if (rng.chance(online ? 0.12 : 0)) return rng.int(17 * HOUR + 30, 22 * HOUR);
  return rng.chance(0.5) ? rng.int(7 * HOUR, 11 * HOUR + 29) : rng.int(13 * HOUR + 30, 16 * HOUR + 59);
}

/** The feedback a resolved dossier's applicant leaves, three times in ten (slow dossiers rate worse). */
function sampleFeedback(rng: Prng, dossier: ReturnType<typeof buildDossier>, n: number, asOfMs: number): Feedback | undefined {
  if (dossier.appraiser === undefined || dossier.endedMs === undefined || !rng.chance(0.3)) return undefined;
  return {
    id: `DG-${String(n).padStart(6, '0')}`,
    officialId: dossier.appraiser,
    at: formatInstantVN(Math.min(asOfMs, dossier.endedMs + rng.int(10, 600) * MS_PER_MINUTE)),
    rating: rng.chance(dossier.late ? 0.25 : 0.015) ? 'dissatisfied' : rng.chance(0.06) ? 'neutral' : 'satisfied',
    dossierId: dossier.record.id,
  };
}

/** Inserts, in time order, an apology letter at least one working day before the deadline, proposing a new date. */
function insertApology(events: DossierEvent[], apologyAt: number, newDue: number): void {
  const pos = events.findIndex((e) => (parseInstant(e.at) as number) > apologyAt);
  const apology: DossierEvent = { type: 'apology', at: formatInstantVN(apologyAt), newDueAt: formatInstantVN(newDue) };
  if (pos === -1) events.push(apology);
  else events.splice(pos, 0, apology);
}

/** The events and steps known at the export instant (a step still running there has no end). */
function cutAt(events: readonly DossierEvent[], steps: readonly DossierStep[], asOfMs: number): { keptEvents: DossierEvent[]; keptSteps: DossierStep[] } {
  const keptEvents = events.filter((e) => (parseInstant(e.at) as number) <= asOfMs);
  const keptSteps = steps
    .filter((s) => (parseInstant(s.startedAt) as number) <= asOfMs)
    .map((s) => {
      if (s.endedAt === undefined || (parseInstant(s.endedAt) as number) <= asOfMs) return s;
      const { endedAt: _omit, ...rest } = s;
      return rest;
    });
  return { keptEvents, keptSteps };
}

interface StepRun {
  readonly steps: DossierStep[];
  readonly events: DossierEvent[];
  readonly ended: number | undefined;
  readonly endKind: 'processed' | 'stopped' | 'rejected' | 'withdrawn';
  readonly supplements: number;
}

/** Walks a dossier through its planned steps: overruns, supplementation pauses, early ends. */
function runSteps(rng: Prng, plan: readonly [Staff | undefined, number][], start: number, add: (ms: number, minutes: number) => number): StepRun {
  const steps: DossierStep[] = [];
  const events: DossierEvent[] = [];
  let t = start;
  let ended: number | undefined;
  let endKind: 'processed' | 'stopped' | 'rejected' | 'withdrawn' = 'processed';
  let supplements = 0;
  for (let i = 0; i < plan.length; i += 1) {
    const [who, allotted] = plan[i] as [Staff | undefined, number];
    if (who === undefined) continue;
    const overrun = rng.chance(who.slowness * (i === 1 ? 1 : 0.4));
    const factor = overrun ? 1.1 + rng.next() * 1.6 : 0.15 + rng.next() * 0.8;
    let work = Math.max(15, Math.round(allotted * factor));
    const stepStart = t;
    // Supplementation is requested during appraisal: the clock pauses until re-submission.
    if (i === 1 && rng.chance(0.1)) {
      const requests = rng.chance(0.08) ? 2 : 1;
      for (let r = 0; r < requests; r += 1) {
        const before = Math.min(work - 5, rng.int(30, 600));
        t = add(t, Math.max(5, before));
        work -= Math.max(5, before);
        events.push({ type: 'supplement-requested', at: formatInstantVN(t) });
        supplements += 1;
        if (rng.chance(0.05)) {
          // The applicant never comes back (or withdraws).
          if (rng.chance(0.5)) {
            t = add(t, rng.int(1, 8) * 480);
            events.push({ type: 'withdrawn', at: formatInstantVN(t) });
            endKind = 'withdrawn';
            ended = t;
          }
          break;
        }
        t = add(t, rng.int(1, 12) * 480 + rng.int(0, 400));
        events.push({ type: 'supplement-received', at: formatInstantVN(t) });
      }
      if (ended !== undefined || events[events.length - 1]?.type === 'supplement-requested') {
        steps.push({ officialId: who.official.id, departmentId: who.official.departmentId, startedAt: formatInstantVN(stepStart), allottedHours: allotted / 60 });
        break;
      }
    }
    if (i === 1 && rng.chance(0.025)) {
      t = add(t, Math.round(work / 2));
      endKind = rng.pick(['stopped', 'rejected', 'withdrawn'] as const);
      ended = t;
      steps.push({ officialId: who.official.id, departmentId: who.official.departmentId, startedAt: formatInstantVN(stepStart), endedAt: formatInstantVN(t), allottedHours: allotted / 60 });
      events.push({ type: endKind, at: formatInstantVN(t) });
      break;
    }
    t = add(t, work);
    steps.push({ officialId: who.official.id, departmentId: who.official.departmentId, startedAt: formatInstantVN(stepStart), endedAt: formatInstantVN(t), allottedHours: allotted / 60 });
    if (i === plan.length - 1) {
      ended = t;
      events.push({ type: 'processed', at: formatInstantVN(t) });
    }
  }

  return { steps, events, ended, endKind, supplements };
}
