/**
 * @internal The counts of one unit that the dossier-based indicators need, filled in one pass.
 * @module
 */
import type { DossierOutcome } from '../dossier/DossierEvaluation';
import type { Dossier } from '../model/dossier';

/** @internal The counts of one unit. */
export interface Tally766 {
  early: number;
  onTime: number;
  late: number;
  pendingWithin: number;
  pendingOverdue: number;
  /** Group-2 dossiers with a petition or a dislike (5.4). */
  complained: number;
  /** Received in the period. */
  received: number;
  synced: number;
  online: number;
  channelUnknown: number;
  digitisationRecorded: number;
  electronicResult: number;
  digitisedWithResult: number;
  digitised: number;
  reused: number;
  vneid: number;
  /** Received in the period with a financial obligation (fees > 0, or a payment channel). */
  feeDossiers: number;
  paidOnline: number;
  /** Procedures with online dossiers received in the period (3.2). */
  readonly onlineProcedures: Set<string>;
  /** Procedures with fee dossiers (3.pay C). */
  readonly feeProcedures: Set<string>;
  /** Procedures with a dossier paid online (3.pay B). */
  readonly paidProcedures: Set<string>;
}

/** @internal An empty tally. */
export function emptyTally766(): Tally766 {
  return {
    early: 0, onTime: 0, late: 0, pendingWithin: 0, pendingOverdue: 0, complained: 0,
    received: 0, synced: 0, online: 0, channelUnknown: 0,
    digitisationRecorded: 0, electronicResult: 0, digitisedWithResult: 0, digitised: 0, reused: 0, vneid: 0,
    feeDossiers: 0, paidOnline: 0,
    onlineProcedures: new Set(), feeProcedures: new Set(), paidProcedures: new Set(),
  };
}

/** @internal Adds a group-2 outcome. */
export function addOutcome(t: Tally766, outcome: DossierOutcome, complained: boolean): void {
  t[outcome] += 1;
  if (complained) t.complained += 1;
}

function hasObligation(d: Dossier): boolean {
  if (d.fees !== undefined && d.fees.length > 0) {
    for (const f of d.fees) if (f.amount > 0) return true;
    return false;
  }
  return d.paymentChannel !== undefined;
}

/** @internal Adds a dossier received in the period (1.4, 3.x, 4.x). */
export function addReceived(t: Tally766, d: Dossier, synced: boolean): void {
  t.received += 1;
  if (synced) t.synced += 1;
  if (d.channel === 'online') {
    t.online += 1;
    t.onlineProcedures.add(d.procedureId);
  } else if (d.channel === 'unknown') t.channelUnknown += 1;
  const g = d.digitisation;
  if (g !== undefined) {
    t.digitisationRecorded += 1;
    const digitised = g.digitisedComponents === true || (g.documentsDigitised ?? 0) > 0;
    if (g.electronicResult === true) t.electronicResult += 1;
    if (digitised && g.electronicResult === true) t.digitisedWithResult += 1;
    if (digitised) t.digitised += 1;
    if ((g.documentsReused ?? 0) > 0) t.reused += 1;
    if (g.vneidVerified === true) t.vneid += 1;
  }
  if (hasObligation(d)) {
    t.feeDossiers += 1;
    t.feeProcedures.add(d.procedureId);
    if (d.paymentChannel === 'online') {
      t.paidOnline += 1;
      t.paidProcedures.add(d.procedureId);
    }
  }
}
