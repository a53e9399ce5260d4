import { DEFAULT_LOCALE } from '../errors/locale';
import { requireObjectArg } from '../errors/args';
import { formatCivilDate, parseCivilDate } from '../_lib/civilDate';
import type { Issue } from '../errors/Issue';
import type { Locale } from '../errors/messages/index';
import type { Explanation } from '../explain/Explanation';
import { createExplanation } from '../explain/Explanation';
import type { Ratio } from '../metrics/ratio';
import type { OfficialDocument } from '../model/officialDocument';
import { parseOfficialDocuments } from '../model/officialDocument';
import { defaultPolicy } from '../policy/defaultPolicy';
import type { ParameterUse, Policy } from '../policy/Policy';
import type { PolicyParameters } from '../policy/PolicyParameters';
import { resolveParameter } from '../policy/resolveParameter';
import type { DateRange } from './DateRange';
import { checkPeriod, inRange } from './DateRange';
import { shareTargetExplanation, shareWords } from './_explain';
import { meetsShare, share } from './_share';

/** Options of {@link electronicDocuments}. @category Coverage */
export interface ElectronicDocumentsOptions {
  /** The period: documents received or issued on these days are counted. */
  readonly period: DateRange;
  /** The policy giving `electronicDocumentsTarget`. @defaultValue {@link defaultPolicy} */
  readonly policy?: Policy<PolicyParameters> | undefined;
  /** The locale of issue messages. @defaultValue `'vi'` ({@link DEFAULT_LOCALE}) */
  readonly locale?: Locale | undefined;
}

/** Counts of one direction (incoming or outgoing) of non-secret documents. @category Coverage */
export interface DocumentFlow {
  /** Non-secret documents of this direction in the period. */
  readonly documents: number;
  /** Of those, processed on the electronic system (E-Office). */
  readonly electronic: number;
  /** Of those, digitally signed (chữ ký số). */
  readonly digitallySigned: number;
  /** Of those, both processed electronically and digitally signed. */
  readonly electronicAndSigned: number;
  /** `electronicAndSigned / documents`, exact. */
  readonly share: Ratio;
}

/** The result of {@link electronicDocuments}. @category Coverage */
export interface ElectronicDocumentsResult {
  /** Incoming documents (văn bản đến), secret ones excluded. */
  readonly incoming: DocumentFlow;
  /** Outgoing documents (văn bản đi), secret ones excluded. */
  readonly outgoing: DocumentFlow;
  /** Both directions together. */
  readonly total: DocumentFlow;
  /** Secret documents (văn bản mật) in the period: exempt, excluded from the share, counted here. */
  readonly secret: number;
  /** The share measured against the target: `total.share`. */
  readonly share: Ratio;
  /** The target in force (`electronicDocumentsTarget`), with its basis. */
  readonly target: ParameterUse<Ratio>;
  /** Whether the share reaches the target (true for `0/0`). */
  readonly met: boolean;
  /** Identifiers of non-secret documents not both processed electronically and signed, in input order. */
  readonly notElectronic: readonly string[];
  /** Valid documents outside the period (not counted). */
  readonly outsidePeriod: number;
  /** Problems in the input (documents without a direction and other invalid or duplicate records, left out). */
  readonly issues: readonly Issue[];
  /** Why: the share against the target, with the split by direction. */
  readonly explanation: Explanation;
}

interface Flow {
  documents: number;
  electronic: number;
  digitallySigned: number;
  electronicAndSigned: number;
}

function flowOf(f: Flow): DocumentFlow {
  return { ...f, share: share(f.electronicAndSigned, f.documents) };
}

