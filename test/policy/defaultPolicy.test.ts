import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, parameterAt } from '../../src/policy/index';
import type { PolicyParameterName } from '../../src/policy/index';

const names = Object.keys(defaultPolicy.parameters) as PolicyParameterName[];

describe('defaultPolicy', () => {
  it('starts every parameter on 2023-01-01 with a cited basis on every value', () => {
    for (const name of names) {
      const history = defaultPolicy.parameters[name];
      expect(history[0]?.from, name).toBe('2023-01-01');
      for (const entry of history) expect(entry.basis.document.length, name).toBeGreaterThan(0);
    }
  });

  it('carries the values of the plan and the laws', () => {
    const at = '2025-06-01';
    expect(parameterAt(defaultPolicy, 'officialLateShareComparison', at)).toBe('gt');
    expect(parameterAt(defaultPolicy, 'departmentLateShareCap', at)).toEqual({ numerator: 1, denominator: 20 });
    expect(parameterAt(defaultPolicy, 'departmentLateShareComparison', at)).toBe('gte');
    expect(parameterAt(defaultPolicy, 'deadlineMode', at)).toBe('endOfDay');
    expect(parameterAt(defaultPolicy, 'maxSupplementRequests', at)).toBe(1);
    expect(parameterAt(defaultPolicy, 'supplementPausesClock', at)).toBe(true);
    expect(parameterAt(defaultPolicy, 'afterHoursStartsNextWorkingStart', at)).toBe(true);
    expect(parameterAt(defaultPolicy, 'advancedCollectiveMemberShare', at)).toEqual({ numerator: 70, denominator: 100 });
    expect(parameterAt(defaultPolicy, 'excellentCollectiveMemberShare', at)).toEqual({ numerator: 70, denominator: 100 });
    expect(parameterAt(defaultPolicy, 'onlineCoverageTarget', at)).toEqual({ numerator: 1, denominator: 1 });
    expect(parameterAt(defaultPolicy, 'onlineMainChannelFrom', at)).toBe('2025-01-01');
    expect(parameterAt(defaultPolicy, 'onlineMainChannelShare', at)).toEqual({ numerator: 1, denominator: 2 });
    expect(parameterAt(defaultPolicy, 'onlineMainChannelComparison', at)).toBe('gt');
    expect(parameterAt(defaultPolicy, 'satisfactionTarget', at)).toEqual({ numerator: 1, denominator: 1 });
    expect(parameterAt(defaultPolicy, 'electronicDocumentsTarget', at)).toEqual({ numerator: 1, denominator: 1 });
    expect(parameterAt(defaultPolicy, 'petitionDeadlineWorkingDays', at)).toBe(15);
    expect(parameterAt(defaultPolicy, 'reportSubmissionWorkingDays', at)).toBe(2);
    expect(parameterAt(defaultPolicy, 'provincialIndexRankTarget', at)).toBe(25);
  });

  it('cites the plan section II.1 for both late-share caps', () => {
    for (const name of ['officialLateShareCap', 'departmentLateShareCap'] as const) {
      for (const entry of defaultPolicy.parameters[name]) expect(entry.basis.article).toBe('mục II.1');
    }
  });

  it('is listed parameter by parameter in docs/policies.md', () => {
    const doc = readFileSync(new URL('../../docs/policies.md', import.meta.url), 'utf8');
    for (const name of names) expect(doc, name).toContain(`\`${name}\``);
  });
});
