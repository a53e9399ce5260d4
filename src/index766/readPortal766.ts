import { raise } from '../errors/ReformRulesError';
import { jsonFaultParams } from '../io/jsonSyntax';
import { index766Schemes } from './scheme';

/**
 * One metric of one unit as the portal's reporting API publishes it (`null` is "not available",
 * never 0); `code` is the methodology code when the metric maps to one, else the API's metric code.
 * @example
 * ```ts
 * import type { PortalMetric766 } from 'reform-rules/index766';
 * const m: PortalMetric766 = { code: '2.1', metric: 'dvc-progress-tree', numerator: 4, denominator: 6, ratio: 66.67, score: 13.33, maxScore: 20 };
 * ```
 * @category Index 766
 */
export interface PortalMetric766 {
  /** The indicator's code (e.g. `'2.1'`, `'5.2'`), or the API metric code when none maps. */
  readonly code: string;
  /** The API metric code, or the endpoint for the progress tree. */
  readonly metric: string;
  /** The numerator, or `null`. */
  readonly numerator: number | null;
  /** The denominator, or `null`. */
  readonly denominator: number | null;
  /** The ratio in percent as published, or `null`. */
  readonly ratio: number | null;
  /** The score as published, or `null`. */
  readonly score: number | null;
  /** The maximum as published, or `null`. */
  readonly maxScore: number | null;
}

/**
 * A portal reporting response read and checked: the metrics per unit (`null`: the overview or the
 * parent, i.e. the whole).
 * @example
 * ```ts
 * import type { PortalReport766 } from 'reform-rules/index766';
 * const units = (r: PortalReport766) => r.units.map((u) => u.unit);
 * ```
 * @category Index 766
 */
export interface PortalReport766 {
  /** The response's shape: `'progress'` (dvc-progress-tree, shape B) or `'metrics'` (shape A, e.g. handling-satisfaction). */
  readonly shape: 'progress' | 'metrics';
  /** The units, the whole first. */
  readonly units: readonly {
    /** The unit's id, `null` for the whole. */
    readonly unit: string | null;
    /** Its metrics. */
    readonly metrics: readonly PortalMetric766[];
  }[];
}

/**
 * Options of {@link readPortal766}.
 * @example
 * ```ts
 * import type { ReadPortal766Options } from 'reform-rules/index766';
 * const o: ReadPortal766Options = { unitKey: 'departmentId' };
 * ```
 * @category Index 766
 */
export interface ReadPortal766Options {
  /** The field holding a unit's id in the children / evaluation items (the survey does not name it: LOW); default `'id'`. */
  readonly unitKey?: string | undefined;
  /** API metric codes to methodology codes; default from the shipped scheme's `metric` fields. */
  readonly codes?: Readonly<Record<string, string>> | undefined;
}

type Obj = Readonly<Record<string, unknown>>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function obj(v: unknown, field: string): Obj {
  if (!isObj(v)) raise('invalid_portal_field', { field, expected: 'an object', received: v });
  return v;
}

function arr(v: unknown, field: string): readonly unknown[] {
  if (!Array.isArray(v)) raise('invalid_portal_field', { field, expected: 'an array', received: v });
  return v;
}

function count(o: Obj, key: string, field: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) raise('invalid_portal_field', { field: `${field}.${key}`, expected: 'a whole number of at least 0', received: v });
  return v;
}

function optCount(o: Obj, key: string, field: string): number | null {
  return o[key] === null || o[key] === undefined ? null : count(o, key, field);
}

function optNumber(o: Obj, key: string, field: string): number | null {
  const v = o[key];
  if (v === null || v === undefined) return null;
  if (typeof v !== 'number' || !Number.isFinite(v)) raise('invalid_portal_field', { field: `${field}.${key}`, expected: 'a number or null', received: v });
  return v;
}

function unitOf(o: Obj, key: string, field: string): string {
  const v = o[key];
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return raise('invalid_portal_field', { field: `${field}.${key}`, expected: "the unit's id (a string)", received: v });
}

function progressNode(v: unknown, field: string): PortalMetric766 {
  const o = obj(v, field);
  const received = count(o, 'totalReceived', field);
  const onTime = count(o, 'totalOnTime', field);
  count(o, 'totalOverdue', field);
  return { code: '2.1', metric: 'dvc-progress-tree', numerator: onTime, denominator: received, ratio: optNumber(o, 'ratio', field), score: optNumber(o, 'score', field), maxScore: optNumber(o, 'maxScore', field) };
}

