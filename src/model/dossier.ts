import { z } from 'zod';
import type { Instant } from '../_lib/dateTypes';
import type { Result } from '../errors/Issue';
import { dayCountField, idField, instantField, ms, nonNegativeField } from './_fields';
import type { ParseOptions } from './BatchResult';
import { recordParsers } from './_parse';

/**
 * How a dossier was submitted: in person, online, or by public post (bưu chính công ích); `'unknown'`
 * when the source does not record it (a register, some exports): reports count it as "not recorded",
 * never as one of the others.
 * @category Model
 */
export type DossierChannel = 'direct' | 'online' | 'postal' | 'unknown';

/** How the result is delivered to the applicant: at the counter, by post, or online. @category Model */
export type ResultDelivery = 'counter' | 'post' | 'online';

/** A fee or charge of a dossier (phí, lệ phí), in whole đồng. @category Model */
export interface DossierFee {
  /** The fee's code in the source, when it has one. */
  code?: string | undefined;
  /** The fee's name, when given. */
  name?: string | undefined;
  /** The amount in đồng (VND), a whole number, at least 0. */
  amount: number;
}

/**
 * What the source says of a dossier's digitisation and electronic result (the inputs of the national
 * index's group 4); each flag absent means "not recorded", never "no".
 * @category Model
 */
export interface DossierDigitisation {
  /** The dossier has digitised components (HoSoCoThanhPhanSoHoa). */
  digitisedComponents?: boolean | undefined;
  /** Documents submitted (TaiLieuNop, not deleted). */
  documentsSubmitted?: number | undefined;
  /** Of them, digitised (DuocSoHoa). */
  documentsDigitised?: number | undefined;
  /** Of them, taken from the national data store or reused (DuocLayTuKhoDMQG / DuocTaiSuDung). */
  documentsReused?: number | undefined;
  /** The result was issued electronically (DanhSachGiayToKetQua with a file). */
  electronicResult?: boolean | undefined;
  /** The applicant's account is verified with VNeID (TaiKhoanDuocXacThucVoiVNeID). */
  vneidVerified?: boolean | undefined;
}

/** How a dossier's processing ended. @category Model */
export type DossierEndKind = 'processed' | 'returned' | 'stopped' | 'rejected' | 'withdrawn';

/**
 * The verdict a source records on one step, as it records it (the «Kết quả giải quyết hồ sơ» of a
 * handover slip, Mẫu 06 of Thông tư 03/2025/TT-VPCP: trước hạn / đúng hạn / quá hạn): kept as data,
 * never computed by the library and never used by the clock.
 * @example
 * ```ts
 * import type { StepVerdict } from 'reform-rules';
 * const v: StepVerdict = 'late'; // «quá hạn»
 * ```
 * @category Model
 */
export type StepVerdict = 'early' | 'onTime' | 'late';

/**
 * One step of a dossier's internal process, assigned to an official in a department, with the
 * working time the internal process allots to it when the source records it.
 * @category Model
 */
export interface DossierStep {
  /** The official who handled the step. */
  officialId: string;
  /** The official's department. */
  departmentId: string;
  /** When the step started (instant with offset). */
  startedAt: Instant;
  /** When the step ended; absent while it is still open. */
  endedAt?: Instant | undefined;
  /**
   * Working hours the internal process allots to the step; absent when the source does not record
   * it (a handover slip): a delay is then never attributed to the step, nor cleared from it.
   */
  allottedHours?: number | undefined;
  /** The step's verdict as the source recorded it (a handover slip's), when it does. */
  verdict?: StepVerdict | undefined;
}

/** A supplementation request (yêu cầu bổ sung) or the citizen's complete re-submission. @category Model */
export interface SupplementEvent {
  /** `'supplement-requested'` or `'supplement-received'`. */
  type: 'supplement-requested' | 'supplement-received';
  /** When it happened. */
  at: Instant;
  /** On a re-submission: the appointment before it (NgayHenTraTruoc), when the source records it. */
  previousDueAt?: Instant | undefined;
  /** On a re-submission: the new appointment set after it (NgayHenTraMoi), when the source records it. */
  newDueAt?: Instant | undefined;
}

/** An apology letter (phiếu xin lỗi), possibly proposing a new date. @category Model */
export interface ApologyEvent {
  /** Always `'apology'`. */
  type: 'apology';
  /** When the letter was issued. */
  at: Instant;
  /** The new appointment it proposes, if any. */
  newDueAt?: Instant | undefined;
}

/** An event that ends processing. @category Model */
export interface EndEvent {
  /** How processing ended. */
  type: DossierEndKind;
  /** When. */
  at: Instant;
}

/** Anything that happens to a dossier after reception. @category Model */
export type DossierEvent = SupplementEvent | ApologyEvent | EndEvent;

/**
 * A dossier (hồ sơ TTHC) with its event history.
 * @category Model
 */
