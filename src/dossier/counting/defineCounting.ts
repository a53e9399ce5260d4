/**
 * `defineCounting`: an agency's own counting convention.
 * @module
 */
import { raise } from '../../errors/ReformRulesError';
import { apologyRule } from '../rules/apology';
import { attributionRule } from '../rules/attribution';
import type { LocalizedText } from '../../explain/Explanation';
import type { ClockRegime, ClockRule } from '../rules/ClockRule';
import { dueFromProcedure } from '../rules/dueFromProcedure';
import { endEventRule } from '../rules/endEvent';
import { outcomeRule } from '../rules/outcome';
import { receptionClock } from '../rules/receptionClock';
import { receptionStart } from '../rules/receptionStart';
import { supplementationElapsedTime } from '../rules/supplementationElapsedTime';
import { supplementationRestart } from '../rules/supplementationRestart';
import { supplementationWorkingDayShift } from '../rules/supplementationWorkingDayShift';
import { PORTAL766_BASES } from './_sources';
import type { CountingChoices, CountingConvention } from './CountingConvention';

/**
 * What {@link defineCounting} takes: an id, a label and a basis, the choices, optionally the source
 * of each choice, and optionally clock rules that replace the regime's rule for their step.
 * @example
 * ```ts
 * import type { CountingDefinition } from 'reform-rules';
 * const d: CountingDefinition = { id: 'soX', label: { vi: 'Sở X', en: 'Department X' }, basis: 'QĐ ... của Sở X', compare: 'date' };
 * ```
 * @category Counting conventions
 */
export interface CountingDefinition extends Partial<CountingChoices> {
  /** The convention's id. */
  readonly id: string;
  /** Its name in Vietnamese and English. */
  readonly label: LocalizedText;
  /** Where it comes from. */
  readonly basis: string;
  /** The source of each choice made here (a choice left out keeps the base convention's source). */
  readonly bases?: Partial<Readonly<Record<keyof CountingChoices, string>>>;
  /** The convention whose choices fill the ones left out; default the `'portal766'` choices. */
  readonly extends?: CountingConvention;
  /** Clock rules replacing the regime's rule of the same step (applied after the choices). */
  readonly rules?: readonly ClockRule[];
}

const CHOICES: { readonly [K in keyof CountingChoices]: readonly string[] | 'count' } = {
  compare: ['instant', 'date'],
  endEvent: ['processed', 'handOver'],
  otherEnds: ['judged', 'onTime'],
  supplementation: ['workingDayShift', 'elapsedTime', 'restart'],
  maxSupplementRequests: 'count',
  awaitingSupplement: ['clockStopped', 'pendingWithin'],
  period: ['calendar', 'dateRange'],
};

/** @internal The portal's choices: the base of every definition that names no other. */
export const PORTAL_CHOICES: CountingChoices = {
  compare: 'instant',
  endEvent: 'processed',
  otherEnds: 'judged',
  supplementation: 'elapsedTime',
  maxSupplementRequests: 'policy',
  awaitingSupplement: 'clockStopped',
  period: 'calendar',
};

const STEPS = ['clockStart', 'due', 'supplementation', 'end', 'outcome', 'apology', 'attribution', 'reception'];

/**
 * Replaces, in a regime, the rule of the same step as `rule` (a new decree changes one rule).
 * @param regime - The regime.
 * @param rule - The rule that takes the place of the regime's rule for `rule.step`.
 * @returns A new regime, in the same order.
 * @throws {@link ReformRulesError} (code `invalid_enum`) When the regime has no rule for that step.
 * @example
 * ```ts
 * import { portal766, replaceClockRule, supplementationRestart } from 'reform-rules';
 * const regime = replaceClockRule(portal766.regime, supplementationRestart);
 * regime.map((r) => r.id)[2]; // => 'supplementation.restart'
 * ```
 * @category Dossier clock rules
 */
export function replaceClockRule(regime: ClockRegime, rule: ClockRule): ClockRegime {
  if (typeof rule !== 'object' || rule === null || typeof rule.apply !== 'function' || typeof rule.explain !== 'function') {
    raise('invalid_type', { field: 'rule', expected: 'a ClockRule { id, step, basis, doc, apply, explain }', received: rule });
  }
  if (!Array.isArray(regime)) raise('invalid_type', { field: 'regime', expected: 'a clock regime (an array of ClockRules)', received: regime });
  const at = regime.findIndex((r) => typeof r === 'object' && r !== null && r.step === rule.step);
  if (at < 0) raise('invalid_enum', { field: 'rule.step', expected: STEPS.map((s) => `'${s}'`).join(', '), received: rule.step });
  return Object.freeze(regime.map((r, i) => (i === at ? rule : r)));
}

