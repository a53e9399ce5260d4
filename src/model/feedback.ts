import { z } from 'zod';
import type { Instant } from '../_lib/dateTypes';
import type { Result } from '../errors/Issue';
import { idField, instantField } from './_fields';
import type { BatchResult, ParseOptions } from './_parse';
import { recordParsers } from './_parse';

/** A citizen's or business's verdict on an official's service. @category Model */
export type FeedbackRating = 'satisfied' | 'neutral' | 'dissatisfied';

/**
 * One satisfaction feedback (đánh giá mức độ hài lòng) about an official (plan II.1).
 * @category Model
 */
export interface Feedback {
  /** The feedback's identifier. */
  id: string;
  /** The official it is about. */
  officialId: string;
  /** When it was given. */
  at: Instant;
  /** The verdict. */
  rating: FeedbackRating;
  /** The dossier it concerns, if any. */
  dossierId?: string | undefined;
}

/**
 * The zod schema of {@link Feedback}, for composing into your own schemas. Prefer
 * `parseFeedback` to validate data: it reports the library's issue codes and messages.
 * @example
 * ```ts
 * import { FeedbackSchema } from 'reform-rules';
 * FeedbackSchema.safeParse({}).success; // => false
 * ```
 * @category Model
 */
export const FeedbackSchema: z.ZodType<Feedback> = z
  .strictObject({
    id: idField('The feedback identifier.'),
    officialId: idField('The official it is about.'),
    at: instantField('When it was given.'),
    rating: z.enum(['satisfied', 'neutral', 'dissatisfied']).meta({ description: 'The verdict.' }),
    dossierId: idField('The dossier it concerns.').optional(),
  })
  .meta({ title: 'Feedback', description: 'A satisfaction feedback about an official.' });

const parsers = recordParsers(FeedbackSchema);

/**
 * Validates one feedback record.
 * @param input - Any value, typically parsed JSON.
 * @param options - The message locale.
 * @returns The feedback, or its issues.
 * @example
 * ```ts
 * import { parseFeedback } from 'reform-rules';
 * parseFeedback({ id: 'F1', officialId: 'cv01', at: '2025-03-03T10:00:00+07:00', rating: 'satisfied' }).ok;
 * // => true
 * ```
 * @category Model
 */
export function parseFeedback(input: unknown, options?: ParseOptions): Result<Feedback> {
  return parsers.one(input, options);
}

/**
 * Validates an array of feedback records (valid ones kept, bad ones and duplicate ids reported).
 * @param inputs - Any value; anything but an array is one rejected record.
 * @param options - The message locale.
 * @returns The valid records and the rejected ones.
 * @example
 * ```ts
 * import { parseFeedbacks } from 'reform-rules';
 * parseFeedbacks([{ id: 'F1', officialId: 'cv01', at: '2025-03-03T10:00:00+07:00', rating: 'happy' }])
 *   .rejected[0]?.issues[0].code; // => 'invalid_enum'
 * ```
 * @category Model
 */
export function parseFeedbacks(inputs: unknown, options?: ParseOptions): BatchResult<Feedback> {
  return parsers.many(inputs, options);
}
