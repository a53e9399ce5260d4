/**
 * The HTML report in a real browser: Debian's chromium, driven headless by playwright-core. Skipped
 * when /usr/bin/chromium is absent, unless RR_REQUIRE_BROWSER=1 (CI), which makes its absence a failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/createCalendar';
import { demoCommand } from '../../src/cli/commands/demo';
import type { Output } from '../../src/cli/output';
import { formatReport, parsePeriod, resolutionReport } from '../../src/report/index';

const CHROMIUM = '/usr/bin/chromium';
const PDFTOTEXT = '/usr/bin/pdftotext';
const root = join(import.meta.dirname, '..', '..');
const available = existsSync(CHROMIUM);
const required = process.env['RR_REQUIRE_BROWSER'] === '1';
const REASON = `skipped: ${CHROMIUM} is absent (apt-get install -y chromium; RR_REQUIRE_BROWSER=1 makes this a failure)`;

/** A silent Output for the demo command. */
const quiet: Output = { line() {}, write() {}, progress() {}, flushTo() {},
  bytes() {} };

/** The demo's HTML report, written by the demo command itself into a temp folder. */
function demoHtml(dir: string): string {
  demoCommand({ data: join(root, 'examples', 'data', 'sample.json'), outDir: dir, locale: 'vi' }, quiet);
  return readFileSync(join(dir, 'report-2025-Q1.html'), 'utf8');
}

/** A report of 90 units: more rows than one printed page holds. */
function longHtml(): string {
  const records = Array.from({ length: 90 }, (_, i) => ({
    id: `HS-${i}`, procedureId: 'P1', departmentId: `D${String(i).padStart(2, '0')}`, channel: 'direct', receivedAt: '2025-01-06T09:00:00+07:00', processingDays: 3,
    events: [{ type: 'processed', at: '2025-01-08T10:00:00+07:00' }],
  }));
  const names = Object.fromEntries(records.map((r) => [r.departmentId, `Phòng ${r.departmentId}`]));
  return formatReport(resolutionReport(records, { period: parsePeriod('2025-Q1'), calendar: createCalendar(), names }), { format: 'html' });
}

let pdfs = 0;

/** The text of each page of a PDF (pdftotext, one call per page). */
function pdfPages(pdf: Buffer, dir: string): string[] {
  pdfs += 1;
  const file = join(dir, `print-${pdfs}.pdf`);
  writeFileSync(file, pdf);
  const info = spawnSync(PDFTOTEXT, ['-f', '1', '-l', '999', file, '-'], { encoding: 'utf8' });
  return info.stdout.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
}

/** The page count of a PDF, from its page tree (`/Type /Pages ... /Count n`). */
function pageCount(pdf: Buffer): number {
  const m = /\/Type\s*\/Pages[^>]*?\/Count\s+(\d+)/.exec(pdf.toString('latin1'));
  return Number(m?.[1] ?? Number.NaN);
}

/** The A4 landscape media box (in points, ±1) of every page. */
function mediaBoxes(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`);
}

describe.runIf(!available && required)('the browser tests (RR_REQUIRE_BROWSER=1)', () => {
  it(`need ${CHROMIUM}`, () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is absent but RR_REQUIRE_BROWSER=1`).toBe(true);
  });
});

describe.skipIf(!available)(`the HTML report in Chromium${available ? '' : ` (${REASON})`}`, () => {
  let dir: string;
  let context: BrowserContext;
  let page: Page;
  let html: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rr-browser-'));
    html = demoHtml(join(dir, 'out'));
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('at 390 px the page does not scroll sideways; only the table container does', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.setContent(html);
    // Evaluated in the page (a string: the project's TypeScript has no DOM types).
    const m = (await page.evaluate(`(() => {
      const wrap = document.querySelector('.table-wrap');
      return { page: document.documentElement.scrollWidth, wrapScroll: wrap.scrollWidth, wrapClient: wrap.clientWidth, overflow: getComputedStyle(wrap).overflowX };
    })()`)) as { page: number; wrapScroll: number; wrapClient: number; overflow: string };
    expect(m.page).toBeLessThanOrEqual(390);
    expect(m.wrapClient).toBeLessThanOrEqual(390);
    expect(m.wrapScroll).toBeGreaterThan(m.wrapClient);
    expect(m.overflow).toBe('auto');
  });

  it('prints the demo report on one A4 landscape page, the chart with its table, from the page CSS alone', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.setContent(html);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pageCount(pdf)).toBe(1);
    expect(mediaBoxes(pdf)).toEqual(['842x595']);
    if (existsSync(PDFTOTEXT)) {
      const pages = pdfPages(pdf, dir);
      expect(pages).toHaveLength(1);
      const first = pages[0] as string;
      for (const text of ['Số hồ sơ nhận giải quyết', 'Phòng Quản lý', 'Tổng cộng', 'Tỷ lệ giải quyết trước hạn và đúng hạn', '95,0%', 'NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG ĐƠN VỊ', 'số liệu tính đến 14/03/2025']) expect(first).toContain(text);
    } else {
      // No pdftotext: measure in print media against the printable height of A4 landscape (210 mm − 2 × 10 mm).
      await page.emulateMedia({ media: 'print' });
      const bottom = (await page.evaluate(`document.querySelector('figure').getBoundingClientRect().bottom`)) as number;
      expect(bottom).toBeLessThanOrEqual((190 / 25.4) * 96);
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('repeats the header rows on every printed page of a long report and prints every row', async () => {
    await page.setContent(longHtml());
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const n = pageCount(pdf);
    expect(n).toBeGreaterThan(1);
    expect(new Set(mediaBoxes(pdf))).toEqual(new Set(['842x595']));
    if (existsSync(PDFTOTEXT)) {
      const pages = pdfPages(pdf, dir);
      expect(pages).toHaveLength(n);
      // The table's pages come before the chart's caption (the chart repeats the unit names).
      const chartPage = pages.findIndex((p) => p.includes('Tỷ lệ giải quyết trước hạn và đúng hạn'));
      const tablePages = pages.slice(0, chartPage);
      expect(tablePages.length).toBeGreaterThan(1);
      for (const p of tablePages) expect(p).toContain('Số hồ sơ nhận giải quyết');
      const tableText = tablePages.join('\n') + (pages[chartPage]?.split('Tỷ lệ giải quyết trước hạn và đúng hạn')[0] ?? '');
      for (let i = 0; i < 90; i++) expect(tableText).toContain(`Phòng D${String(i).padStart(2, '0')}`);
      expect(tableText).toContain('Tổng cộng');
    }
  });

  it('writes the desktop screenshot of the demo report for the README (docs/images/report-html.png)', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.setContent(html);
    const png = await page.screenshot({ fullPage: true });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    mkdirSync(join(root, 'docs', 'images'), { recursive: true });
    writeFileSync(join(root, 'docs', 'images', 'report-html.png'), png);
    expect(existsSync(join(root, 'docs', 'images', 'report-html.png'))).toBe(true);
  });
});
