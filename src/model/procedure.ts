import { z } from 'zod';
import type { Result } from '../errors/Issue';
import { raise } from '../errors/ReformRulesError';
import { clockTimeField, dayCountField, idField, textField } from './_fields';
import type { BatchResult, ParseOptions } from './_parse';
import { recordParsers } from './_parse';

/**
 * An administrative procedure (thủ tục hành chính, TTHC) the agency handles.
 * @category Model
 */
export interface Procedure {
  /** The procedure's identifier (e.g. its code in the national TTHC database). */
  id: string;
  /** Its name. */
  name: string;
  /** Its field (lĩnh vực), e.g. `'Đầu tư'`. */
  field: string;
  /** Statutory processing time in working days (0 = same day). */
  processingDays: number;
  /** Receptions after this clock time count from the next working day, e.g. `'15:00'`. */
  cutoffTime?: string | undefined;
  /** Whether it may be offered as a full online public service (đủ điều kiện toàn trình). */
  onlineEligible: boolean;
  /** How it is offered online now: `'full'` (toàn trình), `'partial'` (một phần) or `'none'`. */
  onlineLevel: 'full' | 'partial' | 'none';
  /** Whether it carries fees or charges (phí, lệ phí). */
  hasFees: boolean;
  /** Whether fees can be paid online. */
  onlinePayment: boolean;
  /** The department that handles it. */
  departmentId?: string | undefined;
}

/**
 * The zod schema of {@link Procedure}, for composing into your own schemas. Prefer
 * `parseProcedure` to validate data: it reports the library's issue codes and messages.
 * @example
 * ```ts
 * import { ProcedureSchema } from 'reform-rules';
 * ProcedureSchema.safeParse({}).success; // => false
 * ```
 * @category Model
 */
export const ProcedureSchema: z.ZodType<Procedure> = z
  .strictObject({
    id: idField('The procedure identifier.'),
    name: textField('The procedure name.'),
    field: textField('The field (lĩnh vực).'),
    processingDays: dayCountField('Statutory processing time in working days.'),
    cutoffTime: clockTimeField('Receptions after this time count from the next working day.').optional(),
    onlineEligible: z.boolean().meta({ description: 'May be offered fully online.' }),
    onlineLevel: z.enum(['full', 'partial', 'none']).meta({ description: 'How it is offered online now.' }),
    hasFees: z.boolean().meta({ description: 'Carries fees or charges.' }),
    onlinePayment: z.boolean().meta({ description: 'Fees can be paid online.' }),
    departmentId: idField('The handling department.').optional(),
  })
  .meta({ title: 'Procedure', description: 'An administrative procedure (TTHC).' });

const parsers = recordParsers(ProcedureSchema);

/**
 * Validates one procedure record.
 * @param input - Any value, typically parsed JSON.
 * @param options - The message locale.
 * @returns The procedure, or its issues.
 * @example
 * ```ts
 * import { parseProcedure } from 'reform-rules';
 * parseProcedure({ id: 'P1', name: 'Cấp giấy chứng nhận đăng ký đầu tư', field: 'Đầu tư',
 *   processingDays: 15, onlineEligible: true, onlineLevel: 'full', hasFees: false,
 *   onlinePayment: false }).ok; // => true
 * ```
 * @category Model
 */
export function parseProcedure(input: unknown, options?: ParseOptions): Result<Procedure> {
  return parsers.one(input, options);
}

/**
 * Validates an array of procedure records (valid ones kept, bad ones and duplicate ids reported).
 * @param inputs - Any value; anything but an array is one rejected record.
 * @param options - The message locale.
 * @returns The valid records and the rejected ones.
 * @example
 * ```ts
 * import { parseProcedures } from 'reform-rules';
 * parseProcedures('nope').rejected[0]?.issues[0].code; // => 'not_array'
 * ```
 * @category Model
 */
export function parseProcedures(inputs: unknown, options?: ParseOptions): BatchResult<Procedure> {
  return parsers.many(inputs, options);
}

/**
 * @internal The procedures of a `procedures` option (an array or a `Map` of them), each checked to
 * be an object with a text `id` (every index of a sparse array included): `invalid_type` naming
 * the entry otherwise, never a crash in the code that reads them.
 */
export function procedureList(p: unknown, field: string): readonly Procedure[] {
  const list: unknown[] = p instanceof Map ? [...(p as Map<unknown, unknown>).values()] : Array.isArray(p) ? [...(p as unknown[])] : raise('invalid_type', { field, expected: 'an array or Map of procedures', received: p });
  for (let i = 0; i < list.length; i++) {
    const x = list[i] as { id?: unknown } | null | undefined;
    if (typeof x !== 'object' || x === null || typeof x.id !== 'string') raise('invalid_type', { field: `${field}[${i}]`, expected: 'a procedure { id, processingDays }', received: x });
  }
  return list as Procedure[];
}
