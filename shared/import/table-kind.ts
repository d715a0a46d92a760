/**
 * Which statutory table a source table is, by what it says (not where it stands: tables sit under a wrong
 * heading, or are cut in two by a page break), and where a table starts in plain text.
 */
import {
  SEC2_ITEMS,
  SEC3_APPLICANT_HEADER,
  SEC3_ROWS,
  SEC4_GROUPS,
  SEC4_LITIGATION,
  SEC4_REVIEW,
} from '../schema/index.ts';
import { lineCells } from './fragments.ts';
import { labelCore, labelScore } from './labels.ts';
import type { SourceBlock } from './source.ts';
import type { TableId } from './tables.ts';

const compact = (s: string) => s.replace(/[\s\u3000]+/g, '');
const SEC2_WORDS = ['第二十条', ...SEC2_ITEMS.flatMap((i) => i.rows.map((r) => r.label))];
const SEC3_WORDS = [SEC3_APPLICANT_HEADER, '勾稽关系', ...SEC3_ROWS.map((r) => labelCore(r.label)).filter((l) => l.length >= 4)];
const SEC4_WORDS = [SEC4_REVIEW, SEC4_LITIGATION, SEC4_GROUPS[1].name, SEC4_GROUPS[2].name];

function tableText(block: Extract<SourceBlock, { kind: 'table' }>): string {
  return compact(block.rows.flatMap((r) => r.map((c) => c.text)).join(''));
}

function score(text: string, words: readonly string[]): number {
  return words.filter((w) => text.includes(compact(w))).length;
}

/** Table blocks → the statutory table each is part of; a part with no words of its own joins the one before. */
export function classifyTable(blocks: readonly SourceBlock[]): Map<number, TableId> {
  const out = new Map<number, TableId>();
  let previous: TableId | undefined;
  blocks.forEach((b, i) => {
    if (b.kind !== 'table') return;
    const text = tableText(b);
    const scores: [TableId, number][] = [
      ['sec3', score(text, SEC3_WORDS)],
      ['sec2', score(text, SEC2_WORDS)],
      ['sec4', score(text, SEC4_WORDS) >= 2 ? 3 : 0],
    ];
    scores.sort((a, c) => c[1] - a[1]);
    const [id, best] = scores[0]!;
    const kind = best > 0 ? id : previous;
    if (kind) out.set(i, kind);
    if (best > 0) previous = id;
  });
  return out;
}

/** Index of the line where table `id` begins in plain text, -1 if it is not there. */
export function textAnchor(id: TableId, lines: readonly string[]): number {
  return lines.findIndex((line) => {
    const t = compact(line);
    if (!t) return false;
    if (id === 'sec2') {
      if (t.includes('第二十条') || t.startsWith('信息内容')) return true;
      const first = lineCells(line).find((c) => c.trim());
      return !!first && SEC2_ITEMS.some((i) => i.rows.some((r) => labelScore(labelCore(first), labelCore(r.label)) >= 2)) && /\d/.test(t);
    }
    if (id === 'sec3') {
      return t.includes('勾稽关系') || t.includes(SEC3_APPLICANT_HEADER) || t.includes(labelCore(SEC3_ROWS[0]!.label));
    }
    if (!t.includes(SEC4_REVIEW)) return false;
    // The table's heading cell alone, a row of cells, or (a page's text with every cell run together) the
    // whole table on one line: its header words, then the fifteen numbers.
    return t.length <= 12 || /[\t|]/.test(line) || (t.includes(SEC4_LITIGATION) && (t.length <= 30 || /总计\d{15,}$/.test(t)));
  });
}
