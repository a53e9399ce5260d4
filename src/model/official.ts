import { z } from 'zod';
import type { Result } from '../errors/Issue';
import { idField, textField } from './_fields';
import type { BatchResult, ParseOptions } from './_parse';
import { recordParsers } from './_parse';

/**
 * An official (cán bộ, công chức, viên chức) working in a department.
 * @category Model
 */
export interface Official {
  /** The official's identifier. */
  id: string;
  /** Full name. */
  name: string;
  /** The department the official belongs to. */
  departmentId: string;
  /** `'civilServant'` (công chức) or `'publicEmployee'` (viên chức); rating decrees differ. */
  staffType?: 'civilServant' | 'publicEmployee' | undefined;
  /** Job title, e.g. `'Chuyên viên'`. */
  position?: string | undefined;
}

/**
 * The zod schema of {@link Official}, for composing into your own schemas. Prefer
 * `parseOfficial` to validate data: it reports the library's issue codes and messages.
 * @example
 * ```ts
 * import { OfficialSchema } from 'reform-rules';
 * OfficialSchema.safeParse({}).success; // => false
 * ```
 * @category Model
 */
export const OfficialSchema: z.ZodType<Official> = z
  .strictObject({
    id: idField('The official identifier.'),
    name: textField('Full name.'),
    departmentId: idField('The department the official belongs to.'),
    staffType: z.enum(['civilServant', 'publicEmployee']).optional().meta({ description: 'công chức or viên chức.' }),
    position: textField('Job title.').optional(),
  })
  .meta({ title: 'Official', description: 'An official (cán bộ, công chức, viên chức).' });

const parsers = recordParsers(OfficialSchema);

/**
 * Validates one official record.
 * @param input - Any value, typically parsed JSON.
 * @param options - The message locale.
 * @returns The official, or its issues.
 * @example
 * ```ts
 * import { parseOfficial } from 'reform-rules';
 * parseOfficial({ id: 'cv01', name: 'Nguyễn Văn A', departmentId: 'DT' }).ok; // => true
 * ```
 * @category Model
 */
export function parseOfficial(input: unknown, options?: ParseOptions): Result<Official> {
  return parsers.one(input, options);
}

/**
 * Validates an array of official records (valid ones kept, bad ones and duplicate ids reported).
 * @param inputs - Any value; anything but an array is one rejected record.
 * @param options - The message locale.
 * @returns The valid records and the rejected ones.
 * @example
 * ```ts
 * import { parseOfficials } from 'reform-rules';
 * parseOfficials([{ id: 'cv01', name: 'A' }]).rejected[0]?.issues[0].code; // => 'required'
 * ```
 * @category Model
 */
export function parseOfficials(inputs: unknown, options?: ParseOptions): BatchResult<Official> {
  return parsers.many(inputs, options);
}
