import { describe, expect, it } from 'vitest';
import { csvRowToDossier } from '../../src/cli/csvDossier';
import { parseDossier } from '../../src/index';

describe('csvRowToDossier', () => {
  it('builds a valid dossier with its events in time order', () => {
    const d = csvRowToDossier({
      id: 'HS-1',
      procedureId: 'XD-01',
      departmentId: 'QHXD',
      channel: 'online',
      onlineLevel: 'partial',
      receivedAt: '2025-03-03T09:00:00+07:00',
      processingDays: '20',
      supplementRequestedAt: '2025-03-05T09:00:00+07:00',
      supplementReceivedAt: '2025-03-12T09:00:00+07:00',
      apologyAt: '2025-03-28T09:00:00+07:00',
      apologyNewDueAt: '2025-04-04T17:00:00+07:00',
      endKind: 'processed',
      endAt: '2025-04-02T10:00:00+07:00',
      returnedAt: '2025-04-03T10:00:00+07:00',
      dueAt: '',
    });
    const r = parseDossier(d);
    expect(r.ok).toBe(true);
    expect((d['events'] as { type: string }[]).map((e) => e.type)).toEqual([
      'supplement-requested',
      'supplement-received',
      'apology',
      'processed',
      'returned',
    ]);
    expect(d['processingDays']).toBe(20);
    expect('dueAt' in d).toBe(false);
  });

  it('passes a bad cell through unchanged so validation names it', () => {
    const d = csvRowToDossier({ id: 'HS-2', processingDays: 'mười' });
    expect(d['processingDays']).toBe('mười');
  });
});
