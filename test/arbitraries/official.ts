import fc from 'fast-check';
import type { Official } from '../../src/model/index';

/** Arbitrary schema-valid officials. */
export const officialArb = (): fc.Arbitrary<Official> =>
  fc.record(
    {
      id: fc.stringMatching(/^cv\d{2,4}$/),
      name: fc.string({ minLength: 1, maxLength: 40 }),
      departmentId: fc.stringMatching(/^[A-Z]{2,4}$/),
      staffType: fc.constantFrom('civilServant' as const, 'publicEmployee' as const),
      position: fc.constantFrom('Chuyên viên', 'Trưởng phòng', 'Phó Trưởng phòng'),
    },
    { requiredKeys: ['id', 'name', 'departmentId'] },
  );
