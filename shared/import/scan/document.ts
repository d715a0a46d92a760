/**
 * Read pages of a scan → the report, through the same assembly and importer as a PDF with a text layer,
 * then every number the arithmetic does not confirm, and every line the engine was unsure of, flagged
 * with the crop of the scanned cell beside it.
 */
import { getCell } from '../../report/cells.ts';
import { importDocument } from '../document.ts';
import { assemble, type Item } from '../pdf/index.ts';
import type { ImportFlag, ImportResult } from '../source.ts';
import { confirmByArithmetic } from './equations.ts';
import type { Gray } from './image.ts';
import { SURE, type ScanCell, type ScanPage } from './page.ts';

/** Below this a number no sum can confirm is shown to the clerk. */
const SURE_ALONE = 0.97;
/**
 * A number its row's and its column's sums both confirm is shown only when the engine all but guessed it
 * (a lone 0 in a narrow cell reads less surely than a word, yet the sums leave no room for another digit).
 */
const GUESS = 0.5;
/** Stand-ins put in the numeric cells to learn, by a second import, which scanned cell became which report cell. */
const MARK = 900000;

function items(pages: ScanPage[], text: (cell: ScanCell, k: number) => string): Item[] {
  const out: Item[] = [];
  let k = 0;
  pages.forEach((p, i) => {
    for (const line of p.lines) out.push({ kind: 'line', line, top: line.base - line.size });
    for (const t of p.tables) {
      const texts = t.cells.map((c) => text(c, k++));
      out.push({ kind: 'table', fragment: { grid: t.fragment.grid, texts }, page: i + 1, top: t.top });
    }
  });
  return out;
}

/** Report cell address → the scanned cell its number came from. */
function provenance(pages: ScanPage[], cells: ScanCell[]): Map<string, ScanCell> {
  const marked = importDocument({ format: 'pdf', blocks: assemble(items(pages, (c, k) => (c.numeric ? String(MARK + k) : c.text))) });
  const out = new Map<string, ScanCell>();
  for (const [address, cell] of Object.entries(marked.report.cells)) {
    const k = (cell.value ?? 0) - MARK;
    if (k >= 0 && k < cells.length) out.set(address, cells[k]!);
  }
  return out;
}

export function scanResult(pages: ScanPage[], encodeCrop: (g: Gray) => string): ImportResult {
  const result = importDocument({ format: 'pdf', blocks: assemble(items(pages, (c) => c.text)) });
  const cells = pages.flatMap((p) => p.tables.flatMap((t) => t.cells));
  const from = provenance(pages, cells);
  const { report } = result;
  const verdict = confirmByArithmetic((a) => (from.has(a) ? (getCell(report, a).value ?? null) : null));
  const flags: ImportFlag[] = [];
  for (const [address, cell] of from) {
    const shown = getCell(report, address).raw;
    const broken = verdict.broken.get(address);
    let reason = '';
    const confirmed = verdict.confirmed.has(address);
    if (cell.unread) reason = '扫描件中此格有字迹，但没有识别出来，请对照原件填写';
    else if (broken) reason = `扫描件识别为“${shown}”，与表格的合计关系不符（${broken.join('；')}），请对照原件核对`;
    else if (cell.confidence < (confirmed ? GUESS : SURE)) reason = `扫描件中此格识别为“${shown}”，字迹不够清楚，请对照原件核对`;
    else if (!confirmed && cell.confidence < SURE_ALONE) reason = `扫描件中此格识别为“${shown}”，没有合计关系可以验证，请对照原件核对`;
    if (!reason) continue;
    flags.push({ cell: address, reason, crop: encodeCrop(cell.crop) });
  }
  // The importer's own cell flags (a blank, an odd value) get the crop too.
  // A cell with ink the engine could not read is not the source's blank: its own message replaces the importer's.
  const own = result.flags
    .filter((f) => !(f.cell && from.get(f.cell)?.unread))
    .map((f) => (f.cell && from.has(f.cell) ? { ...f, crop: encodeCrop(from.get(f.cell)!.crop) } : f));
  const unsure = pages.flatMap((p) => p.unsure);
  const paragraphFlags: ImportFlag[] = [];
  const parts = [['preamble', report.preamble] as const, ...Object.entries(report.sections).map(([id, s]) => [id, s.paragraphs] as const)];
  for (const [section, paragraphs] of parts) {
    paragraphs.forEach((p, index) => {
      const doubtful = unsure.filter((u) => u.length >= 4 && p.text.includes(u));
      if (doubtful.length) {
        paragraphFlags.push({ paragraph: { section: section as never, index }, reason: `扫描件中这段文字有部分识别不够确定（如“${doubtful[0]}”），请对照原件核对`, source: doubtful.join('\n') });
      }
    });
  }
  const cellFlags = flags.filter((f) => !own.some((o) => o.cell === f.cell));
  report.meta.flags = [...(report.meta.flags ?? []), ...cellFlags.map((f) => ({ cell: f.cell!, reason: f.reason }))];
  return { ...result, format: 'scan', flags: [...own, ...cellFlags, ...paragraphFlags] };
}
