import { z } from 'zod';
import { raise } from '../errors/ReformRulesError';
import { DepartmentSchema } from './department';
import { DossierSchema } from './dossier';
import { FeedbackSchema } from './feedback';
import { OfficialSchema } from './official';
import { OfficialDocumentSchema } from './officialDocument';
import { PetitionSchema } from './petition';
import { PlanTaskSchema } from './planTask';
import { ProcedureSchema } from './procedure';

/** The record kinds with a schema. @category Model */
export type RecordKind =
  | 'Department'
  | 'Official'
  | 'Procedure'
  | 'Dossier'
  | 'PlanTask'
  | 'Feedback'
  | 'OfficialDocument'
  | 'Petition';

const SCHEMAS: Readonly<Record<RecordKind, z.ZodType>> = {
  Department: DepartmentSchema,
  Official: OfficialSchema,
  Procedure: ProcedureSchema,
  Dossier: DossierSchema,
  PlanTask: PlanTaskSchema,
  Feedback: FeedbackSchema,
  OfficialDocument: OfficialDocumentSchema,
  Petition: PetitionSchema,
};

/**
 * Every record kind, in a stable order.
 * @example
 * ```ts
 * import { recordKinds, toJSONSchema } from 'reform-rules';
 * const schemas = Object.fromEntries(recordKinds.map((k) => [k, toJSONSchema(k)]));
 * recordKinds[0]; // => 'Department'
 * ```
 * @category Model
 */
export const recordKinds: readonly RecordKind[] = Object.keys(SCHEMAS) as RecordKind[];

/**
 * The JSON Schemas (draft 2020-12) of every record kind, keyed by kind, so that systems not written
 * in TypeScript can validate the same data. The same schemas are committed under `docs/schemas/`.
 *
 * @returns One plain JSON object per record kind.
 * @example
 * ```ts
 * import { toJSONSchema } from 'reform-rules';
 * Object.keys(toJSONSchema()).length; // => 8
 * ```
 * @category Model
 */
export function toJSONSchema(): Record<RecordKind, Record<string, unknown>>;
/**
 * The JSON Schema (draft 2020-12) of one record kind. Shapes, enums, formats and patterns are in the
 * schema; the cross-field rules (events in time order, nothing before reception, one lead) are
 * described in `docs/concepts.md` and checked only by the `parse*` functions.
 *
 * @param kind - The record kind.
 * @returns A plain JSON object.
 * @throws {@link ReformRulesError} (code `invalid_enum`) When `kind` is not a record kind.
 * @example
 * ```ts
 * import { toJSONSchema } from 'reform-rules';
 * toJSONSchema('Dossier').required;
 * // => ['id', 'procedureId', 'departmentId', 'channel', 'receivedAt']
 * ```
 * @category Model
 */
export function toJSONSchema(kind: RecordKind): Record<string, unknown>;
export function toJSONSchema(kind?: RecordKind): Record<string, unknown> {
  if (kind === undefined) {
    return Object.fromEntries(recordKinds.map((k) => [k, toJSONSchema(k)]));
  }
  const schema = typeof kind === 'string' && Object.prototype.hasOwnProperty.call(SCHEMAS, kind) ? SCHEMAS[kind] : undefined;
  if (schema === undefined) raise('invalid_enum', { field: 'kind', received: kind, expected: recordKinds.join(', ') });
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
