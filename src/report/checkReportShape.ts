/**
 * The boundary check of the functions that print or lay out a report (formatReport, reportGrid, the
 * workbook): a value that is not a report of {@link resolutionReport} is one `invalid_type` naming the
 * field, never a `TypeError` from deep inside or a `NaN` in a cell.
 * @internal
 * @module
 */
import { isObjectArg, requireArrayArg, requireObjectArg } from '../errors/args';
import { raise } from '../errors/ReformRulesError';

const GROUP_BY: readonly string[] = ['department', 'field', 'procedure', 'official'];

/** Every number of a row is finite and at least 0, every nested value a number, text, null or such an object. */
function checkCells(value: unknown, field: string, depth: number): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) raise('invalid_type', { field, expected: 'a finite count at least 0', received: value });
    return;
  }
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean') return;
  if (!isObjectArg(value) || depth > 4) return raise('invalid_type', { field, expected: 'a count, a text or an object of counts', received: value });
  for (const k of Object.keys(value)) checkCells(value[k], `${field}.${k}`, depth + 1);
}

function checkRow(row: unknown, field: string): void {
  requireObjectArg(row, field, 'a report row { key, name, ... }');
  if (row['key'] !== null && typeof row['key'] !== 'string') raise('invalid_type', { field: `${field}.key`, expected: 'a text or null', received: row['key'] });
  if (typeof row['name'] !== 'string') raise('invalid_type', { field: `${field}.name`, expected: 'a text', received: row['name'] });
  checkCells(row, field, 0);
}

/** @internal Throws `invalid_type` (the field names the part) unless `report` has the shape of a report. */
export function checkReportShape(report: unknown, field = 'report'): void {
  requireObjectArg(report, field, 'a report from resolutionReport()');
  if (typeof report['form'] !== 'string') raise('invalid_type', { field: `${field}.form`, expected: 'a form id', received: report['form'] });
  if (!GROUP_BY.includes(report['groupBy'] as string)) raise('invalid_enum', { field: `${field}.groupBy`, expected: GROUP_BY.join(', '), received: report['groupBy'] });
  const period = report['period'];
  requireObjectArg(period, `${field}.period`, 'a reporting period');
  for (const k of ['from', 'to'] as const) if (typeof period[k] !== 'string') raise('invalid_type', { field: `${field}.period.${k}`, expected: 'a date', received: period[k] });
  const label = period['label'];
  requireObjectArg(label, `${field}.period.label`, 'a text { vi, en }');
  for (const k of ['vi', 'en'] as const) if (typeof label[k] !== 'string') raise('invalid_type', { field: `${field}.period.label.${k}`, expected: 'a text', received: label[k] });
  if (typeof report['asOf'] !== 'string') raise('invalid_type', { field: `${field}.asOf`, expected: 'an instant', received: report['asOf'] });
  const rows = report['rows'];
  requireArrayArg(rows, `${field}.rows`);
  for (let i = 0; i < rows.length; i++) checkRow(rows[i], `${field}.rows[${i}]`);
  checkRow(report['total'], `${field}.total`);
  const rejected = report['rejected'];
  requireArrayArg(rejected, `${field}.rejected`);
  // The totals (absent from a report written before the list was bounded: its list is every record).
  const count = report['rejectedCount'];
  if (count !== undefined && (typeof count !== 'number' || !Number.isSafeInteger(count) || count < rejected.length)) {
    raise('invalid_type', { field: `${field}.rejectedCount`, expected: `a whole number at least rejected.length (${rejected.length})`, received: count });
  }
  if (report['rejectedByCode'] !== undefined) checkCells(report['rejectedByCode'], `${field}.rejectedByCode`, 4);
  const inputs = report['inputs'];
  if (typeof inputs !== 'number' || !Number.isSafeInteger(inputs) || inputs < 0) raise('invalid_type', { field: `${field}.inputs`, expected: 'a whole number at least 0', received: inputs });
}
