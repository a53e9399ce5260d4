import type { Locale } from '../errors/messages/index';
import { isObjectArg, optionalObjectArg, requireArrayArg, requireObjectArg, requireStringArg } from '../errors/args';
import { raise } from '../errors/ReformRulesError';
import type { LegalBasis } from '../policy/LegalBasis';
import type { ParameterUse } from '../policy/Policy';

/**
 * A text in Vietnamese and English.
 * @example
 * ```ts
 * import type { LocalizedText } from 'reform-rules';
 * const t: LocalizedText = { vi: 'Hoàn thành nhiệm vụ', en: 'Completed tasks' };
 * ```
 * @category Explain
 */
export interface LocalizedText {
  /** Vietnamese. */
  readonly vi: string;
  /** English. */
  readonly en: string;
}

/**
 * The trace of one decision: which rule decided, on what legal basis, from which inputs and
 * parameter values (each with the dated entry and basis actually used), with what outcome, and
 * the sub-decisions it rests on. Plain JSON (it survives `JSON.stringify` / `JSON.parse` unchanged).
 *
 * @remarks Every node carries its own `summary`: a complete sentence in both locales, already
 * naming the figures, the threshold and its citation, written by the rule that made the decision.
 * {@link formatExplanation} prints it; no template registry is needed, so any area (ratings,
 * dossier clock, coverage scorecards) can produce explanations. Build nodes with
 * {@link createExplanation}.
 * @example
 * ```ts
 * import { officialRatingCap } from 'reform-rules';
 * const { explanation } = officialRatingCap({ handled: 100, late: 11 }, { year: 2024 });
 * explanation.rule; // => 'rating.officialLateShareCap'
 * explanation.parameters[0]?.name; // => 'officialLateShareCap'
 * ```
 * @category Explain
 */
export interface Explanation {
  /** A stable rule id, dotted by area, e.g. `'rating.officialLateShareCap'`. */
  readonly rule: string;
  /** The decision as a sentence a personnel officer can paste, in both locales. */
  readonly summary: LocalizedText;
  /** The legal basis of the rule as applied (usually that of its governing parameter), or `null` for pure arithmetic. */
  readonly basis: LegalBasis | null;
  /** The inputs the rule read, by name (plain JSON). */
  readonly inputs: Readonly<Record<string, unknown>>;
  /** The policy parameters the rule read, with the value, dated entry and basis actually used. */
  readonly parameters: readonly ParameterUse[];
  /** What the rule decided, by name (plain JSON). */
  readonly outcome: Readonly<Record<string, unknown>>;
  /** The sub-decisions this one rests on, in order. */
  readonly children: readonly Explanation[];
}

/**
 * The fields of {@link createExplanation}: `rule`, `summary` and `outcome` are required, the rest
 * default to empty.
 * @example
 * ```ts
 * import type { ExplanationInit } from 'reform-rules';
 * const init: ExplanationInit = { rule: 'demo', summary: { vi: 'Xong.', en: 'Done.' }, outcome: {} };
 * ```
 * @category Explain
 */
export interface ExplanationInit {
  /** The rule id. */
  readonly rule: string;
  /** The sentence in both locales. */
  readonly summary: LocalizedText;
  /** What the rule decided. */
  readonly outcome: Readonly<Record<string, unknown>>;
  /** The legal basis; default `null`. */
  readonly basis?: LegalBasis | null;
  /** The inputs; default `{}`. */
  readonly inputs?: Readonly<Record<string, unknown>>;
  /** The parameters used; default `[]`. */
  readonly parameters?: readonly ParameterUse[];
  /** The sub-decisions; default `[]`. */
  readonly children?: readonly Explanation[];
}

/**
 * Builds an explanation node, filling the optional fields with their empty defaults.
 *
 * @param init - The node's rule, summary and outcome, and optionally basis, inputs, parameters and children.
 * @returns The explanation node.
 * @throws {@link ReformRulesError} (code `invalid_type`) When `init` or one of its fields has the wrong shape.
 * @example
 * ```ts
 * import { createExplanation } from 'reform-rules';
 * createExplanation({ rule: 'demo.nothing', summary: { vi: 'Không có gì.', en: 'Nothing.' }, outcome: { ok: true } });
 * // => { rule: 'demo.nothing', summary: {...}, basis: null, inputs: {}, parameters: [], outcome: { ok: true }, children: [] }
 * ```
 * @category Explain
 */
