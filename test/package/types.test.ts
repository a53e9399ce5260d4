/**
 * `CivilDate` and `Instant` at the type level (checked by `tsc --noEmit -p .`, which compiles this
 * file: every `@ts-expect-error` below must be an error, every other line must not), and their
 * checked constructors at run time.
 */
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  civilDate,
  createCalendar,
  DossierSchema,
  evaluateDossier,
  instant,
  isCivilDate,
  isInstant,
  parseDossier,
  ReformRulesError,
  type CivilDate,
  type Dossier,
  type Instant,
} from 'reform-rules';
import { serviceIndex766 } from 'reform-rules/index766';

const calendar = createCalendar();
declare const someString: string;

/** Compile-time only: never called (the `@ts-expect-error` lines would throw at run time). */
export function typeLevel(): void {
  // Literals of the right shape are accepted as written.
  const day: CivilDate = '2025-03-14';
  const at: Instant = '2025-03-03T09:00:00+07:00';
  const utc: Instant = '2025-03-03T02:00:00Z';
  calendar.isWorkingDay('2025-03-14');
  calendar.workingMinutesBetween('2025-03-03T09:00:00+07:00', at);
  // A bare string is not.
  // @ts-expect-error a string is not a CivilDate
  calendar.isWorkingDay(someString);
  // @ts-expect-error a string is not an Instant
  calendar.addWorkingTime(someString, 60);
  // @ts-expect-error a string is not a CivilDate
  const d2: CivilDate = someString;
  // @ts-expect-error a string is not an Instant
  const a2: Instant = someString;
  // The two are distinct: a date is not an instant, an instant is not a date.
  // @ts-expect-error a civil date is not an instant
  const a3: Instant = '2025-03-14';
  // @ts-expect-error an instant is not a civil date
  const d3: CivilDate = '2025-03-03T09:00:00+07:00';
  // @ts-expect-error not a date at all
  calendar.isWorkingDay('14/03/2025');
  // Both are strings for everything else.
  const asText: string = day;
  // Records built in code: a literal field is fine, a string field needs the parser or a guard.
  const dossier: Dossier = { id: 'HS-1', procedureId: 'P1', departmentId: 'DT', channel: 'direct', receivedAt: '2025-03-03T09:00:00+07:00' };
  // @ts-expect-error receivedAt must be an Instant
  const loose: Dossier = { id: 'HS-1', procedureId: 'P1', departmentId: 'DT', channel: 'direct', receivedAt: someString };
  void [utc, d2, a2, a3, d3, asText, dossier, loose];
}

describe('CivilDate and Instant types', () => {
  it('types every output: calendar dates and instants, parsed records, evaluations', () => {
    expectTypeOf(calendar.nextWorkingDay('2025-03-14')).toEqualTypeOf<CivilDate>();
    expectTypeOf(calendar.addWorkingTime('2025-03-14T16:00:00+07:00', 120)).toEqualTypeOf<Instant>();
    expectTypeOf(civilDate(JSON.parse('"2025-03-14"'))).toEqualTypeOf<CivilDate>();
    expectTypeOf(instant(JSON.parse('"2025-03-14T09:00:00Z"'))).toEqualTypeOf<Instant>();
    const parsed = parseDossier({ id: 'HS-1', procedureId: 'P1', departmentId: 'DT', channel: 'direct', receivedAt: '2025-03-03T09:00:00+07:00' });
    if (parsed.ok) expectTypeOf(parsed.value.receivedAt).toEqualTypeOf<Instant>();
    const viaZod = DossierSchema.parse({ id: 'HS-1', procedureId: 'P1', departmentId: 'DT', channel: 'direct', receivedAt: '2025-03-03T09:00:00+07:00' });
    expectTypeOf(viaZod.receivedAt).toEqualTypeOf<Instant>();
    expectTypeOf(viaZod.dueAt).toEqualTypeOf<Instant | undefined>();
    if (parsed.ok) {
      const r = evaluateDossier(parsed.value, { calendar, asOf: '2025-03-14' });
      if (r.ok) {
        expectTypeOf(r.value.dueAt).toEqualTypeOf<Instant>();
        expectTypeOf(r.value.receivedAt).toEqualTypeOf<Instant>();
      }
    }
    expect(typeof typeLevel).toBe('function');
  });

  it('keeps an Instant an instant: a civil-date asOf comes back as the end of that day', () => {
    const r = serviceIndex766({ dossiers: [] }, { period: '2026-08', calendar, asOf: '2026-08-15' });
    expectTypeOf(r.asOf).toEqualTypeOf<Instant>();
    expect(r.asOf).toBe('2026-08-15T23:59:59.999+07:00');
  });
});

describe('civilDate / isCivilDate', () => {
  it('accepts real days and returns them unchanged', () => {
    expect(civilDate('2024-02-29')).toBe('2024-02-29');
    expect(isCivilDate('2025-03-14')).toBe(true);
  });

  it('rejects impossible days, other shapes and non-strings with invalid_date naming the field', () => {
    for (const bad of ['2025-02-30', '2025-3-14', '14/03/2025', '2025-03-14T09:00:00+07:00', '', 20250314, null, undefined]) {
      expect(isCivilDate(bad)).toBe(false);
      let caught: unknown;
      try {
        civilDate(bad, 'row.date');
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(ReformRulesError);
      expect(caught).toMatchObject({ code: 'invalid_date', message: expect.stringContaining('row.date') });
    }
  });

  it('agrees with the calendar on every formatted day (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 73_000 }), (n) => {
        const text = new Date(Date.UTC(1900, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
        expect(isCivilDate(text)).toBe(true);
        expect(civilDate(text)).toBe(text);
      }),
    );
  });

  it('never throws anything but invalid_date on arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        if (isCivilDate(v)) expect(civilDate(v)).toBe(v);
        else expect(() => civilDate(v)).toThrow(expect.objectContaining({ code: 'invalid_date' }));
      }),
    );
  });
});

describe('instant / isInstant', () => {
  it('accepts instants with an offset, kept as written', () => {
    expect(instant('2025-03-03T02:00:00Z')).toBe('2025-03-03T02:00:00Z');
    expect(isInstant('2025-03-03T09:00+07:00')).toBe(true);
  });

  it('says missing_offset for a local time and invalid_instant for the rest', () => {
    expect(() => instant('2025-03-03T09:00:00', 'receivedAt')).toThrow(expect.objectContaining({ code: 'missing_offset' }));
    for (const bad of ['2025-03-03', '2025-02-30T09:00:00+07:00', '2025-03-03 09:00+07:00', 42, null]) {
      expect(isInstant(bad)).toBe(false);
      expect(() => instant(bad, 'receivedAt')).toThrow(expect.objectContaining({ code: 'invalid_instant', message: expect.stringContaining('receivedAt') }));
    }
  });

  it('agrees with isInstant on arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString())), (v) => {
        if (isInstant(v)) expect(instant(v)).toBe(v);
        else expect(() => instant(v)).toThrow(ReformRulesError);
      }),
    );
  });
});
