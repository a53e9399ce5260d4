import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Ratio } from '../../src/metrics/ratio';
import type { Comparison, DeadlineMode } from '../../src/policy/index';
import { defaultPolicy, definePolicy, parameterAt, resolveParameter } from '../../src/policy/index';
import { expectCode } from './_helpers';

describe('parameterAt', () => {
  it('is typed by the parameter name', () => {
    expectTypeOf(parameterAt(defaultPolicy, 'officialLateShareCap', '2025-06-01')).toEqualTypeOf<Ratio>();
    expectTypeOf(parameterAt(defaultPolicy, 'departmentLateShareComparison', '2025-06-01')).toEqualTypeOf<Comparison>();
    expectTypeOf(parameterAt(defaultPolicy, 'deadlineMode', '2025-06-01')).toEqualTypeOf<DeadlineMode>();
    expectTypeOf(parameterAt(defaultPolicy, 'maxSupplementRequests', '2025-06-01')).toEqualTypeOf<number>();
  });

  it('reads the official cap of 10% through 2024 and 5% from 2025', () => {
    expect(parameterAt(defaultPolicy, 'officialLateShareCap', '2023-01-01')).toEqual({ numerator: 1, denominator: 10 });
    expect(parameterAt(defaultPolicy, 'officialLateShareCap', '2024-12-31')).toEqual({ numerator: 1, denominator: 10 });
    expect(parameterAt(defaultPolicy, 'officialLateShareCap', '2025-01-01')).toEqual({ numerator: 1, denominator: 20 });
    expect(parameterAt(defaultPolicy, 'officialLateShareCap', '2031-07-15')).toEqual({ numerator: 1, denominator: 20 });
  });

  it('refuses a date before the first value instead of guessing', () => {
    const e = expectCode(() => parameterAt(defaultPolicy, 'officialLateShareCap', '2022-12-31'), 'parameter_before_first_value');
    expect(e.message).toMatchInlineSnapshot(`"officialLateShareCap: no value in force on "2022-12-31"; the first value starts on "2023-01-01""`);
  });

  it('refuses a date in a gap after a value ends', () => {
    const policy = definePolicy({
      id: 'gap',
      parameters: {
        x: [
          { from: '2023-01-01', until: '2023-06-30', value: 1, basis: { document: 'A' } },
          { from: '2024-01-01', value: 2, basis: { document: 'B' } },
        ],
      },
    });
    expect(parameterAt(policy, 'x', '2023-06-30')).toBe(1);
    expectCode(() => parameterAt(policy, 'x', '2023-07-01'), 'parameter_gap');
    expect(parameterAt(policy, 'x', '2024-01-01')).toBe(2);
  });

  it('rejects unknown names and invalid dates', () => {
    expectCode(() => parameterAt(defaultPolicy, 'nope' as never, '2025-01-01'), 'unknown_parameter');
    expectCode(() => parameterAt(defaultPolicy, 'officialLateShareCap', '2025-1-1'), 'invalid_date');
    expectCode(() => parameterAt(defaultPolicy, 'officialLateShareCap', '2025-02-29'), 'invalid_date');
  });
});

describe('resolveParameter', () => {
  it('returns the value with its dated entry and basis', () => {
    const use = resolveParameter(defaultPolicy, 'officialLateShareCap', '2024-03-01');
    expect(use).toMatchObject({
      name: 'officialLateShareCap',
      value: { numerator: 1, denominator: 10 },
      from: '2023-01-01',
      until: '2024-12-31',
      at: '2024-03-01',
      basis: { document: 'Kế hoạch triển khai Kết luận 91-KL/TU', article: 'mục II.1' },
    });
  });

  it('gives the day before the next value as the end of an open entry, and none for the last', () => {
    expect(resolveParameter(defaultPolicy, 'maxSupplementRequests', '2024-01-01').until).toBe('2025-06-30');
    expect('until' in resolveParameter(defaultPolicy, 'maxSupplementRequests', '2025-07-01')).toBe(false);
    expect(resolveParameter(defaultPolicy, 'maxSupplementRequests', '2025-07-01').basis.document).toBe('Nghị định 118/2025/NĐ-CP');
  });
});
