/**
 * Ratings of officials and emulation titles of departments, capped by late dossiers.
 * @module
 */
export { ratingLevels, ratingLabels, capRating } from './RatingLevel';
export type { RatingLevel } from './RatingLevel';
export { collectiveTitles, collectiveTitleLabels } from './CollectiveTitle';
export type { CollectiveTitle } from './CollectiveTitle';
export { officialRatingCap } from './officialRatingCap';
export type { LateCounts, OfficialRatingCap, RatingOptions } from './officialRatingCap';
export { departmentTitleCap } from './departmentTitleCap';
export type { DepartmentTitleCap } from './departmentTitleCap';
export { emulationEligibility } from './emulationEligibility';
export type {
  EmulationCondition,
  EmulationConditionId,
  EmulationDepartment,
  EmulationEligibility,
  EmulationMember,
  MemberEligibility,
} from './emulationEligibility';
