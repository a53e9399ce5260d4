/**
 * Plan tasks: one lead per task, recurring occurrences, and their status.
 * @module
 */
export { validateTasks } from './validateTasks';
export { taskOccurrences } from './taskOccurrences';
export type { TaskOccurrence, TaskOccurrencesOptions } from './taskOccurrences';
export { evaluateTasks } from './evaluateTasks';
export type {
  DepartmentTaskSummary,
  EvaluateTasksOptions,
  OccurrenceEvaluation,
  TaskEvaluation,
  TaskEvaluations,
  TaskStatus,
  TaskSummary,
} from './evaluateTasks';
