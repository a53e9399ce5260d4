/**
 * Example 06: an agency writes its own policy.
 *
 * Every threshold is a dated parameter with its legal basis. An agency can tighten a value from a
 * date on (here 3% for officials from 2026) while every earlier decision stays reproducible.
 */
import assert from 'node:assert/strict';
import { defaultPolicy, extendPolicy, formatExplanation, officialRatingCap, parameterAt } from 'reform-rules';

const agency = extendPolicy(defaultPolicy, {
  officialLateShareCap: [
    {
      from: '2026-01-01',
      value: { numerator: 3, denominator: 100 },
      basis: { document: 'Quyết định 15/QĐ-KKT (illustrative)', article: 'Điều 2', issuer: 'Ban quản lý Khu kinh tế Vân Phong' },
    },
  ],
});

console.log('2025 cap:', parameterAt(agency, 'officialLateShareCap', '2025-06-01'));
console.log('2026 cap:', parameterAt(agency, 'officialLateShareCap', '2026-06-01'));

// 4 late of 100: fine in 2025 under the plan's 5%, capped in 2026 under the agency's 3%.
const y2025 = officialRatingCap({ handled: 100, late: 4 }, { year: 2025, policy: agency });
const y2026 = officialRatingCap({ handled: 100, late: 4 }, { year: 2026, policy: agency });
console.log(formatExplanation(y2026.explanation, { locale: 'vi' }));
assert.equal(y2025.capped, false);
assert.equal(y2026.capped, true);