/**
 * The share of non-secret incoming and outgoing documents processed electronically and digitally
 * signed (plan II.7: «Văn bản đi, đến của cơ quan phải được chỉ đạo, tham mưu, xử lý, phê duyệt
 * trên môi trường điện tử … trừ văn bản mật»; «Tăng cường sử dụng chữ ký số»).
 *
 * @remarks A document counts when it is both processed on the electronic system and digitally
 * signed. Secret documents are excluded from the share and counted in `secret`. Records are
 * validated with {@link parseOfficialDocuments}: a document without a direction (and any other
 * invalid or repeated record) is reported in `issues` and left out. The target is read at the
 * period's last day.
 * @param documents - The documents.
 * @param options - The period, the policy and the message locale.
 * @returns Counts by direction, the exact share, the target, the verdict and its explanation.
 * @throws {@link ReformRulesError} (code `invalid_period`) When the period ends before it starts.
 * @example
 * ```ts
 * import { electronicDocuments } from 'reform-rules';
 * const r = electronicDocuments(documents, { period: { from: '2025-01-01', to: '2025-12-31' } });
 * r.share; // => { numerator: 980, denominator: 1000 }
 * r.secret; // => 12
 * ```
 * @category Coverage
 */
export function electronicDocuments(documents: readonly OfficialDocument[], options: ElectronicDocumentsOptions): ElectronicDocumentsResult {
  requireObjectArg(options, 'options', 'an options object');
  const range = checkPeriod(options.period, 'options.period');
  const locale = options.locale ?? DEFAULT_LOCALE;
  const policy = options.policy ?? defaultPolicy;
  const target = resolveParameter(policy, 'electronicDocumentsTarget', formatCivilDate(range.last));
  const parsed = parseOfficialDocuments(documents, { locale });
  const flows: Record<'incoming' | 'outgoing', Flow> = {
    incoming: { documents: 0, electronic: 0, digitallySigned: 0, electronicAndSigned: 0 },
    outgoing: { documents: 0, electronic: 0, digitallySigned: 0, electronicAndSigned: 0 },
  };
  let secret = 0;
  let outsidePeriod = 0;
  const notElectronic: string[] = [];
  for (const doc of parsed.value) {
    if (!inRange(parseCivilDate(doc.date) as number, range)) {
      outsidePeriod += 1;
      continue;
    }
    if (doc.secret) {
      secret += 1;
      continue;
    }
    const f = flows[doc.direction];
    f.documents += 1;
    if (doc.electronic) f.electronic += 1;
    if (doc.digitallySigned) f.digitallySigned += 1;
    if (doc.electronic && doc.digitallySigned) f.electronicAndSigned += 1;
    else notElectronic.push(doc.id);
  }
  const incoming = flowOf(flows.incoming);
  const outgoing = flowOf(flows.outgoing);
  const total = flowOf({
    documents: incoming.documents + outgoing.documents,
    electronic: incoming.electronic + outgoing.electronic,
    digitallySigned: incoming.digitallySigned + outgoing.digitallySigned,
    electronicAndSigned: incoming.electronicAndSigned + outgoing.electronicAndSigned,
  });
  const met = meetsShare(total.share, target.value, 'gte');
  const inW = shareWords(incoming.share);
  const outW = shareWords(outgoing.share);
  const explanation = shareTargetExplanation({
    rule: 'coverage.electronicDocuments',
    what: {
      vi: 'Văn bản đi, đến (trừ văn bản mật) được xử lý trên môi trường điện tử và ký số',
      en: 'Incoming and outgoing documents (secret ones excluded) processed electronically and digitally signed',
    },
    share: total.share,
    target,
    comparison: 'gte',
    met,
    inputs: { period: options.period, documents: total.documents, secret },
    outcome: { notElectronic },
    note: { vi: `${secret} văn bản mật không tính.`, en: `${secret} secret document(s) excluded.` },
    children: [
      createExplanation({
        rule: 'coverage.electronicDocumentsByDirection',
        summary: { vi: `Văn bản đến: ${inW.vi}; văn bản đi: ${outW.vi}.`, en: `Incoming: ${inW.en}; outgoing: ${outW.en}.` },
        outcome: { incoming, outgoing },
      }),
    ],
  });
  return { incoming, outgoing, total, secret, share: total.share, target, met, notElectronic, outsidePeriod, issues: parsed.issues, explanation };
}
