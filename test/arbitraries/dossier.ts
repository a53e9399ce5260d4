import fc from 'fast-check';
import type { Instant } from '../../src/_lib/dateTypes';
import { daysFromCivil, formatCivilDate, pad } from '../../src/_lib/civilDate';
import { formatInstantVN, MS_PER_DAY, MS_PER_MINUTE } from '../../src/_lib/instant';
import type { Dossier, DossierEndKind, DossierEvent, DossierStep } from '../../src/model/dossier';
import type { Procedure } from '../../src/model/procedure';

/** The procedures the generated dossiers refer to (one with a 15:00 cut-off). */
export const arbitraryProcedures: readonly Procedure[] = [
  { id: 'P1', name: 'Cấp giấy chứng nhận đăng ký đầu tư', field: 'Đầu tư', processingDays: 15, onlineEligible: true, onlineLevel: 'full', hasFees: false, onlinePayment: false },
  { id: 'P2', name: 'Điều chỉnh giấy chứng nhận đăng ký đầu tư', field: 'Đầu tư', processingDays: 3, onlineEligible: true, onlineLevel: 'partial', hasFees: true, onlinePayment: true },
  { id: 'CT', name: 'Chứng thực bản sao từ bản chính', field: 'Chứng thực', processingDays: 0, cutoffTime: '15:00', onlineEligible: false, onlineLevel: 'none', hasFees: true, onlinePayment: false },
];

const FIRST_DAY = daysFromCivil(2025, 1, 1);
const LAST_DAY = daysFromCivil(2026, 10, 31);

/** The `asOf` under which every generated dossier can be evaluated (after all its events). */
export const ARB_AS_OF: Instant = '2026-12-14T17:00:00+07:00';

const OFFICIALS = ['CB-01', 'CB-02', 'CB-07', 'CB-09', 'CB-12'] as const;
const DEPARTMENTS = ['P-DT', 'P-QH', 'MC', 'LD'] as const;
const END_KINDS: readonly DossierEndKind[] = ['processed', 'returned', 'stopped', 'rejected', 'withdrawn'];

/** Writes an instant in UTC (`...Z`) instead of +07:00: same instant, other spelling. */
export function formatInstantUTC(ms: number): Instant {
  const day = Math.floor(ms / MS_PER_DAY);
  const rest = ms - day * MS_PER_DAY;
  const h = Math.floor(rest / 3_600_000);
  const m = Math.floor((rest - h * 3_600_000) / MS_PER_MINUTE);
  const s = Math.floor((rest - h * 3_600_000 - m * MS_PER_MINUTE) / 1000);
  return `${formatCivilDate(day)}T${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}Z`;
}

const gap = (max: number) => fc.integer({ min: 0, max });

/**
 * Arbitrary schema-valid dossiers received in 2025–2026 (Tết, make-up Saturdays and after-hours
 * receptions included), with 0–3 steps, 0–2 supplementation requests (the last possibly still
 * open), an optional apology and an optional end, every event before {@link ARB_AS_OF}.
 * A few instants are written in UTC to exercise the slow parsing path.
 */
