import { describe, expect, it } from 'vitest';
import { parseDossier, parseDossiers } from '../../src/model/index';

const good = {
  id: 'HS-2025-0001',
  procedureId: 'DT-01',
  departmentId: 'DT',
  officialId: 'cv01',
  channel: 'online',
  onlineLevel: 'full',
  receivedAt: '2025-03-03T09:00:00+07:00',
  processingDays: 15,
  steps: [
    { officialId: 'cv01', departmentId: 'DT', startedAt: '2025-03-03T09:00:00+07:00', endedAt: '2025-03-05T10:00:00+07:00', allottedHours: 16 },
  ],
  events: [
    { type: 'supplement-requested', at: '2025-03-04T09:00:00+07:00' },
    { type: 'supplement-received', at: '2025-03-06T09:00:00+07:00' },
    { type: 'apology', at: '2025-03-20T09:00:00+07:00', newDueAt: '2025-03-28T17:00:00+07:00' },
    { type: 'processed', at: '2025-03-26T16:00:00+07:00' },
  ],
};

function codes(input: unknown): string[] {
  const r = parseDossier(input);
  return r.ok ? [] : r.issues.map((i) => i.code);
}

describe('parseDossier', () => {
  it('accepts a complete valid dossier unchanged', () => {
    const r = parseDossier(good);
    expect(r).toEqual({ ok: true, value: good });
  });

  it('rejects an instant without an offset and names the field and value', () => {
    const r = parseDossier({ ...good, receivedAt: '2025-03-03T09:00:00' }, { locale: 'en' });
    expect(r).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "missing_offset",
            "message": "receivedAt: the instant has no UTC offset (add '+07:00' for Vietnam time), received "2025-03-03T09:00:00"",
            "path": [
              "receivedAt",
            ],
            "received": "2025-03-03T09:00:00",
          },
        ],
        "ok": false,
      }
    `);
  });

  it('rejects impossible dates', () => {
    expect(codes({ ...good, receivedAt: '2025-02-30T09:00:00+07:00' })).toEqual(['invalid_instant']);
    expect(codes({ ...good, dueAt: '2025-13-01T09:00:00+07:00' })).toEqual(['invalid_instant']);
  });

  it('rejects an end before reception', () => {
    const r = parseDossier({ ...good, events: [{ type: 'processed', at: '2025-03-02T09:00:00+07:00' }] }, { locale: 'en' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]).toMatchObject({ code: 'before_reception', path: ['events', 0, 'at'], received: '2025-03-02T09:00:00+07:00' });
      expect(r.issues[0].message).toBe(
        'events[0].at: "2025-03-02T09:00:00+07:00" is before the reception "2025-03-03T09:00:00+07:00"',
      );
    }
  });

  it('rejects events out of order', () => {
    const events = [good.events[3], good.events[0]];
    expect(codes({ ...good, events })).toEqual(['events_out_of_order']);
  });

  it('rejects negative and fractional day counts', () => {
    expect(codes({ ...good, processingDays: -1 })).toEqual(['negative']);
    expect(codes({ ...good, processingDays: 1.5 })).toEqual(['not_integer']);
    expect(codes({ ...good, steps: [{ ...good.steps[0], allottedHours: -2 }] })).toEqual(['negative']);
  });

  it('rejects unknown enum values and unknown fields', () => {
    expect(codes({ ...good, channel: 'fax' })).toEqual(['invalid_enum']);
    expect(codes({ ...good, events: [{ type: 'lost', at: '2025-03-04T09:00:00+07:00' }] })).toEqual(['invalid_enum']);
    expect(codes({ ...good, recievedAt: good.receivedAt })).toEqual(['unknown_key']);
  });

  it('rejects an online level on a non-online channel', () => {
    expect(codes({ ...good, channel: 'direct' })).toEqual(['online_level_mismatch']);
  });

  it('rejects a step that ends before it starts', () => {
    const step = { ...good.steps[0], endedAt: '2025-03-03T08:00:00+07:00' };
    expect(codes({ ...good, steps: [step] })).toEqual(['step_ends_before_start']);
  });

  it('reports missing required fields as required', () => {
    expect(codes({ id: 'x' })).toEqual(['required', 'required', 'required', 'required']);
  });

  it('writes Vietnamese messages with the vi locale', () => {
    const r = parseDossier({ ...good, channel: 'fax' }, { locale: 'vi' });
    expect(r.ok ? '' : r.issues[0].message).toBe(
      'channel: cần một trong các giá trị "direct", "online", "postal", "unknown", nhận được "fax"',
    );
  });

  it('rejects a Date object where a string is required', () => {
    expect(codes({ ...good, receivedAt: new Date(0) })).toEqual(['invalid_type']);
  });
});

describe('parseDossiers', () => {
  it('keeps the valid records, reports each bad one with its index, and flags duplicate ids', () => {
    const r = parseDossiers([good, { ...good, id: 'HS-2' , channel: 'fax' }, good, { ...good, id: 'HS-3' }]);
    expect(r.ok).toBe(false);
    expect(r.value.map((d) => d.id)).toEqual(['HS-2025-0001', 'HS-3']);
    expect(r.rejected.map((x) => [x.index, x.issues.map((i) => i.code)])).toEqual([
      [1, ['invalid_enum']],
      [2, ['duplicate_id']],
    ]);
    expect(r.issues.map((i) => i.path)).toEqual([[1, 'channel'], [2, 'id']]);
  });

  it('treats a non-array as one rejected record', () => {
    const r = parseDossiers({ not: 'an array' });
    expect(r.rejected).toHaveLength(1);
    expect(r.issues[0]?.code).toBe('not_array');
  });
});
