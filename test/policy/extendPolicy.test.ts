import { describe, expect, it } from 'vitest';
import { defaultPolicy, extendPolicy, parameterAt } from '../../src/policy/index';
import { expectCode } from './_helpers';

const agencyBasis = { document: 'Quyết định 15/QĐ-KKT', article: 'Điều 2', issuer: 'Ban quản lý Khu kinh tế Vân Phong' };

describe('extendPolicy', () => {
  it('changes a value from a date on and keeps the earlier values before it', () => {
    const agency = extendPolicy(defaultPolicy, {
      officialLateShareCap: [{ from: '2026-01-01', value: { numerator: 3, denominator: 100 }, basis: agencyBasis }],
    });
    expect(parameterAt(agency, 'officialLateShareCap', '2024-06-01')).toEqual({ numerator: 1, denominator: 10 });
    expect(parameterAt(agency, 'officialLateShareCap', '2025-12-31')).toEqual({ numerator: 1, denominator: 20 });
    expect(parameterAt(agency, 'officialLateShareCap', '2026-01-01')).toEqual({ numerator: 3, denominator: 100 });
    expect(parameterAt(agency, 'departmentLateShareCap', '2026-01-01')).toEqual({ numerator: 1, denominator: 20 });
    expect(agency.id).toBe('kkt-van-phong-91-KL/TU+officialLateShareCap');
  });

  it('cuts a base value whose until reaches into the override and drops later base values', () => {
    const agency = extendPolicy(defaultPolicy, {
      officialLateShareCap: [{ from: '2024-07-01', value: { numerator: 8, denominator: 100 }, basis: agencyBasis }],
    });
    expect(agency.parameters.officialLateShareCap).toHaveLength(2);
    expect(agency.parameters.officialLateShareCap[0]?.until).toBe('2024-06-30');
    expect(parameterAt(agency, 'officialLateShareCap', '2030-01-01')).toEqual({ numerator: 8, denominator: 100 });
  });

  it('accepts several dated override values and an explicit id', () => {
    const agency = extendPolicy(
      defaultPolicy,
      {
        advancedCollectiveMemberShare: [
          { from: '2023-01-01', until: '2023-12-31', value: { numerator: 1, denominator: 2 }, basis: { document: 'Nghị định 91/2017/NĐ-CP' } },
          { from: '2024-01-01', value: { numerator: 70, denominator: 100 }, basis: { document: 'Luật Thi đua, khen thưởng 06/2022/QH15', article: 'Điều 28.1' } },
        ],
        advancedCollectiveMemberComparison: [{ from: '2023-01-01', until: '2023-12-31', value: 'gt', basis: { document: 'Nghị định 91/2017/NĐ-CP' } }, { from: '2024-01-01', value: 'gte', basis: { document: 'Luật Thi đua, khen thưởng 06/2022/QH15' } }],
      },
      { id: 'agency-2023' },
    );
    expect(agency.id).toBe('agency-2023');
    expect(parameterAt(agency, 'advancedCollectiveMemberComparison', '2023-05-01')).toBe('gt');
    expect(parameterAt(agency, 'advancedCollectiveMemberComparison', '2024-05-01')).toBe('gte');
  });

  it('leaves the base policy unchanged', () => {
    extendPolicy(defaultPolicy, { maxSupplementRequests: [{ from: '2026-01-01', value: 2, basis: agencyBasis }] });
    expect(parameterAt(defaultPolicy, 'maxSupplementRequests', '2026-06-01')).toBe(1);
  });

  it('rejects unknown parameters, unordered and mistyped overrides', () => {
    expectCode(() => extendPolicy(defaultPolicy, { nope: [] } as never), 'unknown_parameter');
    expectCode(
      () =>
        extendPolicy(defaultPolicy, {
          maxSupplementRequests: [
            { from: '2027-01-01', value: 2, basis: agencyBasis },
            { from: '2026-01-01', value: 3, basis: agencyBasis },
          ],
        }),
      'parameter_dates_unordered',
    );
    expectCode(() => extendPolicy(defaultPolicy, { officialLateShareCap: [{ from: '2026-01-01', value: 0.03 as never, basis: agencyBasis }] }), 'invalid_parameter_value');
    expectCode(() => extendPolicy(defaultPolicy, { officialLateShareCap: [{ from: '2026-01-01', value: { numerator: 3, denominator: 100 } }] } as never), 'invalid_basis');
  });
});
