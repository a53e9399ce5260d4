import { z } from 'zod';
import type { CivilDate } from '../_lib/dateTypes';
import type { Result } from '../errors/Issue';
import { civilDateField, idField } from './_fields';
import type { BatchResult, ParseOptions } from './_parse';
import { recordParsers } from './_parse';

/**
 * An incoming or outgoing official document (văn bản đến / đi), and whether it was handled and
 * signed electronically (plan II.7).
 * @category Model
 */
export interface OfficialDocument {
  /** The document's identifier. */
  id: string;
  /** `'incoming'` (văn bản đến) or `'outgoing'` (văn bản đi). */
  direction: 'incoming' | 'outgoing';
  /** The date it was received or issued. */
  date: CivilDate;
  /** Secret documents (văn bản mật) are exempt from electronic handling. */
  secret: boolean;
  /** Whether it was processed on the electronic system (E-Office). */
  electronic: boolean;
  /** Whether it carries a digital signature (chữ ký số). */
  digitallySigned: boolean;
  /** The department handling it. */
  departmentId?: string | undefined;
}

/**
 * The zod schema of {@link OfficialDocument}, for composing into your own schemas. Prefer
 * `parseOfficialDocument` to validate data: it reports the library's issue codes and messages.
 * @example
 * ```ts
 * import { OfficialDocumentSchema } from 'reform-rules';
 * OfficialDocumentSchema.safeParse({}).success; // => false
 * ```
 * @category Model
 */
export const OfficialDocumentSchema: z.ZodType<OfficialDocument> = z
  .strictObject({
    id: idField('The document identifier.'),
    direction: z.enum(['incoming', 'outgoing']).meta({ description: 'Incoming or outgoing.' }),
    date: civilDateField('Received or issued on.'),
    secret: z.boolean().meta({ description: 'Secret documents are exempt.' }),
    electronic: z.boolean().meta({ description: 'Processed electronically.' }),
    digitallySigned: z.boolean().meta({ description: 'Digitally signed.' }),
    departmentId: idField('The handling department.').optional(),
  })
  .meta({ title: 'OfficialDocument', description: 'An incoming or outgoing official document.' });

const parsers = recordParsers(OfficialDocumentSchema);

/**
 * Validates one official-document record.
 * @param input - Any value, typically parsed JSON.
 * @param options - The message locale.
 * @returns The document, or its issues.
 * @example
 * ```ts
 * import { parseOfficialDocument } from 'reform-rules';
 * const r = parseOfficialDocument({ id: 'D1', date: '2025-01-02', secret: false, electronic: true,
 *   digitallySigned: true });
 * r.ok ? null : r.issues[0].code; // => 'required'
 * ```
 * @category Model
 */
export function parseOfficialDocument(input: unknown, options?: ParseOptions): Result<OfficialDocument> {
  return parsers.one(input, options);
}

/**
 * Validates an array of official documents (valid ones kept, bad ones and duplicate ids reported).
 * @param inputs - Any value; anything but an array is one rejected record.
 * @param options - The message locale.
 * @returns The valid records and the rejected ones.
 * @example
 * ```ts
 * import { parseOfficialDocuments } from 'reform-rules';
 * parseOfficialDocuments([]).ok; // => true
 * ```
 * @category Model
 */
export function parseOfficialDocuments(inputs: unknown, options?: ParseOptions): BatchResult<OfficialDocument> {
  return parsers.many(inputs, options);
}
