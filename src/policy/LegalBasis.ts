/**
 * The legal basis of a rule or a parameter value: the document it comes from and, when known, the
 * article or plan section, the issuing body and a note (confidence, transition, how it was read).
 *
 * @remarks Plain JSON. `document` and `article` are cited verbatim in both locales (they are proper
 * names of Vietnamese documents), e.g. `{ document: 'Luật Thi đua, khen thưởng 06/2022/QH15',
 * article: 'Điều 28.1' }`.
 * @example
 * ```ts
 * import type { LegalBasis } from 'reform-rules';
 * const basis: LegalBasis = {
 *   document: 'Kế hoạch triển khai Kết luận 91-KL/TU',
 *   article: 'mục II.1',
 *   issuer: 'Ban quản lý Khu kinh tế Vân Phong',
 * };
 * ```
 * @category Policy
 */
export interface LegalBasis {
  /** The document's name and number, e.g. `'Quyết định 01/2023/QĐ-UBND'` (never empty). */
  readonly document: string;
  /** The article, clause or plan section within the document, e.g. `'Điều 4'` or `'mục II.1'`. */
  readonly article?: string;
  /** The body that issued the document, e.g. `'UBND tỉnh Khánh Hòa'`. */
  readonly issuer?: string;
  /** Free text: confidence, transition rules, where the text was read. */
  readonly note?: string;
}
