/**
 * Printed outputs: the official Excel workbooks of reports, the plan scorecard and the people-side
 * results, with the agency profile they are signed with. Part of `reform-rules/xlsx`.
 * @module
 */
export { parseAgencyProfile } from './AgencyProfile';
export type { AgencyProfile } from './AgencyProfile';
export type { WorkbookOptions } from './WorkbookOptions';
export { reportWorkbook } from './reportWorkbook';
export type { ReportWorkbookOptions, ReportWorkbookSheet } from './reportWorkbook';
export { scorecardWorkbook } from './scorecardWorkbook';
export { ratingWorkbook, rotationWorkbook, scoringWorkbook } from './peopleWorkbooks';
