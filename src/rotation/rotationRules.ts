import type { LegalBasis } from '../policy/LegalBasis';

/**
 * How long an official may stay in a position before a move (chuyển đổi vị trí công tác) is due:
 * from `minYears` to `maxYears` counted from the assignment decision, with the rule's basis.
 * @example
 * ```ts
 * import type { RotationRule } from 'reform-rules';
 * const r: RotationRule = { positionId: 'one-stop', minYears: 3, maxYears: 5,
 *   basis: { document: 'Thông tư 41/2024/TT-BCT' } };
 * ```
 * @category Rotation
 */
export interface RotationRule {
  /** The position (vị trí việc làm) the rule covers. */
  readonly positionId: string;
  /** The move may be made from this many whole years after the decision. */
  readonly minYears: number;
  /** The move is due by this many whole years after the decision. */
  readonly maxYears: number;
  /** Where the period comes from (the sector circular), with its confidence. */
  readonly basis: LegalBasis;
}

/**
 * The example periods found in the sources, as rules for a position the agency names. Both must
 * be confirmed by the agency for its own sector and positions:
 * - `'tt41-2024-bct'` (MEDIUM): Thông tư 41/2024/TT-BCT (in force 21/02/2025), licence-issuing
 *   positions of the Công Thương sector, «từ đủ 03 năm đến 05 năm» from the assignment decision;
 * - `'general-frame'` (LOW, unconfirmed): 2 to 5 years by sector (Luật Phòng, chống tham nhũng 2018
 *   Điều 24–26; Nghị định 59/2019/NĐ-CP Điều 36–37).
 *
 * @param example - Which example.
 * @param positionId - The agency's position the rule is applied to.
 * @returns The rule, with its basis and confidence in the note.
 * @example
 * ```ts
 * import { exampleRotationRule } from 'reform-rules';
 * exampleRotationRule('tt41-2024-bct', 'licensing').maxYears; // => 5
 * ```
 * @category Rotation
 */
export function exampleRotationRule(example: 'tt41-2024-bct' | 'general-frame', positionId: string): RotationRule {
  if (example === 'tt41-2024-bct') {
    return {
      positionId,
      minYears: 3,
      maxYears: 5,
      basis: {
        document: 'Thông tư 41/2024/TT-BCT',
        note: 'Công thương sector, licence-issuing positions in direct contact with the public: «từ đủ 03 năm đến 05 năm» from the assignment decision. MEDIUM; an example: the agency must confirm the circular of its own sector.',
      },
    };
  }
  return {
    positionId,
    minYears: 2,
    maxYears: 5,
    basis: {
      document: 'Luật Phòng, chống tham nhũng 2018; Nghị định 59/2019/NĐ-CP',
      article: 'Điều 24–26; Điều 36–37',
      note: 'General frame "2 to 5 years by sector". LOW, unconfirmed: the agency must confirm. Nghị định 170/2025/NĐ-CP defers the list and periods to the law (HIGH).',
    },
  };
}