export interface Dossier {
  /** The dossier's identifier (receipt number). */
  id: string;
  /** The procedure it applies for. */
  procedureId: string;
  /** The department responsible. */
  departmentId: string;
  /** The responsible official, when known. */
  officialId?: string | undefined;
  /** How it was submitted. */
  channel: DossierChannel;
  /** For online dossiers: full (toàn trình) or partial (một phần). */
  onlineLevel?: 'full' | 'partial' | undefined;
  /** The valid reception instant, with offset. */
  receivedAt: Instant;
  /** When the applicant submitted it (NgayNopHoSo), at or before reception; absent when not recorded. */
  submittedAt?: Instant | undefined;
  /** The unit that received it, when it differs from the competent `departmentId` (NoiNopHoSo). */
  receivingUnitId?: string | undefined;
  /** Received regardless of administrative boundary (phi địa giới), when the source says so. */
  boundaryFree?: boolean | undefined;
  /** How the result is delivered, when recorded. */
  resultDelivery?: ResultDelivery | undefined;
  /** The fees and charges, when recorded (an empty list: recorded as none). */
  fees?: DossierFee[] | undefined;
  /** Digitisation and electronic-result facts, when recorded. */
  digitisation?: DossierDigitisation | undefined;
  /** An opaque applicant key kept only on request by a reader (never a name or ID number). */
  applicantKey?: string | undefined;
  /** The appointment (ngày hẹn trả); computed from the procedure when absent. */
  dueAt?: Instant | undefined;
  /** Processing time in working days, used when `dueAt` is absent (else the procedure's). */
  processingDays?: number | undefined;
  /** How fees were paid, when the procedure has fees: online (thanh toán trực tuyến) or directly. */
  paymentChannel?: 'online' | 'direct' | undefined;
  /** The internal process steps. */
  steps?: DossierStep[] | undefined;
  /** Events after reception, in time order. */
  events?: DossierEvent[] | undefined;
}

const EVENT_TYPES = [
  'supplement-requested',
  'supplement-received',
  'apology',
  'processed',
  'returned',
  'stopped',
  'rejected',
  'withdrawn',
] as const;

const StepSchema = z.strictObject({
  officialId: idField('The official who handled the step.'),
  departmentId: idField("The official's department."),
  startedAt: instantField('When the step started.'),
  endedAt: instantField('When the step ended.').optional(),
  allottedHours: nonNegativeField('Working hours allotted to the step (absent: not recorded).').optional(),
  verdict: z.enum(['early', 'onTime', 'late']).optional().meta({ description: "The step's verdict as the source recorded it (trước hạn / đúng hạn / quá hạn)." }),
});

const EventSchema = z
  .strictObject({
    type: z.enum(EVENT_TYPES).meta({ description: 'What happened.' }),
    at: instantField('When it happened.'),
    newDueAt: instantField("The new appointment (an apology's proposal, or set after a re-submission).").optional(),
    previousDueAt: instantField('The appointment before a re-submission.').optional(),
  })
  .superRefine((event, ctx) => {
    if (event.newDueAt !== undefined && event.type !== 'apology' && event.type !== 'supplement-received') {
      ctx.addIssue({ code: 'custom', path: ['newDueAt'], message: 'unknown_key', params: { code: 'unknown_key' }, input: event.newDueAt });
    }
    if (event.previousDueAt !== undefined && event.type !== 'supplement-received') {
      ctx.addIssue({ code: 'custom', path: ['previousDueAt'], message: 'unknown_key', params: { code: 'unknown_key' }, input: event.previousDueAt });
    }
  });

const FeeSchema = z.strictObject({
  code: idField("The fee's code in the source.").optional(),
  name: idField("The fee's name.").optional(),
  amount: dayCountField('The amount in đồng (VND), a whole number.'),
});

const countField = (description: string) => dayCountField(description).optional();
const DigitisationSchema = z.strictObject({
  digitisedComponents: z.boolean().optional().meta({ description: 'Has digitised components.' }),
  documentsSubmitted: countField('Documents submitted.'),
  documentsDigitised: countField('Documents digitised.'),
  documentsReused: countField('Documents taken from the national store or reused.'),
  electronicResult: z.boolean().optional().meta({ description: 'The result was issued electronically.' }),
  vneidVerified: z.boolean().optional().meta({ description: "The applicant's account is verified with VNeID." }),
});

/**
 * The zod schema of {@link Dossier}, with the cross-field checks (order of events, nothing before
 * reception), for composing into your own schemas. Prefer {@link parseDossier} to validate data: it
 * reports the library's issue codes and messages.
 * @example
 * ```ts
 * import { DossierSchema } from 'reform-rules';
 * DossierSchema.safeParse({ id: 'HS-1', procedureId: 'P1', departmentId: 'DT', channel: 'direct',
 *   receivedAt: '2025-03-03T09:00:00+07:00' }).success; // => true
 * ```
 * @category Model
 */
