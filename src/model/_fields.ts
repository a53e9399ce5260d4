/**
 * Zod field builders shared by the record schemas, each reporting our own issue codes through
 * `params.code` so that messages and codes stay ours, not zod's.
 * @internal
 * @module
 */
import { z } from 'zod';
import { parseCivilDate } from '../_lib/civilDate';
import type { CivilDate, Instant } from '../_lib/dateTypes';
import { parseClockTime, parseInstant } from '../_lib/instant';

/** @internal A non-empty identifier. */
export const idField = (description: string) => z.string().min(1).meta({ description });

/** @internal A non-empty human-readable text. */
export const textField = (description: string) => z.string().min(1).meta({ description });

/** @internal An ISO 8601 instant that carries an offset. */
export const instantField = (description: string) =>
  z
    .string()
    .superRefine((value, ctx) => {
      const parsed = parseInstant(value);
      if (typeof parsed === 'string') {
        ctx.addIssue({ code: 'custom', message: parsed, params: { code: parsed }, input: value });
      }
    })
    .meta({
      description,
      format: 'date-time',
      pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$',
      examples: ['2025-03-03T09:00:00+07:00'],
    }) as unknown as z.ZodType<Instant, string>;

/** @internal A civil date `YYYY-MM-DD` that exists. */
export const civilDateField = (description: string) =>
  z
    .string()
    .superRefine((value, ctx) => {
      if (parseCivilDate(value) === undefined) {
        ctx.addIssue({ code: 'custom', message: 'invalid_date', params: { code: 'invalid_date' }, input: value });
      }
    })
    .meta({ description, format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', examples: ['2025-03-03'] }) as unknown as z.ZodType<CivilDate, string>;

/** @internal A clock time `HH:mm`. */
export const clockTimeField = (description: string) =>
  z
    .string()
    .superRefine((value, ctx) => {
      if (parseClockTime(value) === undefined) {
        ctx.addIssue({ code: 'custom', message: 'invalid_time', params: { code: 'invalid_time' }, input: value });
      }
    })
    .meta({ description, pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', examples: ['15:00'] });

/** @internal A whole number of (working) days, at least 0. */
export const dayCountField = (description: string) => z.number().int().min(0).meta({ description });

/** @internal A non-negative finite number (hours, amounts). */
export const nonNegativeField = (description: string) => z.number().min(0).meta({ description });

/** @internal The epoch milliseconds of an already validated instant. */
export function ms(instant: string): number {
  return parseInstant(instant) as number;
}
