/**
 * Periodic reports: legal cut-off periods, the standard results table (Biểu 06/VPCP/KSTT),
 * streaming and mergeable accumulation, and output formats.
 * @module
 */
export { reportingPeriod } from './reportingPeriod';
export { parsePeriod } from './parsePeriod';
export type { ParsePeriodOptions } from './parsePeriod';
export { submissionDeadline } from './submissionDeadline';
export { resolutionReport } from './resolutionReport';
export { createReportAccumulator, reportAccumulatorFromJSON } from './createReportAccumulator';
export type { ReportAccumulator, ReportAccumulatorState } from './createReportAccumulator';
export type { PeriodConvention, PeriodKind, ReportingPeriod, ReportingPeriodInput } from './types/ReportingPeriod';
export type {
  AverageWorkingDays,
  ExcludedCounts,
  ExtraCounts,
  PendingCounts,
  ReceivedCounts,
  RejectedDossier,
  ReportGroupBy,
  ReportRow,
  ResolutionReport,
  ResolutionReportOptions,
  ResolvedCounts,
} from './types/ResolutionReport';
export { formatReport } from './formatReport';
export type { FormatReportOptions, ReportFormat } from './formatReport';
