/**
 * A ledger's columns by their names. Offices name them in many ways (收到日期/受理日期/申请日期 …); each
 * field has its names, and a header cell is read after its notes are dropped (「收到日期（年-月-日）」,
 * 「*申请人类型」). The header row is found wherever it is: titles, dates and notes above it, a header of
 * two rows under a merged group heading.
 */
import { isBlankRow, valueText, type LedgerSheet } from './book.ts';

/** The columns of an application ledger the counting reads (number, applicant and content are shown, not counted). */
export const APPLICATION_FIELDS = ['number', 'received', 'applicantType', 'result', 'reason', 'closed', 'applicant', 'content'] as const;
/** The columns of a 行政复议/行政诉讼 sheet. */
export const CASE_FIELDS = ['number', 'received', 'caseType', 'route', 'outcome', 'closed'] as const;

export type ApplicationField = (typeof APPLICATION_FIELDS)[number];
export type CaseField = (typeof CASE_FIELDS)[number];
export type LedgerField = ApplicationField | CaseField;
export type SheetKind = 'applications' | 'cases';

export const FIELD_LABELS: Record<LedgerField, string> = {
  number: '申请编号',
  received: '收到日期',
  applicantType: '申请人类型',
  result: '办理结果',
  reason: '不予公开等的具体情形',
  closed: '办结日期',
  applicant: '申请人',
  content: '申请内容',
  caseType: '案件类型（复议/诉讼）',
  route: '是否经过复议',
  outcome: '审理结果',
};

/** Fields without which nothing can be counted. */
export const REQUIRED_FIELDS: Record<SheetKind, readonly LedgerField[]> = {
  applications: ['received', 'applicantType', 'result', 'closed'],
  cases: ['received', 'outcome', 'closed'],
};

/** Header names, most specific first (a longer name wins over a shorter one it contains). */
const NAMES: Record<LedgerField, readonly string[]> = {
  number: ['申请编号', '编号', '申请号', '登记编号', '登记号', '受理编号', '受理号', '流水号', '件号', '申请单号', '案号', '案件编号', '序号'],
  received: [
    '收到日期', '受理日期', '申请日期', '收到申请日期', '收到申请时间', '收件日期', '登记日期', '接收日期', '收到时间', '受理时间', '申请时间',
    '登记时间', '来件日期', '收文日期', '申请收到日期', '收到复议申请日期', '立案日期', '起诉日期', '应诉日期', '收到起诉状日期', '收案日期',
  ],
  applicantType: ['申请人类型', '申请人类别', '申请主体类型', '申请人性质', '申请人身份', '申请主体', '主体类型', '申请人分类', '申请人情况'],
  result: ['办理结果', '答复结果', '处理结果', '答复类型', '办理结果类型', '答复情况', '处理情况', '办理情况', '答复意见', '告知类型', '答复结论'],
  reason: ['具体情形', '不予公开理由', '不予公开原因', '不予公开依据', '具体理由', '理由', '情形', '细分类型', '具体类型', '原因', '依据', '法律依据'],
  closed: [
    '办结日期', '答复日期', '办结时间', '答复时间', '办理完成日期', '结案日期', '告知日期', '出具答复日期', '完成日期', '回复日期', '办理完结日期',
    '审结日期', '决定日期', '判决日期', '裁判日期', '结案时间', '审结时间',
  ],
  applicant: ['申请人', '申请人姓名', '申请人名称', '姓名名称', '姓名或名称', '申请人姓名名称'],
  content: ['申请内容', '申请事项', '申请公开内容', '申请公开的内容', '所需信息', '所需政府信息', '所需政府信息内容描述', '申请信息内容'],
  caseType: ['案件类型', '案件类别', '类型', '类别', '救济途径', '救济方式', '复议诉讼'],
  route: ['是否经复议', '是否经过复议', '起诉类型', '诉讼类型', '是否复议后起诉', '起诉方式'],
  outcome: ['审理结果', '复议结果', '判决结果', '裁判结果', '审结结果', '结案结果', '结果', '处理结果', '办理结果'],
};

/** Names taken only when the sheet has nothing better: a 序号 column numbers rows, an 编号 column applications. */
const FALLBACK_NAMES = new Set(['序号']);

const FIELDS_OF: Record<SheetKind, readonly LedgerField[]> = { applications: APPLICATION_FIELDS, cases: CASE_FIELDS };

/** A header cell's comparable text: no spaces, notes in brackets, asterisks or punctuation. */
export function headerCore(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[(（[【][^)）\]】]*[)）\]】]/g, '')
    .replace(/[*＊:：.。、,，/／\\|_\-—]/g, '');
}

