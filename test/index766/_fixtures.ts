import type { Dossier, DossierEvent } from '../../src/model/dossier';
import { parseDossier } from '../../src/model/dossier';

export const T = (s: string) => `${s}+07:00`;
const ev = (type: DossierEvent['type'], at: string): DossierEvent => ({ type, at: T(at) }) as DossierEvent;

export function dossier(id: string, receivedAt: string, events: DossierEvent[], extra: Partial<Dossier> = {}): Dossier {
  const parsed = parseDossier({ id, procedureId: 'P1', departmentId: 'SXD', channel: 'online', receivedAt: T(receivedAt), processingDays: 3, events, ...extra });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

/** The issue's six dossiers of August 2026 (due Thu 06/08 17:00 for those received Mon 03/08 09:00). */
export function sixDossiers(): Dossier[] {
  return [
    dossier('HS-early', '2026-08-03T09:00:00', [ev('processed', '2026-08-04T10:00:00')]),
    dossier('HS-ontime-1', '2026-08-03T09:00:00', [ev('processed', '2026-08-06T10:00:00')]),
    dossier('HS-ontime-2', '2026-08-03T09:00:00', [ev('processed', '2026-08-06T16:00:00')]),
    dossier('HS-late', '2026-08-03T09:00:00', [ev('processed', '2026-08-10T10:00:00')]),
    dossier('HS-pending-within', '2026-08-31T09:00:00', []),
    dossier('HS-pending-overdue', '2026-08-03T09:00:00', []),
  ];
}

export { ev };