function metricsOf(v: unknown, field: string, codes: Readonly<Record<string, string>>): PortalMetric766[] {
  return arr(v, field).map((m, i) => {
    const f = `${field}[${i}]`;
    const o = obj(m, f);
    const metric = o['code'];
    if (typeof metric !== 'string' || metric === '') raise('invalid_portal_field', { field: `${f}.code`, expected: 'the metric code (a string)', received: metric });
    const code = Object.hasOwn(codes, metric) ? (codes[metric] as string) : metric;
    return { code, metric, numerator: optCount(o, 'numerator', f), denominator: optCount(o, 'denominator', f), ratio: optNumber(o, 'ratio', f), score: optNumber(o, 'score', f), maxScore: optNumber(o, 'maxScore', f) };
  });
}

/** The API metric codes of the latest shipped scheme, to methodology codes. */
function defaultCodes(): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  const latest = index766Schemes[index766Schemes.length - 1];
  for (const d of latest?.value.indicators ?? []) if (d.metric !== undefined) out[d.metric] = d.code;
  return out;
}

function parseJson(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  try {
    return JSON.parse(input) as unknown;
  } catch {
    return raise('invalid_portal_json', { field: 'response', reason: jsonFaultParams(input).detail });
  }
}

/**
 * Reads a response of the portal's reporting API (`POST …/api/v1/reporting/evaluation/<endpoint>`)
 * and checks it: the progress tree `dvc-progress-tree` (shape B: `data.parent` + `data.children[]`
 * with `totalReceived`, `totalOnTime`, `totalOverdue`, `ratio`, `score`, `maxScore`) or a metrics
 * response such as `handling-satisfaction` (shape A: `data.overview.metrics[]` and
 * `data.evaluation[].metrics[]`, each metric by `code` with `numerator`, `denominator`, `ratio`,
 * `score`, `maxScore`).
 *
 * @remarks Field names: `docs/index766.md` and the reference survey (MEDIUM). `null` stays `null`.
 * @param input - The response as JSON text or as a parsed value.
 * @param options - The unit-id field and the metric-code mapping.
 * @returns The metrics per unit.
 * @throws {@link ReformRulesError} (code `invalid_portal_json`) When the text is not JSON.
 * @throws {@link ReformRulesError} (code `invalid_portal_field`) When a field is missing or of the wrong type; the message names the field (e.g. `data.children[2].totalOnTime`).
 * @example
 * ```ts
 * import { readPortal766 } from 'reform-rules/index766';
 * const r = readPortal766('{"data":{"parent":{"totalReceived":6,"totalOnTime":4,"totalOverdue":2,"score":13.33},"children":[]}}');
 * r.units[0].metrics[0].score; // => 13.33
 * ```
 * @category Index 766
 */
export function readPortal766(input: unknown, options: ReadPortal766Options = {}): PortalReport766 {
  const root = obj(parseJson(input), 'response');
  const data = obj(root['data'], 'data');
  const key = options.unitKey ?? 'id';
  const codes = options.codes ?? defaultCodes();
  if (data['parent'] !== undefined) {
    const whole = progressNode(data['parent'], 'data.parent');
    const children = arr(data['children'], 'data.children').map((c, i) => {
      const f = `data.children[${i}]`;
      return { unit: unitOf(obj(c, f), key, f), metrics: [progressNode(c, f)] };
    });
    return { shape: 'progress', units: [{ unit: null, metrics: [whole] }, ...children] };
  }
  const overview = obj(data['overview'], 'data.overview');
  const whole = metricsOf(overview['metrics'], 'data.overview.metrics', codes);
  const evaluation = data['evaluation'] === undefined ? [] : arr(data['evaluation'], 'data.evaluation');
  const units = evaluation.map((e, i) => {
    const f = `data.evaluation[${i}]`;
    const o = obj(e, f);
    return { unit: unitOf(o, key, f), metrics: metricsOf(o['metrics'], `${f}.metrics`, codes) };
  });
  return { shape: 'metrics', units: [{ unit: null, metrics: whole }, ...units] };
}