/** @internal Checks one choice and returns it. */
function checkChoice<K extends keyof CountingChoices>(key: K, value: CountingChoices[K]): CountingChoices[K] {
  const allowed = CHOICES[key];
  if (allowed === 'count') {
    if (value !== 'policy' && !(typeof value === 'number' && value >= 0 && (Number.isInteger(value) || value === Number.POSITIVE_INFINITY))) {
      raise('invalid_type', { field: key, expected: "a whole number of requests, Infinity or 'policy'", received: value });
    }
  } else if (!allowed.includes(value as string)) {
    raise('invalid_enum', { field: key, expected: allowed.map((a) => `'${a}'`).join(', '), received: value });
  }
  return value;
}

/** @internal The regime the choices select. */
function regimeOf(choices: CountingChoices): ClockRegime {
  const supplementation =
    choices.supplementation === 'elapsedTime' ? supplementationElapsedTime : choices.supplementation === 'restart' ? supplementationRestart : supplementationWorkingDayShift;
  return Object.freeze([receptionStart, dueFromProcedure, supplementation, endEventRule, outcomeRule, apologyRule, attributionRule, receptionClock]);
}

/**
 * Defines a counting convention: an agency's own, or a variant of a preset. Every choice left out
 * is the base convention's (`extends`, default the portal's choices); the regime is the one the
 * choices select, with `rules` replacing single steps.
 * @param definition - The id, label, basis, choices, their sources and replacement rules.
 * @returns The frozen convention.
 * @throws {@link ReformRulesError} (code `invalid_enum` or `invalid_type`) When a choice is not one the convention knows.
 * @example
 * ```ts
 * import { defineCounting } from 'reform-rules';
 * const soX = defineCounting({
 *   id: 'soX', label: { vi: 'Cách đếm của Sở X', en: 'Department X counting' },
 *   basis: 'Quyết định của Sở X (the agency must confirm)', compare: 'date', endEvent: 'handOver',
 * });
 * soX.regime.length; // => 8
 * ```
 * @category Counting conventions
 */
export function defineCounting(definition: CountingDefinition): CountingConvention {
  if (typeof definition !== 'object' || definition === null) raise('invalid_type', { field: 'definition', expected: 'a counting definition { id, label, basis }', received: definition });
  const { id, label, basis } = definition;
  if (typeof id !== 'string' || id === '') raise('invalid_type', { field: 'id', expected: 'a non-empty string', received: id });
  if (typeof label !== 'object' || label === null || typeof label.vi !== 'string' || typeof label.en !== 'string') {
    raise('invalid_type', { field: 'label', expected: '{ vi, en } strings', received: label });
  }
  if (typeof basis !== 'string' || basis === '') raise('invalid_type', { field: 'basis', expected: 'a non-empty string citing the source', received: basis });
  const base = definition.extends;
  const given: Partial<CountingChoices> = definition;
  const pick = <K extends keyof CountingChoices>(key: K): CountingChoices[K] => checkChoice(key, given[key] ?? (base ?? PORTAL_CHOICES)[key]);
  const choices: CountingChoices = {
    compare: pick('compare'),
    endEvent: pick('endEvent'),
    otherEnds: pick('otherEnds'),
    supplementation: pick('supplementation'),
    maxSupplementRequests: pick('maxSupplementRequests'),
    awaitingSupplement: pick('awaitingSupplement'),
    period: pick('period'),
  };
  const baseOf = (key: keyof CountingChoices): string =>
    definition.bases?.[key] ?? (definition[key] !== undefined ? basis : base !== undefined ? base.bases[key] : PORTAL766_BASES[key]);
  const bases: CountingConvention['bases'] = {
    compare: baseOf('compare'),
    endEvent: baseOf('endEvent'),
    otherEnds: baseOf('otherEnds'),
    supplementation: baseOf('supplementation'),
    maxSupplementRequests: baseOf('maxSupplementRequests'),
    awaitingSupplement: baseOf('awaitingSupplement'),
    period: baseOf('period'),
  };
  let regime = regimeOf(choices);
  for (const rule of definition.rules ?? []) regime = replaceClockRule(regime, rule);
  return Object.freeze({ id, label: Object.freeze({ vi: label.vi, en: label.en }), basis, ...choices, bases: Object.freeze(bases), regime });
}
