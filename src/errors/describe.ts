/**
 * Renders any received value for a message, defensively (circular objects, bigint, symbols,
 * functions and huge strings never throw and never flood a log).
 * @internal
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol' || typeof value === 'function') return String(value);
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (value instanceof Date) return `a Date object (${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString()})`;
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
