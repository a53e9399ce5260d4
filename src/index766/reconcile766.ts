import { guardShape, optionalObjectArg, requireShape } from '../errors/args';
import type { Indicator766 } from './types';
import type { Index766Unit, ServiceIndex766 } from './types';
import type { PortalMetric766, PortalReport766 } from './readPortal766';
import { index766Schemes } from './scheme';

/**
 * One side of a reconciliation row: numerator, denominator and score (`null` when not available).
 * @example
 * ```ts
 * import type { ReconciliationSide766 } from 'reform-rules/index766';
 * const s: ReconciliationSide766 = { numerator: 4, denominator: 6, score: 13.33 };
 * ```
 * @category Index 766
 */
export interface ReconciliationSide766 {
  /** The numerator. */
  readonly numerator: number | null;
  /** The denominator. */
  readonly denominator: number | null;
  /** The score. */
  readonly score: number | null;
}

/**
 * One indicator of one unit compared: the library's figures, the portal's, and the difference
 * (library − portal; `null` where either side is `null`).
 * @example
 * ```ts
 * import type { ReconciliationRow766 } from 'reform-rules/index766';
 * const off = (r: ReconciliationRow766) => r.difference.score !== 0;
 * ```
 * @category Index 766
 */
export interface ReconciliationRow766 {
  /** The unit (`null`: the whole). */
  readonly unit: string | null;
  /** The indicator's code. */
  readonly code: string;
  /** The library's figures (all `null` when the library has no such unit or indicator). */
  readonly ours: ReconciliationSide766;
  /** The portal's figures. */
  readonly portal: ReconciliationSide766;
  /** Library − portal. */
  readonly difference: ReconciliationSide766;
}

/**
 * The library's index set against the portal's responses, per unit and indicator.
 * @example
 * ```ts
 * import type { Reconciliation766 } from 'reform-rules/index766';
 * const clean = (r: Reconciliation766) => r.differences === 0;
 * ```
 * @category Index 766
 */
export interface Reconciliation766 {
  /** One row per portal metric, in the portal's order. */
  readonly rows: readonly ReconciliationRow766[];
  /** Rows with a non-zero (or one-sided) difference. */
  readonly differences: number;
  /** Units the portal lists and the library does not. */
  readonly portalOnly: readonly string[];
  /** Units the library counts and the portal does not list (in the responses' shapes compared). */
  readonly libraryOnly: readonly string[];
}

const NONE: ReconciliationSide766 = { numerator: null, denominator: null, score: null };

const diff = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a - b);
/** Score difference in hundredths, so 13.33 − 13.33 is exactly 0. */
const diffScore = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : (Math.round(a * 100) - Math.round(b * 100)) / 100);

function side(i: Indicator766 | undefined): ReconciliationSide766 {
  return i === undefined ? NONE : { numerator: i.numerator, denominator: i.denominator, score: i.score };
}

function row(unit: string | null, m: PortalMetric766, ours: Indicator766 | undefined): ReconciliationRow766 {
  const o = side(ours);
  const p = { numerator: m.numerator, denominator: m.denominator, score: m.score };
  return { unit, code: m.code, ours: o, portal: p, difference: { numerator: diff(o.numerator, p.numerator), denominator: diff(o.denominator, p.denominator), score: diffScore(o.score, p.score) } };
}

const differs = (r: ReconciliationRow766): boolean => {
  const pairs: [number | null, number | null][] = [[r.ours.numerator, r.portal.numerator], [r.ours.denominator, r.portal.denominator], [r.ours.score, r.portal.score]];
  return pairs.some(([a, b]) => (a === null) !== (b === null) || (a !== null && b !== null && Math.round(a * 100) !== Math.round(b * 100)));
};

/**
 * Compares the library's index with the portal's reporting responses per unit: for every metric
 * the portal publishes, our numerator / denominator / score against the portal's, and the
 * difference. Reconciling the library's own output ({@link portalResponses766}) gives zero differences.
 *
 * @param index - The library's index ({@link serviceIndex766}).
 * @param responses - One or more responses read by {@link readPortal766}.
 * @returns The rows, the count of differing rows, and the units present on one side only.
 * @example
 * ```ts
 * import { portalResponses766, readPortal766, reconcile766 } from 'reform-rules/index766';
 * const own = portalResponses766(index);
 * reconcile766(index, [readPortal766(own.progress)]).differences; // => 0
 * ```
 * @category Index 766
 */
