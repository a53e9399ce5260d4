/**
 * The national service index (Quyết định 766/QĐ-TTg) computed from dossiers, and its
 * reconciliation with the portal's reporting API.
 * @module
 */
export { index766Schemes } from './scheme';
export type { Group766, Group766Maxima, Index766Scheme, Indicator766Code, Indicator766Definition, ScoreRule766, WhenEmpty766 } from './scheme';
export { indicatorScore766 } from './indicatorScore766';
export type { IndicatorScore766Options, PaymentRatios766 } from './indicatorScore766';
export { serviceIndex766 } from './serviceIndex766';
export type {
  CertifiedCopies766,
  Feedback766,
  Group766Score,
  Index766Unit,
  Indicator766,
  Petition766,
  Procedure766,
  Progress766,
  Publication766,
  RejectedDossier766,
  ServiceIndex766,
  ServiceIndex766Input,
  ServiceIndex766Options,
} from './types';
export { readPortal766 } from './readPortal766';
export type { PortalMetric766, PortalReport766, ReadPortal766Options } from './readPortal766';
export { portalResponses766, reconcile766 } from './reconcile766';
export type { PortalResponses766, Reconciliation766, ReconciliationRow766, ReconciliationSide766 } from './reconcile766';
export { formatIndex766, formatReconciliation766 } from './formatIndex766';
export type { FormatIndex766Options } from './formatIndex766';
