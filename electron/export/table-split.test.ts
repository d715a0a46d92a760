/**
 * Tables run on across a page, header repeated, when keeping them whole would leave a page more
 * than half empty; 表格不跨页 keeps today's layout. Measured in the PDF and in LibreOffice's
 * rendering of the DOCX (poppler's words).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE, TEXT_HEIGHT } from '../../shared/export/layout.ts';
import type { Report } from '../../shared/report/model.ts';
import { SEC3_CORNER_NOTE } from '../../shared/schema/index.ts';
import { sampleReport } from '../../test/fixtures/sample-report.ts';
import { libreOfficeToPdfs, pdfPages, pdfText, pdfWords, tempDir, writeTemp } from '../../test/export/poppler.ts';
import { renderExportWith } from './index.ts';

/** The sample report with a shorter 总体情况: table 三 then starts below table 二 with most of a page left. */
function report(tablesWhole: boolean | undefined): Report {
  const r = sampleReport();
  r.sections.overview.paragraphs = r.sections.overview.paragraphs.slice(0, 5);
  if (tablesWhole !== undefined) r.layout = { tablesWhole };
  return r;
}

const files: Record<'split' | 'whole', { pdf: string; lo: string }> = {} as never;

beforeAll(async () => {
  const dir = tempDir();
  const docx: string[] = [];
  const pdf: string[] = [];
  for (const [name, whole] of [
    ['split', undefined],
    ['whole', true],
  ] as const) {
    pdf.push(writeTemp(dir, `${name}.pdf`, (await renderExportWith(report(whole), 'pdf', { dirs: [] })).bytes));
    docx.push(writeTemp(dir, `${name}.docx`, (await renderExportWith(report(whole), 'docx', { dirs: [] })).bytes));
  }
  const lo = libreOfficeToPdfs(docx, tempDir());
  files.split = { pdf: pdf[0]!, lo: lo[0]! };
  files.whole = { pdf: pdf[1]!, lo: lo[1]! };
}, 300_000);

const pagesWith = (file: string, text: string) =>
  Array.from({ length: pdfPages(file) }, (_, i) => i + 1).filter((p) => pdfText(file, { page: p }).replace(/\s/g, '').includes(text));

/** How far down the text area the lowest line of each page but the last reaches (0…1). */
function filled(file: string): number[] {
  const words = pdfWords(file).filter((w) => w.yMax < PAGE.height - PAGE.margin.bottom + 2);
  const pages = pdfPages(file);
  return Array.from({ length: pages - 1 }, (_, i) => {
    const low = Math.max(...words.filter((w) => w.page === i + 1).map((w) => w.yMax));
    return (low - PAGE.margin.top) / TEXT_HEIGHT;
  });
}

describe('tables across pages', () => {
  it('start tables 二 and 三 where the PDF does in LibreOffice, the gap under their headings included', () => {
    const top = (file: string, text: string) => pdfWords(file).find((w) => w.text === text)!;
    for (const first of ['第二十条第（一）项', '申请人情况']) {
      const [pdf, lo] = [top(files.split.pdf, first), top(files.split.lo, first)];
      expect(lo.page, first).toBe(pdf.page);
      expect(Math.abs(lo.yMin - pdf.yMin), first).toBeLessThan(2);
    }
  });

  for (const kind of ['pdf', 'lo'] as const) {
    const name = kind === 'pdf' ? 'PDF' : 'DOCX in LibreOffice';

    it(`split table 三 with its header repeated rather than leave a page more than half empty (${name})`, () => {
      const file = files.split[kind];
      const corner = pagesWith(file, SEC3_CORNER_NOTE);
      expect(corner).toHaveLength(2);
      expect(corner[1]).toBe(corner[0]! + 1);
      expect(pagesWith(file, '二、主动公开政府信息情况')).toEqual([corner[0]]);
      expect(pagesWith(file, '四、结转下年度继续办理')).toEqual([corner[1]]);
      for (const f of filled(file)) expect(f).toBeGreaterThan(0.5);
    });

    it(`leave the same gap after table 二 as the PDF (${name})`, () => {
      // Measured from each renderer's own place of a heading's glyphs in its line (heading 二 tops its page).
      const words = pdfWords(files.split[kind]);
      const find = (t: string) => words.find((w) => w.text === t)!;
      const inLine = find('二、主动公开政府信息情况').yMin - PAGE.margin.top;
      const gap = find('三、收到和处理政府信息公开申请情况').yMin - find('36.8125').yMax - inLine;
      // TABLE_GAP.after (8 pt) and the cell's padding and border; LibreOffice made it a whole 28.9 pt grid line.
      expect(gap).toBeGreaterThan(6);
      expect(gap).toBeLessThan(11);
    });

    it(`print the label 「三、本年度办理结果」 on both pages its rows take, at the table's left edge (${name})`, () => {
      const file = files.split[kind];
      // One character a line (turned, in LibreOffice): 「办」 alone is a word only there.
      const label = pdfWords(file).filter((w) => w.text === '办' || w.text === '果');
      expect(label.map((w) => w.page)).toEqual(pagesWith(file, SEC3_CORNER_NOTE).flatMap((p) => [p, p]));
      for (const w of label) expect(w.xMin).toBeLessThan(PAGE.margin.left + 20);
    });

    it(`keep every table whole on one page when the report says 表格不跨页 (${name})`, () => {
      const file = files.whole[kind];
      const corner = pagesWith(file, SEC3_CORNER_NOTE);
      expect(corner).toHaveLength(1);
      expect(pagesWith(file, '四、结转下年度继续办理')).toEqual(corner);
      // The page before it is left more than half empty: what the choice accepts.
      expect(filled(file)[corner[0]! - 2]).toBeLessThan(0.5);
    });
  }
});
