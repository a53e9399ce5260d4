/**
 * Periodic reports: legal cut-off periods, report forms as data (Biểu 06/VPCP/KSTT, the portal summary),
 * streaming and mergeable accumulation, and output formats.
 * @module
 */
export { reportingPeriod } from './reportingPeriod';
export { parsePeriod } from './parsePeriod';
export type { ParsePeriodOptions } from './parsePeriod';
export { submissionDeadline } from './submissionDeadline';
export { resolutionReport } from './resolutionReport';
export { createReportAccumulator, reportAccumulatorFromJSON } from './createReportAccumulator';
export type { ReportAccumulator, ReportAccumulatorState } from './types/ReportAccumulator';
export { bieu06Form } from './forms/bieu06';
export { portalSummaryForm } from './forms/portalSummary';
export { reportForms } from './forms/reportForms';
export type { ReportFormId, ReportFormSelector } from './forms/reportForms';
export type {
  ReportDossierFacts,
  ReportReception,
  ReportFactCondition,
  ReportForm,
  ReportFormColumn,
  ReportFormColumnBase,
  ReportFormGroup,
  ReportFormIdentity,
  ReportGroupClassifier,
} from './forms/ReportForm';
export type { PeriodConvention, PeriodKind, ReportingPeriod, ReportingPeriodInput } from './types/ReportingPeriod';
export type {
  AverageWorkingDays,
  ExcludedCounts,
  ExtraCounts,
  FormCell,
  FormCells,
  FormRow,
  NotAvailableColumn,
  PendingCounts,
  PortalSummaryRow,
  ReceivedCounts,
  RejectedDossier,
  ReportGroupBy,
  ReportRow,
  ReportRowBase,
  ReportRowOf,
  ResolutionReport,
  ResolutionReportOptions,
  ResolvedCounts,
} from './types/ResolutionReport';
export { formatReport } from './formatReport';
export type { CsvDialect, FormatReportOptions, ReportFormat, ReportSigners } from './formatReport';
// The report laid out as its form prints (read by the workbook outputs of reform-rules/xlsx)
export { reportGrid } from './reportGrid';
export type { ReportGrid, ReportGridColumn, ReportGridHeadCell, ReportGridOptions, ReportGridRow } from './reportGrid';
