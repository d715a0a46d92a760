/**
 * The Word document keeps its layout in LibreOffice wherever the page break falls (issue #21): the
 * sample report with section 一 lengthened so that the page end walks through every row of tables
 * 三 and 四, and reports with 0 to 6 paragraphs a section, each exported as DOCX and as PDF. The
 * DOCX drawn by `libreoffice --headless` has our PDF's pages, each with the same rows of the
 * tables, no word printed over another, and every table number whole.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPlan, renderExportWith } from '../../electron/export/index.ts';
import type { TablePlan } from '../../shared/export/pagination.ts';
import { BORDER } from '../../shared/export/table-fit.ts';
import { WALK, lengthenedReport, paragraphsReport, type WalkCase } from '../fixtures/page-walk.ts';
import { libreOfficeToPdfs, tempDir, writeTemp } from '../../test/export/poppler.ts';
import { expectSameLayout } from './page-words.ts';

const cases: WalkCase[] = [...WALK.map(lengthenedReport), ...[0, 1, 2, 3, 4, 5, 6].map(paragraphsReport)];
/** LibreOffice starts once for this many files (a start costs seconds). */
const BATCH = 13;

interface Done {
  plans: (TablePlan | null)[];
  numbers: string[];
  pdf: string;
  lo: string;
}
const done = new Map<string, Done>();

beforeAll(async () => {
  const dir = tempDir();
  const docx: string[] = [];
  for (const c of cases) {
    const { model, plans } = await exportPlan(c.report, { dirs: [] });
    const numbers = model.blocks.flatMap((b) => (b.type === 'table' ? b.table.rows.flat().filter((x) => x.isValue && x.text).map((x) => x.text) : []));
    const pdf = writeTemp(dir, `${c.name}.pdf`, (await renderExportWith(c.report, 'pdf', { dirs: [] })).bytes);
    docx.push(writeTemp(dir, `${c.name}.docx`, (await renderExportWith(c.report, 'docx', { dirs: [] })).bytes));
    done.set(c.name, { plans, numbers, pdf, lo: '' });
  }
  console.log(`docx-layout: ${docx.length} DOCX files planned for LibreOffice, in ${Math.ceil(docx.length / BATCH)} starts`);
  const lo: string[] = [];
  for (let i = 0; i < docx.length; i += BATCH) lo.push(...libreOfficeToPdfs(docx.slice(i, i + BATCH), dir));
  cases.forEach((c, i) => (done.get(c.name)!.lo = lo[i]!));
  console.log(`docx-layout: ${lo.length} converted`);
}, 900_000);

/** The row of a table that the end of the page it starts on falls in (−1: the table fits there). */
function pageEndRow(plan: TablePlan): number {
  let y = BORDER;
  for (let r = 0; r < plan.metrics.rowHeights.length; r++) {
    y += plan.metrics.rowHeights[r]! + BORDER;
    if (y > plan.room) return r;
  }
  return -1;
}

describe('the DOCX in LibreOffice, wherever the page break falls', () => {
  it('the lengthened reports put the page end in every row of tables 三 and 四, header rows included', () => {
    const hit = { sec3: new Set<number>(), sec4: new Set<number>() };
    for (const l of WALK) {
      for (const p of done.get(lengthenedReport(l).name)!.plans) {
        const id = p?.pieces[0]!.table.id;
        if (id === 'sec3' || id === 'sec4') hit[id].add(pageEndRow(p!));
      }
    }
    expect([...hit.sec3].sort((a, b) => a - b)).toEqual(Array.from({ length: 29 }, (_, i) => i - 1));
    expect([...hit.sec4].sort((a, b) => a - b)).toEqual([-1, 0, 1, 2, 3]);
  });

  it('a page end in the header rows or the first row under them moves the table whole to the next page: header rows never part from each other or from that row', () => {
    let moved = 0;
    for (const c of cases) {
      for (const p of done.get(c.name)!.plans) {
        if (!p) continue;
        const r = pageEndRow(p);
        const headerRows = p.pieces[0]!.table.headerRows;
        if (r >= 0 && r <= headerRows) {
          expect(p.newPage, `${c.name} ${p.pieces[0]!.table.id}`).toBe(true);
          moved++;
        }
        for (const piece of p.pieces) expect(piece.to, `${c.name} ${piece.table.id}`).toBeGreaterThan(piece.from);
      }
    }
    expect(moved).toBeGreaterThan(0);
  });

  for (const c of cases) {
    it(`${c.name}: the same pages as our PDF, each with the same table rows, nothing drawn over anything, every table number whole`, () => {
      expectSameLayout(done.get(c.name)!);
    });
  }
});
