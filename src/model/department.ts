import { z } from 'zod';
import type { Result } from '../errors/Issue';
import { idField, textField } from './_fields';
import type { BatchResult, ParseOptions } from './_parse';
import { recordParsers } from './_parse';

/**
 * A department or unit of the agency (phòng, đơn vị thuộc và trực thuộc), e.g. the Office (Văn phòng).
 * @category Model
 */
export interface Department {
  /** The department's identifier. */
  id: string;
  /** Its name, e.g. `'Văn phòng'`. */
  name: string;
  /** The parent unit, for units under a department. */
  parentId?: string | undefined;
}

/**
 * The zod schema of {@link Department}, for composing into your own schemas. Prefer
 * `parseDepartment` to validate data: it reports the library's issue codes and messages.
 * @example
 * ```ts
 * import { DepartmentSchema } from 'reform-rules';
 * DepartmentSchema.safeParse({}).success; // => false
 * ```
 * @category Model
 */
export const DepartmentSchema: z.ZodType<Department> = z
  .strictObject({
    id: idField('The department identifier.'),
    name: textField('The department name (Vietnamese).'),
    parentId: idField('The parent unit identifier.').optional(),
  })
  .meta({ title: 'Department', description: 'A department or unit (phòng, đơn vị).' });

const parsers = recordParsers(DepartmentSchema);

/**
 * Validates one department record.
 * @param input - Any value, typically parsed JSON.
 * @param options - The message locale.
 * @returns The department, or its issues.
 * @example
 * ```ts
 * import { parseDepartment } from 'reform-rules';
 * parseDepartment({ id: 'VP', name: 'Văn phòng' }).ok; // => true
 * ```
 * @category Model
 */
export function parseDepartment(input: unknown, options?: ParseOptions): Result<Department> {
  return parsers.one(input, options);
}

/**
 * Validates an array of department records, keeping the valid ones and reporting every bad one
 * (with its index) and every duplicate id.
 * @param inputs - Any value; anything but an array is one rejected record.
 * @param options - The message locale.
 * @returns The valid records and the rejected ones.
 * @example
 * ```ts
 * import { parseDepartments } from 'reform-rules';
 * parseDepartments([{ id: 'VP', name: 'Văn phòng' }, { id: 'VP', name: 'x' }]).rejected[0]?.issues[0].code;
 * // => 'duplicate_id'
 * ```
 * @category Model
 */
export function parseDepartments(inputs: unknown, options?: ParseOptions): BatchResult<Department> {
  return parsers.many(inputs, options);
}