export function reconcile766(index: ServiceIndex766, responses: PortalReport766 | readonly PortalReport766[]): Reconciliation766 {
  requireShape(index, 'index', 'an index from serviceIndex766()', { total: 'object', units: 'array' });
  return guardShape('index', 'an index from serviceIndex766() and portal reports', index, () => {
    [...(Array.isArray(responses) ? responses : [responses])].forEach((r: unknown, i) => requireShape(r, `responses[${i}]`, 'a portal report from readPortal766()', { units: 'array' }));
    const list = Array.isArray(responses) ? (responses as readonly PortalReport766[]) : [responses as PortalReport766];
    const ours = new Map<string | null, Index766Unit>([[null, index.total], ...index.units.map((u) => [u.unit, u] as const)]);
    const rows: ReconciliationRow766[] = [];
    const portalUnits = new Set<string>();
    for (const report of list) {
      for (const u of report.units) {
        if (u.unit !== null) portalUnits.add(u.unit);
        const mine = ours.get(u.unit);
        for (const m of u.metrics) rows.push(row(u.unit, m, mine?.indicators.find((i) => i.code === m.code)));
      }
    }
    return {
      rows,
      differences: rows.filter(differs).length,
      portalOnly: [...portalUnits].filter((u) => !ours.has(u)).sort(),
      libraryOnly: index.units.map((u) => u.unit as string).filter((u) => !portalUnits.has(u)),
    };
  });
}

const pct = (i: Indicator766): number | null => (i.ratio === null || i.ratio.denominator === 0 ? null : Math.round((10000 * i.ratio.numerator) / i.ratio.denominator) / 100);

function progressNodeOf(u: Index766Unit, key: string): Record<string, unknown> {
  const p = u.indicators.find((i) => i.code === '2.1');
  const num = p?.numerator ?? 0;
  const den = p?.denominator ?? 0;
  const node: Record<string, unknown> = { totalReceived: den, totalOnTime: num, totalOverdue: den - num, ratio: p === undefined ? null : pct(p), score: p?.score ?? null, maxScore: p?.max ?? null };
  return u.unit === null ? node : { [key]: u.unit, ...node };
}

function metricsOf(u: Index766Unit, codes: readonly string[]): Record<string, unknown>[] {
  return u.indicators
    .filter((i) => codes.includes(i.code) && i.missing === undefined)
    .map((i) => ({ code: index766Schemes.flatMap((s) => s.value.indicators).find((d) => d.code === i.code)?.metric ?? i.code, numerator: i.numerator, denominator: i.denominator, ratio: pct(i), score: i.score, maxScore: i.max }));
}

/**
 * The library's index in the portal's response shapes (plain JSON values).
 * @example
 * ```ts
 * import type { PortalResponses766 } from 'reform-rules/index766';
 * const text = (r: PortalResponses766) => JSON.stringify(r.progress);
 * ```
 * @category Index 766
 */
export interface PortalResponses766 {
  /** The `dvc-progress-tree` response (shape B). */
  readonly progress: unknown;
  /** A `handling-satisfaction` response (shape A) with 5.2–5.4. */
  readonly satisfaction: unknown;
}

/**
 * The library's index written as the portal's reporting responses (the progress tree, shape B, and
 * a handling-satisfaction response, shape A, with metrics by methodology code): to exchange figures
 * in the portal's own shape, and to check that {@link reconcile766} of the index against itself
 * finds no difference.
 * @param index - The library's index.
 * @param options - The unit-id field name (default `'id'`).
 * @returns `{ progress, satisfaction }` as plain JSON values.
 * @example
 * ```ts
 * import { portalResponses766 } from 'reform-rules/index766';
 * JSON.stringify(portalResponses766(index).progress);
 * ```
 * @category Index 766
 */
export function portalResponses766(index: ServiceIndex766, options: { readonly unitKey?: string } = {}): PortalResponses766 {
  requireShape(index, 'index', 'an index from serviceIndex766()', { total: 'object', units: 'array' });
  optionalObjectArg(options, 'options');
  return guardShape('index', 'an index from serviceIndex766()', index, () => {
    const key = options.unitKey ?? 'id';
    const codes = ['5.2', '5.3', '5.4'];
    return {
      progress: { data: { parent: progressNodeOf(index.total, key), children: index.units.map((u) => progressNodeOf(u, key)) } },
      satisfaction: { data: { overview: { metrics: metricsOf(index.total, codes) }, evaluation: index.units.map((u) => ({ [key]: u.unit, metrics: metricsOf(u, codes) })) } },
    };
  });
}
