import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar';
import { ReformRulesError } from '../../src/index';
import { formatReport, parsePeriod, resolutionReport } from '../../src/report/index';
import type { FormatReportOptions } from '../../src/report/index';
import { DOC_NAMES, DOC_RECORDS } from './_docExample';

const report = resolutionReport(DOC_RECORDS, { period: parsePeriod('2025-Q1'), calendar: createCalendar(), names: DOC_NAMES });
const html = (o: Partial<FormatReportOptions> = {}) => formatReport(report, { format: 'html', ...o });

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof ReformRulesError ? e.code : 'not a ReformRulesError';
  }
  return undefined;
}

describe('the HTML report: unit, dates, signatures', () => {
  it('writes the cut-off as a date people write, never the raw instant', () => {
    expect(html()).toContain('số liệu tính đến 14/03/2025.');
    expect(html({ locale: 'en' })).toContain('data as of 14/03/2025.');
    expect(html()).not.toContain('T23:59:59');
    const mid = resolutionReport(DOC_RECORDS, { period: parsePeriod('2025-Q1'), calendar: createCalendar(), asOf: '2025-02-01T08:00:00+07:00' });
    expect(formatReport(mid, { format: 'html' })).toContain('số liệu tính đến 01/02/2025.');
  });

  it('prints the unit, place, date and signers given, escaped, and invents none of them', () => {
    const page = html({ unitName: 'UBND <phường> X', place: 'Hà Nội', signedOn: '2025-03-05', signers: { preparer: 'Nguyễn Văn A', head: 'Trần Thị B' } });
    expect(page).toContain('<p class="unit">Đơn vị báo cáo: UBND &lt;phường&gt; X</p>');
    expect(page).toContain('Hà Nội, ngày 05 tháng 3 năm 2025');
    expect(page).toContain('<p class="role">NGƯỜI LẬP BIỂU</p><p class="hint">(Ký, ghi rõ họ tên)</p><p class="name">Nguyễn Văn A</p>');
    expect(page).toContain('<p class="role">THỦ TRƯỞNG ĐƠN VỊ</p><p class="hint">(Ký tên, đóng dấu)</p><p class="name">Trần Thị B</p>');
    expect(html({ signedOn: '2025-01-09', place: 'Huế' })).toContain('Huế, ngày 09 tháng 01 năm 2025');
    expect(html({ signedOn: '2025-12-25', place: 'Huế', locale: 'en' })).toContain('Huế, 25/12/2025');
    const blank = html();
    expect(blank).toContain('<p class="unit">Đơn vị báo cáo: <span class="blank"></span></p>');
    expect(blank).toContain(', ngày ..... tháng ..... năm ..........');
    expect(blank.match(/<p class="name"><span class="blank"><\/span><\/p>/g)).toHaveLength(2);
    expect(html({ signers: { head: 'Trần Thị B' } }).match(/<p class="name"><span class="blank"><\/span><\/p>/g)).toHaveLength(1);
  });

  it('refuses options that are not texts or dates with invalid_format_option, before any output', () => {
    for (const bad of [{ unitName: '' }, { unitName: 5 }, { place: '  ' }, { signedOn: '2025-02-30' }, { signedOn: '14/03/2025' }, { signers: 'A' }, { signers: null }, { signers: { head: 7 } }]) {
      expect(codeOf(() => html(bad as unknown as Partial<FormatReportOptions>))).toBe('invalid_format_option');
    }
    expect(codeOf(() => formatReport(report, { format: 'csv', signedOn: 'x' }))).toBe('invalid_format_option');
  });

  it('keeps only the table scrolling: a labelled container, print CSS for A4 landscape with repeated header rows', () => {
    const page = html();
    expect(page).toMatch(/<div class="table-wrap" role="region" tabindex="0" aria-label="[^"]+">\n<table>\n<thead>/);
    expect(page).toContain('.table-wrap{overflow-x:auto;max-width:100%}');
    expect(page).toContain('@page{size:A4 landscape;margin:10mm}');
    expect(page).toContain('thead{display:table-header-group}');
    expect(page).toContain('svg{font-size:12px;margin-top:16px;max-width:100%;height:auto}');
  });

  it('gives the chart a text alternative listing every value, and marks the total by outline and weight, not colour alone', () => {
    const page = html();
    expect(page).toContain('aria-labelledby="rr-chart-title rr-chart-desc"');
    expect(page).toContain('<desc id="rr-chart-desc">Phòng Quản lý đầu tư: 66,7% (2/3); Văn phòng (Bộ phận một cửa): 100,0% (2/2); Tổng cộng: 80,0% (4/5)</desc>');
    expect(page).toMatch(/<rect [^>]*fill="#1f4e79" stroke="#000" stroke-width="2" stroke-dasharray="5 3"\/>/);
  });

  it('escapes every option text (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), (s) => {
        const page = html({ unitName: s, place: s, signers: { preparer: s, head: s } });
        const body = page.slice(page.indexOf('<body>'));
        expect(body).not.toMatch(/<(?!\/?(body|html|p|h1|div|table|thead|tbody|tr|th|td|span|em|ul|li|figure|figcaption|svg|title|desc|text|rect)\b)/);
      }),
    );
  });
});
