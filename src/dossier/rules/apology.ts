/**
 * Rule `apology.neverChangesOutcome`: an apology letter is recorded, never changes the outcome.
 * @module
 */
import type { ClockRule } from './ClockRule';

/**
 * Records the first apology letter (phiếu xin lỗi) up to `asOf` and its proposed new date; the
 * outcome is unchanged (a late dossier with an apology is still late), reports count apologies apart.
 * @example
 * ```ts
 * import { apologyRule } from 'reform-rules';
 * apologyRule.id; // => 'apology.neverChangesOutcome'
 * ```
 * @category Dossier clock rules
 */
export const apologyRule: ClockRule = {
  id: 'apology.neverChangesOutcome',
  step: 'apology',
  basis: 'An apology never changes the outcome (NĐ 118/2025; Thông tư 03/2025/TT-VPCP Mẫu 04)',
  doc: 'docs/dossier-clock.md#rule-6-apologies',
  apply(s) {
    const e = s.firstApologyIndex < 0 ? undefined : s.dossier.events?.[s.firstApologyIndex];
    if (e?.type !== 'apology') return;
    s.apologyAt = e.at;
    s.apologyNewDueAt = e.newDueAt;
  },
  explain: (f) => ({
    inputs: { apologyAt: f.apologyAt ?? null, proposedDueAt: f.apologyNewDueAt ?? null },
    parameters: [],
    result: { apology: f.apologyAt !== undefined, outcomeUnchanged: f.outcome },
  }),
};
