import fc from 'fast-check';
import type { Procedure } from '../../src/model/index';

/** Arbitrary schema-valid procedures (ids `P<n>`; give `ids` to draw from a fixed pool). */
export const procedureArb = (ids: fc.Arbitrary<string> = fc.stringMatching(/^P\d{1,4}$/)): fc.Arbitrary<Procedure> =>
  fc.record(
    {
      id: ids,
      name: fc.string({ minLength: 1, maxLength: 40 }),
      field: fc.constantFrom('Đầu tư', 'Xây dựng', 'Môi trường', 'Lao động'),
      processingDays: fc.integer({ min: 0, max: 45 }),
      cutoffTime: fc.constantFrom('15:00', '16:00'),
      onlineEligible: fc.boolean(),
      onlineLevel: fc.constantFrom('full' as const, 'partial' as const, 'none' as const),
      hasFees: fc.boolean(),
      onlinePayment: fc.boolean(),
      departmentId: fc.constantFrom('VP', 'QLDT', 'QLMT'),
    },
    { requiredKeys: ['id', 'name', 'field', 'processingDays', 'onlineEligible', 'onlineLevel', 'hasFees', 'onlinePayment'] },
  );
