import fc from 'fast-check';
import type { OfficialDocument } from '../../src/model/index';
import { civilDateArb } from './petitionDates';

/** Arbitrary schema-valid official documents dated between two days. */
export const officialDocumentArb = (from = '2025-01-01', to = '2025-12-31'): fc.Arbitrary<OfficialDocument> =>
  fc.record(
    {
      id: fc.stringMatching(/^VB\d{1,6}$/),
      direction: fc.constantFrom('incoming' as const, 'outgoing' as const),
      date: civilDateArb(from, to),
      secret: fc.boolean(),
      electronic: fc.boolean(),
      digitallySigned: fc.boolean(),
      departmentId: fc.constantFrom('VP', 'QLDT'),
    },
    { requiredKeys: ['id', 'direction', 'date', 'secret', 'electronic', 'digitallySigned'] },
  );

/** A list of documents with distinct ids (`VB0`, `VB1`, …). */
export const officialDocumentListArb = (maxLength = 30): fc.Arbitrary<OfficialDocument[]> =>
  fc.array(officialDocumentArb(), { maxLength }).map((list) => list.map((d, i) => ({ ...d, id: `VB${i}` })));
