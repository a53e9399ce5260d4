import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../../src/_lib/dateTypes';
import { definePolicy, parameterAt } from '../../src/policy/index';
import { expectCode } from './_helpers';

const basis = { document: 'Quyết định 1/QĐ-TEST' };
const one = (from: CivilDate, value: unknown, extra: Record<string, unknown> = {}) => ({ from, value, basis, ...extra });
// Specs with deliberately wrong shapes are passed through this to reach the run-time checks.
const define = (parameters: Record<string, unknown>) => definePolicy({ id: 'test', parameters } as never);

describe('definePolicy', () => {
  it('returns a deeply frozen copy that later edits of the spec do not reach', () => {
    const spec = { id: 'p', parameters: { reportSubmissionWorkingDays: [one('2023-01-01', 2)] } };
    const policy = definePolicy(spec as never) as unknown as { parameters: Record<string, { value: unknown }[]> };
    (spec.parameters.reportSubmissionWorkingDays[0] as { value: unknown }).value = 9;
    expect(policy.parameters['reportSubmissionWorkingDays']?.[0]?.value).toBe(2);
    expect(Object.isFrozen(policy)).toBe(true);
    expect(Object.isFrozen(policy.parameters['reportSubmissionWorkingDays']?.[0])).toBe(true);
  });

  it('accepts parameters outside the default catalogue with any JSON value', () => {
    const policy = definePolicy({ id: 'x', parameters: { agencyBonusShare: [one('2024-01-01', { numerator: 1, denominator: 3 })] } });
    expect(parameterAt(policy, 'agencyBonusShare', '2024-02-01')).toEqual({ numerator: 1, denominator: 3 });
  });

  it('rejects a parameter without values, naming it', () => {
    const e = expectCode(() => define({ officialLateShareCap: [] }), 'empty_parameter');
    expect(e.message).toContain('officialLateShareCap');
  });

  it('rejects values not in increasing date order, naming the parameter', () => {
    const e = expectCode(
      () => define({ officialLateShareCap: [one('2025-01-01', { numerator: 1, denominator: 20 }), one('2024-01-01', { numerator: 1, denominator: 10 })] }),
      'parameter_dates_unordered',
    );
    expect(e.message).toMatchInlineSnapshot(
      `"officialLateShareCap[1].from: "2024-01-01" is not after the previous value's start "2025-01-01"; values must be in increasing date order"`,
    );
  });

  it('rejects two values starting on the same day', () => {
    expectCode(() => define({ maxSupplementRequests: [one('2024-01-01', 1), one('2024-01-01', 2)] }), 'parameter_dates_unordered');
  });

  it('rejects overlapping values, naming the parameter', () => {
    const e = expectCode(
      () => define({ maxSupplementRequests: [one('2023-01-01', 1, { until: '2025-01-01' }), one('2025-01-01', 2)] }),
      'parameter_dates_overlap',
    );
    expect(e.message).toMatchInlineSnapshot(
      `"maxSupplementRequests[0].until: the value runs until "2025-01-01", overlapping the next value from "2025-01-01""`,
    );
  });

  it('rejects a value that ends before it starts', () => {
    expectCode(() => define({ maxSupplementRequests: [one('2024-01-01', 1, { until: '2023-12-31' })] }), 'parameter_until_before_from');
  });

  it('rejects impossible dates', () => {
    expectCode(() => define({ maxSupplementRequests: [one('2025-02-30', 1)] }), 'invalid_date');
    expectCode(() => define({ maxSupplementRequests: [one('2025-01-01', 1, { until: '20250101' })] }), 'invalid_date');
  });

  it('rejects values of the wrong type for the default catalogue', () => {
    expectCode(() => define({ officialLateShareCap: [one('2023-01-01', 0.1)] }), 'invalid_parameter_value');
    expectCode(() => define({ officialLateShareCap: [one('2023-01-01', { numerator: 1, denominator: 0 })] }), 'invalid_parameter_value');
    expectCode(() => define({ officialLateShareComparison: [one('2023-01-01', '>')] }), 'invalid_parameter_value');
    expectCode(() => define({ maxSupplementRequests: [one('2023-01-01', -1)] }), 'invalid_parameter_value');
    expectCode(() => define({ supplementPausesClock: [one('2023-01-01', 'yes')] }), 'invalid_parameter_value');
    expectCode(() => define({ onlineMainChannelFrom: [one('2023-01-01', '2025-13-01')] }), 'invalid_parameter_value');
    expectCode(() => define({ custom: [one('2023-01-01', Number.NaN)] }), 'invalid_parameter_value');
  });

  it('rejects a value without a legal basis', () => {
    expectCode(() => define({ maxSupplementRequests: [{ from: '2023-01-01', value: 1 }] }), 'invalid_basis');
    expectCode(() => define({ maxSupplementRequests: [{ from: '2023-01-01', value: 1, basis: { document: ' ' } }] }), 'invalid_basis');
  });

  it('rejects unknown keys in a dated value', () => {
    expectCode(() => define({ maxSupplementRequests: [{ from: '2023-01-01', value: 1, basis, untill: '2024-01-01' }] }), 'unknown_key');
  });

  it('rejects a spec without id or parameters', () => {
    expectCode(() => definePolicy({ id: '', parameters: {} }), 'empty_string');
    expectCode(() => definePolicy({ id: 'x', parameters: null } as never), 'invalid_type');
  });
});
