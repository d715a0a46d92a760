/**
 * A PDF's lines → paragraphs: page numbers and running headers/footers dropped, hard-wrapped lines
 * joined. A line carries on the paragraph above when the line above reaches the text block's right
 * edge and this one starts at its left edge (no first-line indent); anything else starts a new one.
 */
import type { Line } from './text.ts';
import { joinWrapped } from './text.ts';

export interface PageLine extends Line {
  page: number;
  pageHeight: number;
}

const PAGE_NUMBER = /^[-—–－―~_·.\s]*(第\s*)?\d{1,4}(\s*页)?(\s*[/／]\s*\d{1,4})?(\s*[，,]?\s*共\s*\d{1,4}\s*页)?[-—–－―~_·.\s]*$/;

function inMargin(l: PageLine, share: number): boolean {
  return l.base < l.pageHeight * share || l.base > l.pageHeight * (1 - share);
}

/** Page numbers (`-1-`, `— 2 —`, `第3页`) and lines repeated in the top or bottom margin of most pages. */
export function dropFurniture(lines: PageLine[], pages: number): PageLine[] {
  const key = (l: PageLine) => l.text.replace(/\d+/g, '#').replace(/\s+/g, '');
  const seen = new Map<string, Set<number>>();
  for (const l of lines) if (inMargin(l, 0.1)) (seen.get(key(l)) ?? seen.set(key(l), new Set()).get(key(l))!).add(l.page);
  const repeated = (l: PageLine) => pages >= 2 && (seen.get(key(l))?.size ?? 0) >= Math.max(2, Math.ceil(pages / 2));
  return lines.filter((l) => !(inMargin(l, 0.12) && PAGE_NUMBER.test(l.text)) && !(inMargin(l, 0.1) && repeated(l)));
}

/** How many of `values` round to each whole number. */
function roundedCounts(values: number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  return counts;
}

function mode(values: number[]): number {
  let best = values[0] ?? 0, n = 0;
  for (const [v, c] of roundedCounts(values)) {
    if (c > n) {
      best = v;
      n = c;
    }
  }
  return best;
}

/**
 * The text block's left edge: the leftmost edge that many lines share. Not simply the commonest: in a
 * report of short paragraphs (one or two lines each) the first lines, indented two characters, and the
 * headings indented as they are outnumber the lines that carry on at the margin, and a heading at the
 * top of a page then read as carrying on the paragraph at the foot of the one before.
 */
function leftEdge(values: number[]): number {
  const counts = roundedCounts(values);
  const most = Math.max(0, ...counts.values());
  const shared = [...counts].filter(([, n]) => n >= Math.max(2, 0.2 * most)).map(([v]) => v);
  return shared.length ? Math.min(...shared) : mode(values);
}

export interface Measure {
  left: number;
  right: number;
  size: number;
}

/** The body text block: its most common left edge, the right edge of full lines, the body font size. */
export function measure(lines: Line[]): Measure {
  const weighted = lines.flatMap((l) => Array(Math.min(50, l.text.length)).fill(l.size) as number[]);
  const size = mode(weighted) || 12;
  const body = lines.filter((l) => Math.abs(l.size - size) < 1);
  const left = leftEdge(body.map((l) => l.x0));
  const ends = body.map((l) => l.x1).sort((a, b) => a - b);
  const right = ends.length ? ends[Math.floor(ends.length * 0.9)]! : 0;
  return { left, right, size };
}

export interface Para {
  text: string;
  size: number;
  first: PageLine;
}

/** Whether `cur` carries on the paragraph whose last line is `prev`. */
export function carriesOn(prev: PageLine, cur: PageLine, m: Measure): boolean {
  if (Math.abs(prev.size - cur.size) >= 1) return false;
  const full = prev.x1 >= m.right - 1.2 * prev.size;
  const flush = cur.x0 <= m.left + 0.6 * cur.size;
  const near = cur.page !== prev.page || cur.base - prev.base < 2.2 * cur.size;
  return full && flush && near;
}

export function joinLines(lines: PageLine[], m: Measure, into: Para[]): void {
  let cur: Para | null = null;
  let last: PageLine | null = null;
  for (const l of lines) {
    if (cur && last && carriesOn(last, l, m)) cur.text = joinWrapped(cur.text, l.text);
    else into.push((cur = { text: l.text, size: l.size, first: l }));
    last = l;
  }
}
