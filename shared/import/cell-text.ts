/**
 * One table cell's text → what it stands for. Published tables hold more than numbers: "/" and "-" for
 * nothing, notes in brackets ("22（其中修订16件）"), units, labels glued to their digits
 * ("行政规范性文件693665"). Each is recognised here; deciding what to do with it is the matcher's job.
 */
import type { CellKind } from '../schema/table.ts';
import { normalizeNumberText, parseCellText } from '../values/parse.ts';

export type CellToken =
  | { kind: 'text'; text: string }
  | { kind: 'blank'; raw: string }
  /** "/", "-", "—": printed in a value cell but not a number. */
  | { kind: 'placeholder'; raw: string }
  /** A plain number; `note` is an annotation printed with it ("其中修订16件"). */
  | { kind: 'number'; raw: string; digits: string; note?: string; glued?: boolean };

const PLACEHOLDER = /^(?:[/／\\]|[-－—–─]{1,2}|N\/A)$/i;
/** Units clerks print in value cells; stripping them is not a guess. */
const UNIT = /(?:件|个|项|次|条|宗|万元)$/;
const ANNOTATED = /^(\d+(?:\.\d+)?)\s*[（(]([^（()）]*)[)）]$/;
const PLACEHOLDER_HEADER = /^(?:数据|列|栏|字段|项目|column|col)\s*\d{1,2}$/i;
/** Label text with its digits glued on: 「行政规范性文件693665」. */
const GLUED_TAIL = /^(.*[\u4e00-\u9fff”）)])(\d+(?:\.\d+)?)$/;

/** Whether the text in a value position is a number, a placeholder, empty, or label text. */
export function classifyCell(raw: string, opts: { structured: boolean }): CellToken[] {
  const text = raw.replace(/[\u00a0\u3000]/g, ' ').trim();
  if (text === '') return [{ kind: 'blank', raw }];
  if (PLACEHOLDER.test(text) || (opts.structured && /^(?:无|空)$/.test(text))) return [{ kind: 'placeholder', raw: text }];
  const n = normalizeNumberText(text);
  if (/^\d+(?:\.\d+)?$/.test(n)) return [{ kind: 'number', raw: text, digits: n }];
  const unit = n.replace(UNIT, '');
  if (unit !== n && /^\d+(?:\.\d+)?$/.test(unit)) return [{ kind: 'number', raw: text, digits: unit }];
  const ann = ANNOTATED.exec(n);
  if (ann) return [{ kind: 'number', raw: text, digits: ann[1]!, note: ann[2]!.trim() }];
  // OCR's placeholder column headers (「数据1」…「数据6」) are headers, not a label with its number glued on.
  if (PLACEHOLDER_HEADER.test(n)) return [{ kind: 'text', text }];
  const glued = GLUED_TAIL.exec(n);
  if (glued && !/第$/.test(glued[1]!)) {
    return [
      { kind: 'text', text: glued[1]! },
      { kind: 'number', raw: glued[2]!, digits: glued[2]!, glued: true },
    ];
  }
  return [{ kind: 'text', text }];
}

/** The number a digits string stands for in a cell of `kind`, with the problem if it is not acceptable there. */
export function numberProblem(digits: string, kind: CellKind): string | undefined {
  const p = parseCellText(digits, kind);
  return p.state === 'invalid' ? p.problem : undefined;
}
