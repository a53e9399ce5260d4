/**
 * The flat CSV layout of dossiers exported from one-stop systems (documented in docs/cli.md):
 * one row per dossier, one column per field, events as dated columns.
 * @internal
 * @module
 */

/** @internal The recognised columns, in the documented order. */
export const DOSSIER_CSV_COLUMNS = [
  'id',
  'procedureId',
  'departmentId',
  'officialId',
  'channel',
  'onlineLevel',
  'receivedAt',
  'dueAt',
  'processingDays',
  'supplementRequestedAt',
  'supplementReceivedAt',
  'supplementRequestedAt2',
  'supplementReceivedAt2',
  'apologyAt',
  'apologyNewDueAt',
  'endKind',
  'endAt',
  'returnedAt',
] as const;

type Column = (typeof DOSSIER_CSV_COLUMNS)[number];

import { parseInstant } from '../_lib/instant';

const NUMERIC = /^-?\d+(\.\d+)?$/;

/**
 * @internal Turns one CSV row (header -> cell) into a dossier-shaped object for `parseDossier`.
 * Empty cells are absent fields; numbers are converted only when they look like numbers, so a bad
 * cell reaches validation as it was and the issue names the field and the value.
 */
export function csvRowToDossier(row: Readonly<Record<string, string>>): Record<string, unknown> {
  const cell = (c: Column): string | undefined => {
    const v = row[c];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };
  const out: Record<string, unknown> = {};
  for (const c of ['id', 'procedureId', 'departmentId', 'officialId', 'channel', 'onlineLevel', 'receivedAt', 'dueAt'] as const) {
    const v = cell(c);
    if (v !== undefined) out[c] = v;
  }
  const days = cell('processingDays');
  if (days !== undefined) out['processingDays'] = NUMERIC.test(days) ? Number(days) : days;
  const events: { type: string; at: string; newDueAt?: string }[] = [];
  const push = (type: string, at: string | undefined, extra?: { newDueAt?: string }) => {
    if (at !== undefined) events.push({ type, at, ...extra });
  };
  push('supplement-requested', cell('supplementRequestedAt'));
  push('supplement-received', cell('supplementReceivedAt'));
  push('supplement-requested', cell('supplementRequestedAt2'));
  push('supplement-received', cell('supplementReceivedAt2'));
  const newDue = cell('apologyNewDueAt');
  push('apology', cell('apologyAt'), newDue === undefined ? undefined : { newDueAt: newDue });
  const endKind = cell('endKind');
  const endAt = cell('endAt');
  if (endKind !== undefined || endAt !== undefined) events.push({ type: endKind ?? 'processed', at: endAt ?? '' });
  push('returned', cell('returnedAt'));
  if (events.length > 0) {
    // Events are listed by column; order them by time (stable), as the schema requires.
    const t = (at: string) => parseInstant(at);
    events.sort((a, b) => {
      const x = t(a.at);
      const y = t(b.at);
      return typeof x === 'number' && typeof y === 'number' ? x - y : 0;
    });
    out['events'] = events;
  }
  return out;
}
