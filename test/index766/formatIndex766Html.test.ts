import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar';
import { formatIndex766, formatReconciliation766, reconcile766, serviceIndex766 } from '../../src/index766/index';
import { sixDossiers } from './_fixtures';

const calendar = createCalendar();

describe('formatIndex766 html', () => {
  const index = serviceIndex766({ dossiers: sixDossiers() }, { period: '2026-08', calendar });

  it('writes one page with a table per unit, numbers right-aligned, text escaped', () => {
    const html = formatIndex766(index, { format: 'html', locale: 'vi' });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@page{size:A4');
    expect(html).toContain('<h1>Bộ chỉ số phục vụ người dân, doanh nghiệp (QĐ 766)');
    expect((html.match(/<section>/g) ?? []).length).toBe(1 + index.units.length);
    const p = index.total.indicators.find((i) => i.code === '2.1');
    expect(html).toContain(`<td>2.1</td><td>${p?.label.vi}</td><td class="n">${p?.numerator}</td><td class="n">${p?.denominator}</td>`);
    // The total is null under the shipped scheme (group 3's score rule NOT FOUND): shown as "—".
    expect(index.total.total).toBeNull();
    expect(html).toContain('<th scope="row">Tổng điểm</th><td class="n">—</td>');
    expect(html).not.toMatch(/<script/i);
    expect(html.endsWith('</body></html>\n')).toBe(true);
  });

  it('has no html form of the reconciliation', () => {
    expect(() => formatReconciliation766(reconcile766(index, []), { format: 'html' })).toThrow(expect.objectContaining({ code: 'invalid_enum' }));
  });
});