export function createExplanation(init: ExplanationInit): Explanation {
  requireObjectArg(init, 'init', 'an object { rule, summary, outcome }');
  requireStringArg(init.rule, 'init.rule');
  checkSummary(init.summary, 'init.summary');
  requireObjectArg(init.outcome, 'init.outcome');
  if (init.basis !== undefined && init.basis !== null) requireObjectArg(init.basis, 'init.basis', 'a legal basis or null');
  optionalObjectArg(init.inputs, 'init.inputs', 'an object or nothing');
  if (init.parameters !== undefined) requireArrayArg(init.parameters, 'init.parameters');
  if (init.children !== undefined) {
    requireArrayArg(init.children, 'init.children');
    [...init.children].forEach((c, i) => checkNode(c, `init.children[${i}]`, new Set())); // spread: a hole is checked (forEach alone skips it)
  }
  return {
    rule: init.rule,
    summary: init.summary,
    basis: init.basis ?? null,
    inputs: init.inputs ?? {},
    parameters: init.parameters ?? [],
    outcome: init.outcome,
    children: init.children ?? [],
  };
}

/** Options of {@link formatExplanation}. @category Explain */
export interface FormatExplanationOptions {
  /** The language of the sentence. */
  readonly locale: Locale;
  /** `'summary'` (default): the top sentence only; `'tree'`: the sentence, then every sub-decision on its own indented line. */
  readonly detail?: 'summary' | 'tree';
}

function checkSummary(value: unknown, field: string): void {
  requireObjectArg(value, field, 'a text { vi, en }');
  requireStringArg(value['vi'], `${field}.vi`);
  requireStringArg(value['en'], `${field}.en`);
}

/** Checks an explanation tree (summaries and children), refusing cycles and depths over 1000. */
function checkNode(node: unknown, field: string, path: Set<unknown>): void {
  if (!isObjectArg(node)) raise('invalid_type', { field, expected: 'an explanation { rule, summary, children }', received: node });
  if (path.has(node) || path.size > 1000) raise('invalid_type', { field, expected: 'an explanation tree without cycles, at most 1000 deep', received: node.rule });
  checkSummary(node['summary'], `${field}.summary`);
  const children = node['children'];
  requireArrayArg(children, `${field}.children`);
  path.add(node);
  [...children].forEach((c, i) => checkNode(c, `${field}.children[${i}]`, path));
  path.delete(node);
}

function treeLines(node: Explanation, locale: Locale, depth: number, out: string[]): void {
  out.push(depth === 0 ? node.summary[locale] : `${'  '.repeat(depth - 1)}- ${node.summary[locale]}`);
  for (const child of node.children) treeLines(child, locale, depth + 1, out);
}

/**
 * Prints an explanation as a sentence a personnel officer can paste into a rating record, in
 * Vietnamese or English, or as an indented tree of every sub-decision.
 *
 * @param explanation - The explanation, e.g. from {@link officialRatingCap}.
 * @param options - The locale and the level of detail.
 * @returns The sentence (or lines joined with `\n` for `detail: 'tree'`).
 * @throws {@link ReformRulesError} (code `invalid_enum`, `invalid_type`) When the locale or detail is not supported, or `explanation` is not an explanation tree.
 * @example
 * ```ts
 * import { formatExplanation, officialRatingCap } from 'reform-rules';
 * const { explanation } = officialRatingCap({ handled: 100, late: 11 }, { year: 2024 });
 * formatExplanation(explanation, { locale: 'vi' });
 * // => 'Tỷ lệ hồ sơ trễ hạn 11/100 (11%) vượt ngưỡng 10% (Kế hoạch triển khai Kết luận 91-KL/TU, mục II.1) nên không được xếp loại Hoàn thành tốt nhiệm vụ trở lên.'
 * ```
 * @category Explain
 */
export function formatExplanation(explanation: Explanation, options: FormatExplanationOptions): string {
  requireObjectArg(options, 'options', 'an options object { locale, detail? }');
  checkNode(explanation, 'explanation', new Set());
  const locale = options.locale;
  if (locale !== 'vi' && locale !== 'en') raise('invalid_enum', { field: 'options.locale', expected: "'vi' or 'en'", received: locale });
  const detail = options.detail ?? 'summary';
  if (detail !== 'summary' && detail !== 'tree') raise('invalid_enum', { field: 'options.detail', expected: "'summary' or 'tree'", received: detail });
  if (detail === 'summary') return explanation.summary[locale];
  const lines: string[] = [];
  treeLines(explanation, locale, 0, lines);
  return lines.join('\n');
}
