/**
 * Progress items (`CapNhatTienDoHoSoMC`, «QuaTrinhXuLy») joined by `MaHoSo` into dossier steps.
 * @internal
 * @module
 */
import type { Instant, WorkCalendar } from '../calendar/WorkCalendar';
import type { Issue } from '../errors/Issue';
import { createIssue } from '../errors/Issue';
import type { Locale } from '../errors/messages/index';
import { parseInstant } from '../_lib/instant';
import type { RejectedRecord } from '../model/index';
import { codeText, portalTime } from './dvcqgCodes';
import type { Raw } from './dvcqgRecord';

/** @internal How the allotted working hours of a step are found. */
export interface StepTime {
  readonly stepHours: ((item: Readonly<Record<string, unknown>>) => number | undefined) | undefined;
  readonly calendar: WorkCalendar | undefined;
  readonly locale: Locale;
}

/** @internal The progress items of each dossier code, in input order, with their positions. */
export type ProgressIndex = Map<string, { item: Raw; index: number }[]>;

/** @internal The progress items by `MaHoSo`; an item without one is rejected at once. */
export function indexProgress(items: readonly unknown[], locale: Locale, rejected: RejectedRecord[]): ProgressIndex {
  const by: ProgressIndex = new Map();
  items.forEach((item, index) => {
    const code = item !== null && typeof item === 'object' ? codeText((item as Raw)['MaHoSo']) : undefined;
    if (code === undefined) {
      rejected.push({ index, input: item, issues: [createIssue('required', [index, 'MaHoSo'], { field: 'MaHoSo' }, locale)] });
      return;
    }
    const entry = by.get(code);
    if (entry === undefined) by.set(code, [{ item: item as Raw, index }]);
    else entry.push({ item: item as Raw, index });
  });
  return by;
}

function ms(at: string | undefined): number {
  const x = at === undefined ? undefined : parseInstant(at);
  return typeof x === 'number' ? x : Number.NaN;
}

/** The allotted working hours of an item: the caller's function, else the working time from its start to its due. */
function hoursOf(item: Raw, t: StepTime): number | undefined {
  if (t.stepHours !== undefined) return t.stepHours(item);
  const from = portalTime(item['NgayBatDau']);
  const due = portalTime(item['NgayKetThucTheoQuyDinh']);
  if (t.calendar === undefined || Number.isNaN(ms(from)) || Number.isNaN(ms(due)) || ms(due) < ms(from)) return undefined;
  return t.calendar.workingMinutesBetween(from as Instant, due as Instant) / 60;
}

/**
 * @internal The steps of one dossier from its progress items, ordered by `ThoiDiemXuLy`: a step
 * starts at its item's time and ends at the next item's; the last stays open. An item lacking what a
 * step needs is a rejected progress record (its time still closes the step before it).
 */
export function stepsOf(entries: readonly { item: Raw; index: number }[], t: StepTime, rejected: RejectedRecord[]): Record<string, unknown>[] {
  const sorted = [...entries].sort((a, b) => {
    const x = ms(portalTime(a.item['ThoiDiemXuLy']));
    const y = ms(portalTime(b.item['ThoiDiemXuLy']));
    return Number.isNaN(x) || Number.isNaN(y) ? 0 : x - y;
  });
  const steps: Record<string, unknown>[] = [];
  sorted.forEach(({ item, index }, i) => {
    const issues: Issue[] = [];
    const need = (field: string): void => void issues.push(createIssue('required', [index, field], { field }, t.locale));
    const officialId = codeText(item['NguoiXuLy']);
    const departmentId = codeText(item['PhongBanXuLy']);
    const startedAt = portalTime(item['ThoiDiemXuLy']) ?? portalTime(item['NgayBatDau']);
    if (officialId === undefined) need('NguoiXuLy');
    if (departmentId === undefined) need('PhongBanXuLy');
    if (startedAt === undefined) need('ThoiDiemXuLy');
    const hours = issues.length === 0 ? hoursOf(item, t) : undefined;
    if (issues.length === 0 && hours === undefined) {
      issues.push(createIssue('progress_no_allotted_time', [index], { field: 'NgayKetThucTheoQuyDinh', received: codeText(item['MaHoSo']) }, t.locale));
    }
    const [first, ...rest] = issues;
    if (first !== undefined) return void rejected.push({ index, input: item, issues: [first, ...rest] });
    const next = sorted[i + 1] === undefined ? undefined : portalTime(sorted[i + 1]?.item['ThoiDiemXuLy']);
    steps.push({ officialId, departmentId, startedAt, ...(next === undefined ? {} : { endedAt: next }), allottedHours: hours });
  });
  return steps;
}
