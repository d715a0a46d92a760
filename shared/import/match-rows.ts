/**
 * Fragments → table rows by label. Rows are expected in statutory order, but a row may be missing, shifted
 * into another column, wrapped over several lines or printed with a variant label, so each fragment's label
 * is looked up among the next few expected rows, and the numbers that follow it fill that row until the
 * next label comes.
 */
import type { CellToken } from './cell-text.ts';
import type { Fragment } from './fragments.ts';
import { labelCore, labelScore } from './labels.ts';

export type ValueToken = Exclude<CellToken, { kind: 'text' }>;

export interface RowSpec {
  id: string;
  /** The schema's label (or the old format's); compared by its core. */
  label: string;
  /** How many value cells the row has. */
  need: number;
  /** A group caption that has values only in an older format (2019's single （六）其他处理 row). */
  optional?: boolean;
}

export interface MatchedRow {
  values: ValueToken[];
  /** The printed text of the fragments the row came from. */
  source: string[];
  /**
   * Set when the row's labels and numbers were printed apart (a group's labels, then its lines of numbers)
   * and the lines did not match the labels one to one: the numbers were given in order, and may be shifted.
   */
  apartUnsure?: boolean;
  /** Index of the fragment whose label opened the row. */
  at?: number;
  /** Values put in the order a header row inside the table names (shared/import/arith/header-order.ts). */
  reordered?: boolean;
}

export interface MatchResult {
  rows: Map<string, MatchedRow>;
  /** Index (in the fragment list) of the last fragment that belonged to the table, -1 if none did. */
  last: number;
  /** Values that came with no row to put them in (a row under a wrong header, junk). */
  stray: { fragment: number; values: ValueToken[] }[];
}

/** How many rows ahead a label may be found: rows are skipped rarely and never by many. */
const WINDOW = 5;

function valuesAfterLabel(tokens: CellToken[]): ValueToken[] {
  let lastText = -1;
  tokens.forEach((t, i) => {
    if (t.kind === 'text') lastText = i;
  });
  return tokens.slice(lastText + 1) as ValueToken[];
}

/**
 * The value cells a fragment adds to a row that still needs `need`: empty cells count where the layout
 * gives cells (a blank in a Word table), but a spanned label column or a trailing tab is not a cell.
 */
export function takeValues(values: ValueToken[], need: number): ValueToken[] {
  if (values.length === need) return values;
  let a = 0;
  let b = values.length;
  while (a < b && values[a]!.kind === 'blank') a++;
  while (b > a && values[b - 1]!.kind === 'blank') b--;
  const trimmed = values.slice(a, b);
  if (trimmed.length === need) return trimmed;
  // Trailing blanks of a row whose label column was spanned: keep as many as the row still needs.
  if (trimmed.length < need && values.length > need && a === 0) return values.slice(0, need);
  return values.filter((v) => v.kind !== 'blank');
}

function bestMatch(
  fragment: Fragment,
  specs: readonly RowSpec[],
  from: number,
): { index: number; score: number } | null {
  const texts = fragment.tokens.filter((t): t is Extract<CellToken, { kind: 'text' }> => t.kind === 'text');
  if (!texts.length) return null;
  const candidates = texts.map((t) => labelCore(t.text));
  if (texts.length > 1) candidates.push(labelCore(texts.map((t) => t.text).join('')));
  let best: { index: number; score: number; at: number } | null = null;
  candidates.forEach((own, at) => {
    for (let j = from; j < Math.min(specs.length, from + WINDOW); j++) {
      const score = labelScore(own, labelCore(specs[j]!.label));
      // The row label stands right of its group caption: on a tie the later cell wins.
      if (score > 0 && (!best || score > best.score || (score === best.score && at > best.at && j >= best.index))) {
        best = { index: j, score, at };
      }
    }
  });
  return best;
}

/** A wrapped label's next line (「行政机关不再处理其政府信息公开」) continues the open row, even if a later row shares the words. */
function continuesLabel(fragment: Fragment, open: { spec: RowSpec; row: MatchedRow } | null): boolean {
  if (!open || open.row.values.length) return false;
  const core = labelCore(open.spec.label);
  return fragment.tokens.some((t) => {
    if (t.kind !== 'text') return false;
    const own = labelCore(t.text);
    return own.length >= 2 && core.includes(own) && !core.startsWith(own);
  });
}

type Open = { spec: RowSpec; row: MatchedRow };

export function matchRows(fragments: readonly Fragment[], specs: readonly RowSpec[], start = 0): MatchResult {
  const rows = new Map<string, MatchedRow>();
  const stray: MatchResult['stray'] = [];
  let next = 0;
  let open: Open | null = null;
  let last = -1;
  // Labels printed apart from their numbers (PDF text of a column layout): rows waiting for a line of numbers each.
  let waiting: Open[] = [];
  let run: Open[] = [];
  let distributing = false;
  let overflow = false;
  const endRun = () => {
    const unsure = overflow || waiting.length > 0 || (open !== null && distributing && !open.row.values.length);
    if (distributing && unsure) for (const r of [...run, ...waiting]) r.row.apartUnsure = true;
    waiting = [];
    run = [];
    distributing = false;
    overflow = false;
  };
  for (let k = start; k < fragments.length; k++) {
    const f = fragments[k]!;
    // Every row found and filled: what follows is prose under the table.
    if (next >= specs.length && open && open.row.values.length >= open.spec.need && !waiting.length) break;
    const m: { index: number; score: number } | null = continuesLabel(f, open) ? null : bestMatch(f, specs, next);
    const values = valuesAfterLabel(f.tokens);
    const inline = values.some((v) => v.kind !== 'blank');
    if (m) {
      const spec: RowSpec = specs[m.index]!;
      // A caption that got no numbers (the 2021 其他处理 group label) is not a row.
      if (open?.spec.optional && !open.row.values.length) rows.delete(open.spec.id);
      else if (open && !open.row.values.length && !inline && !distributing) {
        waiting.push(open);
        run.push(open);
      } else if (distributing || waiting.length) endRun();
      open = { spec, row: { values: [], source: [f.source], at: k } };
      rows.set(spec.id, open.row);
      next = m.index + 1;
      last = k;
    } else if (open && open.row.values.length < open.spec.need && f.tokens.some((t) => t.kind === 'text')) {
      open.row.source.push(f.source);
    }
    if (!values.length || (values.every((v) => v.kind === 'blank') && !m && !open)) continue;
    const target: Open | null = !m && waiting.length && !f.tokens.some((t) => t.kind === 'text') ? waiting.shift()! : open;
    if (target !== open) {
      if (!distributing && open) run.push(open);
      distributing = true;
    }
    if (target && target.row.values.length < target.spec.need) {
      const need = target.spec.need - target.row.values.length;
      const taken = takeValues(values, need);
      if (!taken.length) continue;
      if (!m) target.row.source.push(f.source);
      target.row.values.push(...taken.slice(0, need));
      if (taken.length > need) stray.push({ fragment: k, values: taken.slice(need) });
      last = k;
    } else if (values.some((v) => v.kind !== 'blank')) {
      if (distributing) overflow = true;
      stray.push({ fragment: k, values });
    }
  }
  endRun();
  if (open?.spec.optional && !open.row.values.length) rows.delete(open.spec.id);
  return { rows, last, stray };
}
