/**
 * Rotation of officials (luân chuyển, chuyển đổi vị trí công tác, plan II.5).
 * @module
 */
export { exampleRotationRule } from './rotationRules';
export type { RotationRule } from './rotationRules';
export { rotationSchedule } from './rotationSchedule';
export type { RotationAssignment, RotationEntry, RotationSchedule, RotationScheduleOptions, RotationStatus } from './rotationSchedule';