export const dossierArb = (): fc.Arbitrary<Dossier> =>
  fc
    .record({
      id: fc.stringMatching(/^HS-[0-9]{1,6}$/),
      procedureId: fc.constantFrom('P1', 'P2', 'CT'),
      departmentId: fc.constantFrom(...DEPARTMENTS),
      officialId: fc.option(fc.constantFrom(...OFFICIALS), { nil: undefined }),
      channel: fc.constantFrom('direct', 'online', 'postal') as fc.Arbitrary<Dossier['channel']>,
      onlineLevel: fc.option(fc.constantFrom('full', 'partial') as fc.Arbitrary<'full' | 'partial'>, { nil: undefined }),
      receivedDay: fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
      receivedMinute: fc.integer({ min: 0, max: 1439 }),
      due: fc.oneof(
        fc.record({ kind: fc.constant('days' as const), days: fc.integer({ min: 0, max: 20 }) }),
        fc.record({ kind: fc.constant('recorded' as const), after: gap(30 * 1440) }),
        fc.record({ kind: fc.constant('procedure' as const) }),
      ),
      steps: fc.array(
        fc.record({
          officialId: fc.constantFrom(...OFFICIALS),
          departmentId: fc.constantFrom(...DEPARTMENTS),
          gap: gap(3000),
          duration: gap(6000),
          allottedHours: fc.integer({ min: 0, max: 40 }),
          open: fc.boolean(),
        }),
        { maxLength: 3 },
      ),
      requests: fc.integer({ min: 0, max: 2 }),
      supplementGaps: fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 4, maxLength: 4 }),
      lastAnswered: fc.boolean(),
      apology: fc.option(gap(3000), { nil: undefined }),
      end: fc.option(fc.record({ kind: fc.constantFrom(...END_KINDS), gap: gap(20000), returnedAfter: fc.option(gap(3000), { nil: undefined }) }), { nil: undefined }),
      utc: fc.boolean(),
    })
    .map((g): Dossier => {
      const write = (ms: number, i: number) => (g.utc && i % 2 === 0 ? formatInstantUTC(ms) : formatInstantVN(ms));
      const received = g.receivedDay * MS_PER_DAY + (g.receivedMinute - 420) * MS_PER_MINUTE;
      const d: {
        -readonly [K in keyof Dossier]: Dossier[K];
      } = {
        id: g.id,
        procedureId: g.procedureId,
        departmentId: g.departmentId,
        channel: g.channel,
        receivedAt: write(received, 0),
      };
      if (g.officialId !== undefined) d.officialId = g.officialId;
      if (g.channel === 'online' && g.onlineLevel !== undefined) d.onlineLevel = g.onlineLevel;
      if (g.due.kind === 'days') d.processingDays = g.due.days;
      if (g.due.kind === 'recorded') d.dueAt = write(received + g.due.after * MS_PER_MINUTE, 1);

      const steps: DossierStep[] = [];
      let s = received;
      g.steps.forEach((st, i) => {
        s += st.gap * MS_PER_MINUTE;
        const step: DossierStep = { officialId: st.officialId, departmentId: st.departmentId, startedAt: write(s, i), allottedHours: st.allottedHours };
        if (!(st.open && i === g.steps.length - 1)) {
          s += st.duration * MS_PER_MINUTE;
          step.endedAt = write(s, i + 1);
        }
        steps.push(step);
      });
      if (steps.length > 0) d.steps = steps;

      const events: DossierEvent[] = [];
      let t = received;
      for (let i = 0; i < g.requests; i++) {
        t += (g.supplementGaps[2 * i] as number) * MS_PER_MINUTE;
        events.push({ type: 'supplement-requested', at: write(t, i) });
        if (i < g.requests - 1 || g.lastAnswered) {
          t += (g.supplementGaps[2 * i + 1] as number) * MS_PER_MINUTE;
          events.push({ type: 'supplement-received', at: write(t, i + 1) });
        }
      }
      if (g.apology !== undefined) {
        t += g.apology * MS_PER_MINUTE;
        events.push({ type: 'apology', at: write(t, 0) });
      }
      if (g.end !== undefined) {
        t += g.end.gap * MS_PER_MINUTE;
        events.push({ type: g.end.kind, at: write(t, 1) });
        if (g.end.kind === 'processed' && g.end.returnedAfter !== undefined) {
          t += g.end.returnedAfter * MS_PER_MINUTE;
          events.push({ type: 'returned', at: write(t, 0) });
        }
      }
      if (events.length > 0) d.events = events;
      return d;
    });

/** Arbitrary lists of dossiers with distinct ids. */
export const dossiersArb = (maxLength = 30): fc.Arbitrary<Dossier[]> =>
  fc.uniqueArray(dossierArb(), { maxLength, selector: (d) => d.id });
