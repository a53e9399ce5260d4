import { z } from 'zod';
import type { Instant } from '../_lib/dateTypes';
import type { Result } from '../errors/Issue';
import { dayCountField, idField, instantField, ms, textField } from './_fields';
import type { BatchResult, ParseOptions } from './_parse';
import { recordParsers } from './_parse';

/**
 * A petition (phản ánh, kiến nghị) from a business or a citizen, which plan II.2 asks to answer fast.
 * @category Model
 */
export interface Petition {
  /** The petition's identifier. */
  id: string;
  /** Who sent it. */
  from: 'business' | 'citizen';
  /** When it was received. */
  receivedAt: Instant;
  /** When it was answered; absent while open. */
  answeredAt?: Instant | undefined;
  /** Its own deadline in working days, when it differs from the policy's default. */
  deadlineWorkingDays?: number | undefined;
  /** The department handling it. */
  departmentId?: string | undefined;
  /** Its subject. */
  subject?: string | undefined;
}

/**
 * The zod schema of {@link Petition}, for composing into your own schemas. Prefer
 * `parsePetition` to validate data: it reports the library's issue codes and messages.
 * @example
 * ```ts
 * import { PetitionSchema } from 'reform-rules';
 * PetitionSchema.safeParse({}).success; // => false
 * ```
 * @category Model
 */
export const PetitionSchema: z.ZodType<Petition> = z
  .strictObject({
    id: idField('The petition identifier.'),
    from: z.enum(['business', 'citizen']).meta({ description: 'Business or citizen.' }),
    receivedAt: instantField('When it was received.'),
    answeredAt: instantField('When it was answered.').optional(),
    deadlineWorkingDays: dayCountField('Its own deadline in working days.').optional(),
    departmentId: idField('The handling department.').optional(),
    subject: textField('Its subject.').optional(),
  })
  .superRefine((p, ctx) => {
    if (p.answeredAt !== undefined && ms(p.answeredAt) < ms(p.receivedAt)) {
      ctx.addIssue({ code: 'custom', path: ['answeredAt'], message: 'before_reception', params: { code: 'before_reception', receivedAt: p.receivedAt }, input: p.answeredAt });
    }
  })
  .meta({ title: 'Petition', description: 'A petition (phản ánh, kiến nghị).' });

const parsers = recordParsers(PetitionSchema);

/**
 * Validates one petition record.
 * @param input - Any value, typically parsed JSON.
 * @param options - The message locale.
 * @returns The petition, or its issues.
 * @example
 * ```ts
 * import { parsePetition } from 'reform-rules';
 * parsePetition({ id: 'PA1', from: 'business', receivedAt: '2025-03-03T09:00:00+07:00' }).ok; // => true
 * ```
 * @category Model
 */
export function parsePetition(input: unknown, options?: ParseOptions): Result<Petition> {
  return parsers.one(input, options);
}

/**
 * Validates an array of petitions (valid ones kept, bad ones and duplicate ids reported).
 * @param inputs - Any value; anything but an array is one rejected record.
 * @param options - The message locale.
 * @returns The valid records and the rejected ones.
 * @example
 * ```ts
 * import { parsePetitions } from 'reform-rules';
 * parsePetitions([{ id: 'PA1', from: 'press', receivedAt: '2025-03-03T09:00:00+07:00' }])
 *   .rejected[0]?.issues[0].code; // => 'invalid_enum'
 * ```
 * @category Model
 */
export function parsePetitions(inputs: unknown, options?: ParseOptions): BatchResult<Petition> {
  return parsers.many(inputs, options);
}