/** How well a header names a field: 3 its name exactly, 2 a name inside it (「申请人类型选填」), 0 not. */
function fieldScore(core: string, field: LedgerField): number {
  let best = 0;
  for (const name of NAMES[field]) {
    if (core === name) return (FALLBACK_NAMES.has(name) ? 2.5 : 3) + name.length / 100;
    // Contained names only when they are long enough not to be a chance (「类型」 inside 「申请人类型」 is the other field's).
    if (name.length >= 4 && core.includes(name) && core.length <= name.length + 6) best = Math.max(best, 2 + name.length / 100);
  }
  return best;
}

/** Columns by field: the column index, or absent. */
export type ColumnMap = Partial<Record<LedgerField, number>>;

/**
 * Reads a header row (the cells' texts) into fields: each field gets the column that names it best,
 * each column at most one field. `chosen` (header core → field, or 'none') is the clerk's word from an
 * earlier year and goes before any name list.
 */
export function mapColumns(headers: readonly string[], kind: SheetKind, chosen: Readonly<Record<string, LedgerField | 'none'>> = {}): ColumnMap {
  const fields = FIELDS_OF[kind];
  const out: ColumnMap = {};
  const taken = new Set<number>();
  const cores = headers.map(headerCore);
  cores.forEach((core, col) => {
    const f = chosen[core];
    if (!core || f === undefined) return;
    taken.add(col);
    if (f !== 'none' && fields.includes(f) && out[f] === undefined) out[f] = col;
  });
  const candidates: { field: LedgerField; col: number; score: number }[] = [];
  cores.forEach((core, col) => {
    if (!core || taken.has(col)) return;
    for (const field of fields) {
      if (out[field] !== undefined) continue;
      const score = fieldScore(core, field);
      if (score) candidates.push({ field, col, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  for (const c of candidates) {
    if (out[c.field] !== undefined || taken.has(c.col)) continue;
    out[c.field] = c.col;
    taken.add(c.col);
  }
  return out;
}

export interface HeaderFound {
  /** 0-based index of the header row (its last row, when the header has two). */
  row: number;
  /** The header text of each column (two-row headers: the lower name where there is one). */
  headers: string[];
  columns: ColumnMap;
}

/** Rows searched for the header: titles, units, dates and notes above it never run this long. */
const HEADER_SEARCH_ROWS = 40;

function score(columns: ColumnMap, kind: SheetKind): number {
  const required = REQUIRED_FIELDS[kind].filter((f) => columns[f] !== undefined).length;
  return required * 2 + Object.keys(columns).length;
}

/**
 * The header texts of a two-row header (a merged group heading over its columns): per column the name
 * that reads as a field — the lower cell (「收到日期」), the group and the lower together (「申请人信息」 over
 * 「类型」 → 「申请人类型」), or the upper cell alone where the lower is empty (merged down).
 */
function combined(upper: readonly string[], lower: readonly string[], kind: SheetKind): string[] {
  const best = (text: string) => Math.max(0, ...FIELDS_OF[kind].map((f) => fieldScore(headerCore(text), f)));
  // A group heading merged across its columns has its text in the first of them only.
  let group = '';
  return Array.from({ length: Math.max(upper.length, lower.length) }, (_, i) => {
    const own = upper[i] ?? '';
    const low = lower[i] ?? '';
    if (own) group = low ? own : '';
    const up = own || (low ? group : '');
    if (!low || !up || up === low) return low || up;
    const stem = up.replace(/(?:基本情况|信息|情况)$/, '');
    let pick = low;
    let top = 0;
    for (const t of [low, `${stem}${low}`, `${up}${low}`]) {
      const s = best(t);
      if (s > top) [pick, top] = [t, s];
    }
    return pick;
  });
}

/** Finds the header of a sheet of `kind`: null when no row names at least two of its required fields. */
export function findHeader(sheet: LedgerSheet, kind: SheetKind, chosen: Readonly<Record<string, LedgerField | 'none'>> = {}): HeaderFound | null {
  let best: (HeaderFound & { score: number }) | null = null;
  const texts = (i: number) => (sheet.rows[i] ?? []).map((v) => valueText(v));
  const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    if (isBlankRow(sheet.rows[r])) continue;
    const own = texts(r);
    const tries = [own];
    if (r > 0 && !isBlankRow(sheet.rows[r - 1])) tries.push(combined(texts(r - 1), own, kind));
    for (const headers of tries) {
      const columns = mapColumns(headers, kind, chosen);
      const s = score(columns, kind);
      const required = REQUIRED_FIELDS[kind].filter((f) => columns[f] !== undefined).length;
      if (required < 2) continue;
      if (!best || s > best.score) best = { row: r, headers, columns, score: s };
    }
  }
  if (!best) return null;
  const { score: _s, ...found } = best;
  return found;
}

/** The header row the clerk named (0-based), read as it is. */
export function headerAt(sheet: LedgerSheet, row: number, kind: SheetKind, chosen: Readonly<Record<string, LedgerField | 'none'>> = {}): HeaderFound {
  const headers = (sheet.rows[row] ?? []).map((v) => valueText(v));
  return { row, headers, columns: mapColumns(headers, kind, chosen) };
}
