/**
 * The exported files themselves, read back with poppler and LibreOffice: text and reading order,
 * embedded subset fonts, DOCX merges, LibreOffice page count, and reference images of the layout.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocModel, cellText } from '../../shared/export/model.ts';
import { withComputedTotals } from '../../shared/report/totals.ts';
import { ALL_CELLS, SECTIONS, SEC3_CORNER_NOTE, TABLES, sectionHeading, type TableId } from '../../shared/schema/index.ts';
import { sampleReport } from '../../test/fixtures/sample-report.ts';
import { compareWithReference } from '../../test/export/png-diff.ts';
import { libreOfficeToPdf, pagePng, pdfFonts, pdfPages, pdfText, tempDir, writeTemp } from '../../test/export/poppler.ts';
import { zipEntry } from '../../test/export/zip.ts';
import { renderExportWith } from './index.ts';

const report = sampleReport();
let dir: string;
let pdf: string;
let docx: Uint8Array;
let docxPath: string;

beforeAll(async () => {
  dir = tempDir();
  // Bundled fonts only: the reference images must not depend on what this computer has installed.
  pdf = writeTemp(dir, 'report.pdf', (await renderExportWith(report, 'pdf', { dirs: [] })).bytes);
  docx = (await renderExportWith(report, 'docx', { dirs: [] })).bytes;
  docxPath = writeTemp(dir, 'report.docx', docx);
}, 60_000);

/** Whitespace-separated tokens that are numbers, without the page numbers 「— n —」. */
function numbers(text: string): string[] {
  return text
    .replace(/—\s*\d+\s*—/g, ' ')
    .split(/\s+/)
    .filter((t) => /^\d+(\.\d+)?$/.test(t));
}

function expectedNumbers(table: TableId): string[] {
  const printed = { cells: withComputedTotals(report), confirmedZero: report.confirmedZero };
  return ALL_CELLS.filter((c) => c.table === table).map((c) => cellText(printed, c.address));
}

describe('PDF export', () => {
  it('has the title, the six headings in order and every table number in reading order', () => {
    const text = pdfText(pdf, { raw: true });
    expect(text).toContain('示例县白沙镇人民政府');
    expect(text).toContain('2025年政府信息公开工作年度报告');
    const headings = SECTIONS.map(sectionHeading);
    const at = headings.map((h) => text.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    (['sec2', 'sec3', 'sec4'] as const).forEach((table, i) => {
      const region = text.slice(at[i + 1], at[i + 2]);
      expect(numbers(region), TABLES[table].name).toEqual(expectedNumbers(table));
    });
  });

  it('embeds only subsets of its fonts', () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const f of fonts) {
      expect(f, f.name).toMatchObject({ embedded: true, subset: true });
      expect(f.name).toMatch(/^[A-Z]{6}\+/);
    }
  });

  it('looks like the reference pages (page 1 and table 三)', () => {
    const pages = pdfPages(pdf);
    const sec3Page = Array.from({ length: pages }, (_, i) => i + 1).find((p) =>
      pdfText(pdf, { page: p }).replace(/\s/g, '').includes(SEC3_CORNER_NOTE),
    );
    expect(sec3Page).toBeDefined();
    // Table 三 starts and ends on that page.
    const sec3Text = pdfText(pdf, { page: sec3Page! }).replace(/\s/g, '');
    expect(sec3Text).toContain('四、结转下年度继续办理');
    for (const [name, page] of [
      ['pdf-page1.png', 1],
      ['pdf-table3.png', sec3Page!],
    ] as const) {
      const diff = compareWithReference(name, pagePng(pdf, page));
      expect(diff.sizeMatches, name).toBe(true);
      expect(diff.ratio, name).toBeLessThan(0.003);
    }
  });
});

describe('DOCX export', () => {
  it('has the merges of the three tables, each table kept whole on its page (a table that runs on is cut into pieces, each with its own header rows: no tblHeader)', () => {
    const xml = zipEntry(docx, 'word/document.xml');
    const defs = Object.values(TABLES);
    const spans = defs.flatMap((t) => t.rows.flatMap((r) => r.cells.filter((c) => c.colSpan > 1))).length;
    const rowMerges = defs.flatMap((t) => t.rows.flatMap((r) => r.cells.flatMap((c) => (c.type === 'label' && c.rowSpan > 1 ? [c] : []))));
    const headerRows = buildDocModel(report).blocks.reduce((n, b) => n + (b.type === 'table' ? b.table.headerRows : 0), 0);
    // Every merged origin cell carries gridSpan; covered cells below a row merge are written as vMerge continue.
    expect(xml.match(/<w:gridSpan /g)?.length).toBeGreaterThanOrEqual(spans);
    expect(xml.match(/<w:vMerge w:val="restart"\/>/g)?.length).toBe(rowMerges.length);
    expect(xml.match(/<w:vMerge w:val="continue"\/>/g)?.length).toBe(rowMerges.reduce((n, c) => n + c.rowSpan - 1, 0));
    expect(xml.match(/<w:tbl>/g)?.length).toBe(3);
    expect(xml).not.toContain('<w:tblHeader/>');
    expect(headerRows).toBe(8);
    expect(xml).toContain('<w:textDirection w:val="tbRl"/>');
  });

  it('names the official fonts for Chinese text', () => {
    const styles = zipEntry(docx, 'word/styles.xml');
    for (const name of ['方正小标宋简体', '黑体', '楷体_GB2312', '仿宋_GB2312', '宋体']) {
      expect(styles, name).toContain(`w:eastAsia="${name}"`);
    }
  });

  it('opens in LibreOffice with the page count of our PDF (±1) and the same text', () => {
    const lo = libreOfficeToPdf(docxPath, dir);
    expect(Math.abs(pdfPages(lo) - pdfPages(pdf))).toBeLessThanOrEqual(1);
    const text = pdfText(lo, { raw: true });
    for (const h of SECTIONS.map(sectionHeading)) expect(text).toContain(h);
  }, 120_000);
});
