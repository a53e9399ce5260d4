/**
 * `reform-rules/xlsx`: the library's own Excel (.xlsx) writer and streaming reader, and the printed
 * workbook outputs built on it (reports as their official form, the plan scorecard, ratings,
 * rotation, CCHC scoring). Kept out of the core import path (it brings the fflate ZIP code).
 * @packageDocumentation
 */
export * from '../xlsx/index';
export * from '../outputs/index';
export { reportGrid } from '../report/index';
export type { ReportGrid, ReportGridColumn, ReportGridHeadCell, ReportGridOptions, ReportGridRow } from '../report/index';
