/**
 * `reform-rules/report`: reporting periods, report forms, the accumulator, formatters and sample data.
 * @module
 */

export * from './core';
export * from './calendar';

// Periodic reports: cut-off periods, Biểu 06, accumulators, formats
export {
  createReportAccumulator,
  formatReport,
  parsePeriod,
  reportAccumulatorFromJSON,
  reportingPeriod,
  resolutionReport,
  submissionDeadline,
} from '../report/index';
export type {
  AverageWorkingDays,
  // Output options of formatReport (CSV dialects, HTML signers): the outputs work (issue 15)
  CsvDialect,
  ReportSigners,
  ExcludedCounts,
  ExtraCounts,
  FormatReportOptions,
  ParsePeriodOptions,
  PendingCounts,
  PeriodConvention,
  PeriodKind,
  ReceivedCounts,
  RejectedDossier,
  ReportAccumulator,
  ReportAccumulatorState,
  ReportFormat,
  ReportGroupBy,
  ReportingPeriod,
  ReportingPeriodInput,
  ReportRow,
  ResolutionReport,
  ResolutionReportOptions,
  ResolvedCounts,
} from '../report/index';

// Sample data
export { generateSample } from '../sample/index';
export type { SampleData, SampleOptions } from '../sample/index';

// Report forms as data (issue 11 item 4): Biểu 06, the portal summary, custom forms
export { bieu06Form, portalSummaryForm, reportForms } from '../report/index';
export type {
  FormCell,
  FormCells,
  FormRow,
  NotAvailableColumn,
  PortalSummaryRow,
  ReportDossierFacts,
  ReportReception,
  ReportFactCondition,
  ReportForm,
  ReportFormColumn,
  ReportFormColumnBase,
  ReportFormGroup,
  ReportFormId,
  ReportFormIdentity,
  ReportFormSelector,
  ReportGroupClassifier,
  ReportRowBase,
  ReportRowOf,
} from '../report/index';