export const DossierSchema: z.ZodType<Dossier> = z
  .strictObject({
    id: idField('The dossier identifier (receipt number).'),
    procedureId: idField('The procedure applied for.'),
    departmentId: idField('The responsible department.'),
    officialId: idField('The responsible official.').optional(),
    channel: z.enum(['direct', 'online', 'postal', 'unknown']).meta({ description: "How it was submitted ('unknown' when the source does not record it)." }),
    onlineLevel: z.enum(['full', 'partial']).optional().meta({ description: 'Online level (online channel only).' }),
    receivedAt: instantField('The valid reception instant.'),
    submittedAt: instantField('When the applicant submitted it, at or before reception.').optional(),
    receivingUnitId: idField('The receiving unit, when it differs from the competent department.').optional(),
    boundaryFree: z.boolean().optional().meta({ description: 'Received regardless of administrative boundary (phi địa giới).' }),
    resultDelivery: z.enum(['counter', 'post', 'online']).optional().meta({ description: 'How the result is delivered.' }),
    fees: z.array(FeeSchema).optional().meta({ description: 'Fees and charges, in whole đồng.' }),
    digitisation: DigitisationSchema.optional().meta({ description: 'Digitisation and electronic-result facts.' }),
    applicantKey: idField('An opaque applicant key (never personal data).').optional(),
    dueAt: instantField('The appointment (ngày hẹn trả).').optional(),
    processingDays: dayCountField('Processing time in working days, when dueAt is absent.').optional(),
    paymentChannel: z.enum(['online', 'direct']).optional().meta({ description: 'How fees were paid (online or direct).' }),
    steps: z.array(StepSchema).optional().meta({ description: 'Internal process steps.' }),
    events: z.array(EventSchema).optional().meta({ description: 'Events after reception, in time order.' }),
  })
  .superRefine((d, ctx) => {
    const received = ms(d.receivedAt);
    const notBefore = (value: string, path: (string | number)[]) => {
      if (ms(value) < received) {
        ctx.addIssue({ code: 'custom', path, message: 'before_reception', params: { code: 'before_reception', receivedAt: d.receivedAt }, input: value });
      }
    };
    if (d.onlineLevel !== undefined && d.channel !== 'online') {
      ctx.addIssue({ code: 'custom', path: ['onlineLevel'], message: 'online_level_mismatch', params: { code: 'online_level_mismatch', channel: d.channel }, input: d.onlineLevel });
    }
    if (d.dueAt !== undefined) notBefore(d.dueAt, ['dueAt']);
    if (d.submittedAt !== undefined && ms(d.submittedAt) > received) {
      ctx.addIssue({ code: 'custom', path: ['submittedAt'], message: 'submitted_after_reception', params: { code: 'submitted_after_reception', receivedAt: d.receivedAt }, input: d.submittedAt });
    }
    d.steps?.forEach((step, i) => {
      notBefore(step.startedAt, ['steps', i, 'startedAt']);
      if (step.endedAt !== undefined && ms(step.endedAt) < ms(step.startedAt)) {
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'endedAt'], message: 'step_ends_before_start', params: { code: 'step_ends_before_start', startedAt: step.startedAt }, input: step.endedAt });
      }
    });
    let previous: string | undefined;
    d.events?.forEach((event, i) => {
      notBefore(event.at, ['events', i, 'at']);
      if (event.type === 'apology' && event.newDueAt !== undefined) notBefore(event.newDueAt, ['events', i, 'newDueAt']);
      if (event.type === 'supplement-received') {
        if (event.newDueAt !== undefined) notBefore(event.newDueAt, ['events', i, 'newDueAt']);
        if (event.previousDueAt !== undefined) notBefore(event.previousDueAt, ['events', i, 'previousDueAt']);
      }
      if (previous !== undefined && ms(event.at) < ms(previous)) {
        ctx.addIssue({ code: 'custom', path: ['events', i, 'at'], message: 'events_out_of_order', params: { code: 'events_out_of_order', previous }, input: event.at });
      }
      previous = event.at;
    });
  })
  .meta({ title: 'Dossier', description: 'A dossier (hồ sơ TTHC) with its event history.' }) as unknown as z.ZodType<Dossier>;

const parsers = recordParsers(DossierSchema);

/** @internal The schema's own batch parser (the reference the fast path is tested against). */
export const parseDossiersWithSchema = parsers.many;

/**
 * Validates one dossier: shapes, real dates, instants with offsets, whole non-negative day counts,
 * known enum values, nothing before reception, events in time order.
 * @param input - Any value, typically parsed JSON.
 * @param options - The message locale.
 * @returns The dossier, or its issues.
 * @example
 * ```ts
 * import { parseDossier } from 'reform-rules';
 * const r = parseDossier({ id: 'HS-1', procedureId: 'P1', departmentId: 'DT', channel: 'online',
 *   receivedAt: '2025-03-03T09:00:00' });
 * r.ok ? null : r.issues[0].code; // => 'missing_offset'
 * ```
 * @category Model
 */
export function parseDossier(input: unknown, options?: ParseOptions): Result<Dossier> {
  return parsers.one(input, options);
}
