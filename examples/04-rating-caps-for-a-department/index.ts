/**
 * Example 04: rating caps and the emulation title of a department, with sentences a personnel
 * officer can paste into the rating record.
 *
 * Plan II.1: an official with more than 10% late dossiers (5% from 2025) cannot be rated "Hoàn
 * thành tốt nhiệm vụ" or above; a department with 5% or more late dossiers cannot be "Tập thể lao
 * động tiên tiến". Compared exactly, never with rounded percentages.
 */
import assert from 'node:assert/strict';
import { departmentTitleCap, emulationEligibility, formatExplanation, officialRatingCap } from 'reform-rules';

// 11 late of 100 in 2024: above 10%, capped at "Hoàn thành nhiệm vụ".
const cap2024 = officialRatingCap({ handled: 100, late: 11 }, { year: 2024 });
console.log(formatExplanation(cap2024.explanation, { locale: 'vi' }));
assert.equal(cap2024.capped, true);
assert.equal(cap2024.maxRating, 'completed');

// 10 of 100 is exactly 10%: "more than 10%" is not reached.
assert.equal(officialRatingCap({ handled: 100, late: 10 }, { year: 2024 }).capped, false);
// From 2025 the cap is 5%: 6 of 100 is capped.
assert.equal(officialRatingCap({ handled: 100, late: 6 }, { year: 2025 }).capped, true);

// The department: "5% or more" (gte), so 5 of 100 already loses the collective title.
const dept = departmentTitleCap({ handled: 100, late: 5 }, { year: 2025 });
console.log(formatExplanation(dept.explanation, { locale: 'vi' }));
assert.equal(dept.maxTitle, 'none');

// The whole chain for a department and its members.
const result = emulationEligibility(
  { name: 'Phòng Quản lý Quy hoạch và Xây dựng', handled: 400, late: 12 },
  [
    { id: 'cv12', handled: 150, late: 3, rating: 'good' },
    { id: 'cv13', handled: 120, late: 2, rating: 'good' },
    { id: 'cv14', handled: 110, late: 7, rating: 'good' }, // 6.4% > 5%: capped below "tốt"
    { id: 'cv15', handled: 20, late: 0, rating: 'excellent' },
  ],
  { year: 2025 },
);
console.log(formatExplanation(result.explanation, { locale: 'en' }));
assert.equal(result.members.find((m) => m.id === 'cv14')?.advancedWorker, false);
