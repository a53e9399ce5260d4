import { requireObjectArg } from '../errors/args';
import { raiseCore } from '../errors/raiseCore';
import type { LegalBasis } from '../policy/LegalBasis';

/**
 * Formats a legal basis as a short citation for a sentence: the document, then the article or
 * section when there is one (`Kế hoạch triển khai Kết luận 91-KL/TU, mục II.1`). Cited verbatim
 * in both locales; the issuer and note stay in the JSON.
 *
 * @param basis - The legal basis.
 * @returns The citation.
 * @throws {@link ReformRulesError} (code `invalid_type`) When `basis` is not an object with a non-empty `document`.
 * @example
 * ```ts
 * import { formatBasis } from 'reform-rules';
 * formatBasis({ document: 'Luật Thi đua, khen thưởng 06/2022/QH15', article: 'Điều 28.1' });
 * // => 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 28.1'
 * ```
 * @category Explain
 */
export function formatBasis(basis: LegalBasis): string {
  requireObjectArg(basis, 'basis', 'a legal basis { document, article? }');
  if (typeof basis.document !== 'string' || basis.document === '') raiseCore('invalid_type', { field: 'basis.document', expected: 'a non-empty string', received: basis.document });
  if (basis.article !== undefined && typeof basis.article !== 'string') raiseCore('invalid_type', { field: 'basis.article', expected: 'a string or nothing', received: basis.article });
  return basis.article === undefined || basis.article === '' ? basis.document : `${basis.document}, ${basis.article}`;
}
