/**
 * The bundled civil-service decisions: the 2010–2019 swaps (provisional, reference/formats.md § 7)
 * and the notices of 2023–2026 (RULEBOOK §1, reference/regulations.md §4.3).
 * Add next year's notice as `decisionsYYYY.ts` and list it here (see docs/calendar.md).
 * @internal
 * @module
 */
import type { CalendarDecision } from '../CalendarOptions';
import { decisions2023 } from './decisions2023';
import { history2010to2019 } from './history2010to2019';
import { decisions2024 } from './decisions2024';
import { decisions2025 } from './decisions2025';
import { decisions2026 } from './decisions2026';

/** @internal Every bundled decision, in the order they became known. */
export const bundledDecisions: readonly CalendarDecision[] = [
  ...history2010to2019,
  ...decisions2023,
  ...decisions2024,
  ...decisions2025,
  ...decisions2026,
];
