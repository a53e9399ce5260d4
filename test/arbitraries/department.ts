import fc from 'fast-check';
import type { Department } from '../../src/model/index';

/** Arbitrary schema-valid departments. */
export const departmentArb = (): fc.Arbitrary<Department> =>
  fc.record(
    {
      id: fc.stringMatching(/^[A-Z]{2,4}$/),
      name: fc.string({ minLength: 1, maxLength: 40 }),
      parentId: fc.stringMatching(/^[A-Z]{2,4}$/),
    },
    { requiredKeys: ['id', 'name'] },
  );
