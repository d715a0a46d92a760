/**
 * Numbers in the tables never break: a report whose every value cell holds an n-digit number
 * (n = 1…7, in every column of every table) prints each one as one word on one line, in the PDF
 * and in LibreOffice's rendering of the DOCX (poppler's word boxes). Past what the page can hold,
 * the export is refused with a message naming the table.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SIZE } from '../../shared/export/layout.ts';
import { FileError } from '../../shared/file/errors.ts';
import type { Report } from '../../shared/report/model.ts';
import { ALL_CELLS } from '../../shared/schema/index.ts';
import { cellFromNumber } from '../../shared/values/parse.ts';
import { sampleReport } from '../../test/fixtures/sample-report.ts';
import { libreOfficeToPdfs, pdfWords, tempDir, writeTemp } from '../../test/export/poppler.ts';
import { renderExportWith } from './index.ts';

const LENGTHS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Every value cell 8…8 (the widest digit), totals as typed. */
function reportOf(digits: number): Report {
  const r = sampleReport();
  r.autoTotals = { sec3: false, sec4: false };
  for (const c of ALL_CELLS) r.cells[c.address] = cellFromNumber(Number('8'.repeat(digits)));
  return r;
}

const pdf = new Map<number, string>();
const lo = new Map<number, string>();

beforeAll(async () => {
  const dir = tempDir();
  const docx: string[] = [];
  for (const n of LENGTHS) {
    pdf.set(n, writeTemp(dir, `digits-${n}.pdf`, (await renderExportWith(reportOf(n), 'pdf', { dirs: [] })).bytes));
    docx.push(writeTemp(dir, `digits-${n}.docx`, (await renderExportWith(reportOf(n), 'docx', { dirs: [] })).bytes));
  }
  libreOfficeToPdfs(docx, tempDir()).forEach((file, i) => lo.set(LENGTHS[i]!, file));
}, 300_000);

describe('table numbers', () => {
  for (const n of LENGTHS) {
    it(`print every ${n}-digit value of every column of every table on one line (PDF and DOCX in LibreOffice)`, () => {
      for (const [name, file] of [
        ['PDF', pdf.get(n)!],
        ['DOCX in LibreOffice', lo.get(n)!],
      ] as const) {
        // Table type is smaller than the 三号 prose (whose dates and counts hold 8s too).
        const numbers = pdfWords(file).filter((w) => /^8+$/.test(w.text) && w.yMax - w.yMin < SIZE.body * 1.2);
        // A number cut in two would show as two shorter words (and one more word in all).
        expect(numbers.map((w) => w.text.length), name).toEqual(ALL_CELLS.map(() => n));
      }
    });
  }

  it('leave no blank page in LibreOffice when table 三 fills its page (the paragraph after a table no longer spills over)', () => {
    for (const n of LENGTHS) {
      const words = pdfWords(lo.get(n)!).filter((w) => !/^[—\d\s]+$/.test(w.text));
      const pages = new Set(words.map((w) => w.page));
      expect(Math.max(...pages), `${n} digits`).toBe(pages.size);
    }
  });

  it('refuses, naming the table and the number, when no size or width prints them whole', async () => {
    const r = reportOf(1);
    for (const c of ALL_CELLS) if (c.table === 'sec4') r.cells[c.address] = cellFromNumber(88888888);
    const refused = renderExportWith(r, 'pdf', { dirs: [] });
    await expect(refused).rejects.toBeInstanceOf(FileError);
    await expect(refused).rejects.toThrow(/第四部分的表格.*88888888.*请核对/);
    await expect(renderExportWith(r, 'docx', { dirs: [] })).rejects.toThrow(/第四部分的表格/);
  });
});
