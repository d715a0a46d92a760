/**
 * The three statutory tables read from fragments, mapped to the schema by row label (labels come from
 * shared/schema, never retyped here except the 2019 trial format's, which the schema does not hold).
 */
import {
  SEC2_ITEMS,
  SEC3_COLUMNS,
  SEC3_RESULT_PART_KEYS,
  SEC3_ROWS,
  SEC3_TOTAL_COL,
  TABLES,
  sec2Address,
  sec3Address,
  sec3RowName,
  sec4Address,
  type Sec3RowKey,
} from '../schema/index.ts';
import { LEGACY_OTHER_REASON } from '../report/facts.ts';
import type { Fragment } from './fragments.ts';
import { sumOf, type Slot } from './glued.ts';
import { matchRows, takeValues, type MatchedRow, type MatchResult, type RowSpec, type ValueToken } from './match-rows.ts';
import {
  emptyRead,
  flagAll,
  flagStray,
  putGlued,
  putRow,
  putShort,
  rowOutcome,
  type TableRead,
} from './table-cells.ts';

export interface TablesRead extends TableRead {
  legacyFormat2019: boolean;
}

/** Stray values with the text of the line they stood on. */
function strayOf(m: MatchResult, fragments: readonly Fragment[]) {
  return m.stray.map((s) => ({ values: s.values, source: fragments[s.fragment]!.source }));
}

// ---- table 二 ----

interface Sec2Spec extends RowSpec {
  addresses: (string | null)[];
  note?: string;
  /** The 2021 cells the note is about (all of the row's, not only those a value went to). */
  flagged?: string[];
}

function sec2Specs2021(): Sec2Spec[] {
  return SEC2_ITEMS.flatMap((item) =>
    item.rows.map((r) => {
      const addresses = item.fields ? item.fields.map((f) => sec2Address(r.key, f)) : [sec2Address(r.key)];
      return { id: r.key, label: r.label, need: addresses.length, addresses };
    }),
  );
}

const SEC2_LABEL = Object.fromEntries(SEC2_ITEMS.flatMap((i) => i.rows.map((r) => [r.key, r.label]))) as Record<string, string>;

/** The 2019 trial format's table 二 (docs/format.md §3.5): other columns, two rows the 2021 format dropped. */
function sec2Specs2019(): Sec2Spec[] {
  const triple = (key: 'rules' | 'normativeDocs', label: string): Sec2Spec => ({
    id: key,
    label,
    need: 3,
    addresses: [sec2Address(key, 'issued'), null, null],
    flagged: (['issued', 'repealed', 'effective'] as const).map((f) => sec2Address(key, f)),
    note: '原表为2019年试行格式（本年新制作数量、本年新公开数量、对外公开总数量），只把“本年新制作数量”记为本年制发件数；本年废止件数、现行有效件数请按2021年格式填写',
  });
  const decided = (key: 'licensing' | 'punishment' | 'enforcement'): Sec2Spec => ({
    id: key,
    label: SEC2_LABEL[key]!,
    need: 3,
    addresses: [null, null, sec2Address(key)],
    note: '原表为2019年试行格式，已取其“处理决定数量”列，请核对',
  });
  return [
    triple('rules', SEC2_LABEL.rules!),
    triple('normativeDocs', '规范性文件'),
    decided('licensing'),
    { id: 'otherServices', label: '其他对外管理服务事项', need: 3, addresses: [null, null, null] },
    decided('punishment'),
    decided('enforcement'),
    {
      id: 'fees',
      label: SEC2_LABEL.fees!,
      need: 2,
      addresses: [null, null],
      flagged: [sec2Address('fees')],
      note: '原表为2019年试行格式（上一年项目数量、本年增/减），没有本年收费金额：请按2021年格式填写',
    },
    { id: 'procurement', label: '政府集中采购', need: 2, addresses: [null, null] },
  ];
}

const LEGACY_SEC2_KEYS = ['本年新制作数量', '对外公开总数量', '第二十条第（九）项', '政府集中采购', '其他对外管理服务事项'];

export function isLegacySec2(fragments: readonly Fragment[]): boolean {
  return fragments.some((f) =>
    f.tokens.some((t) => t.kind === 'text' && LEGACY_SEC2_KEYS.some((k) => t.text.replace(/\s+/g, '').includes(k))),
  );
}

function readSec2(fragments: readonly Fragment[], read: TablesRead): number {
  const legacy = isLegacySec2(fragments);
  const specs = legacy ? sec2Specs2019() : sec2Specs2021();
  const m = matchRows(fragments, specs);
  for (const spec of specs) {
    const row = m.rows.get(spec.id);
    const name = spec.label;
    const addresses = spec.flagged ?? spec.addresses;
    if (!row) {
      flagAll(read, addresses, `原表中没有找到“${name}”这一行，请按原表填写`);
      continue;
    }
    if (legacy && spec.note) flagAll(read, addresses, spec.note, row.source.join('\n'));
    if (legacy && spec.id === 'fees') continue;
    const out = rowOutcome(row, spec.need, () => true);
    if (out.kind === 'exact') putRow(read, spec.addresses, row);
    else if (out.kind === 'glued') putGlued(read, spec.addresses, row, out.candidates, name);
    else putShort(read, spec.addresses, row, spec.need, name);
  }
  if (legacy) read.legacyFormat2019 = true;
  flagStray(read, TABLES.sec2.name, strayOf(m, fragments));
  return m.last;
}

// ---- table 三 ----

const SINGLE_OTHER = 'other_single';

function sec3Specs(): RowSpec[] {
  const specs: RowSpec[] = [];
  for (const r of SEC3_ROWS) {
    // 2019's single （六）其他处理 row: the group caption, with numbers of its own.
    if (r.key === 'other_1' && r.group) specs.push({ id: SINGLE_OTHER, label: r.group, need: 7, optional: true });
    specs.push({ id: r.key, label: r.label, need: SEC3_COLUMNS.length });
  }
  return specs;
}

const rowSumFits = (v: Slot[]) => {
  const parts = sumOf(v.slice(0, SEC3_TOTAL_COL));
  return parts === null || v[SEC3_TOTAL_COL] === null || parts === v[SEC3_TOTAL_COL];
};

/** Per column c: the equations a row's value takes part in (（七）总计 = parts; 一 + 二 = （七） + 四). */
function columnFits(key: Sec3RowKey, v: number, known: (k: Sec3RowKey) => Slot): boolean {
  const val = (k: Sec3RowKey) => (k === key ? v : known(k));
  const check = (left: Sec3RowKey[], right: Sec3RowKey[]) => {
    const l = sumOf(left.map(val));
    const r = sumOf(right.map(val));
    return l === null || r === null || l === r;
  };
  const resultOk = !([...SEC3_RESULT_PART_KEYS, 'total'] as Sec3RowKey[]).includes(key) || check([...SEC3_RESULT_PART_KEYS], ['total']);
  const identityOk = !(['newReceived', 'carriedOver', 'total', 'carriedForward'] as Sec3RowKey[]).includes(key) ||
    check(['newReceived', 'carriedOver'], ['total', 'carriedForward']);
  return resultOk && identityOk;
}

function readSec3(fragments: readonly Fragment[], read: TablesRead): number {
  const specs = sec3Specs();
  const m = matchRows(fragments, specs);
  const addresses = (key: Sec3RowKey) => SEC3_COLUMNS.map((_, c) => sec3Address(key, c));
  const single = m.rows.get(SINGLE_OTHER);
  if (single && single.values.length) {
    read.legacyFormat2019 = true;
    if (!m.rows.has('other_3')) m.rows.set('other_3', single);
    for (const k of ['other_1', 'other_2'] as Sec3RowKey[]) {
      if (!m.rows.has(k)) {
        // The single row is what the clerk splits into this one: shown beside its blank cells.
        flagAll(read, addresses(k), '原表为2019年试行格式，只有一行“（六）其他处理”，没有这一分项：请按2021年格式填写', single.source.join('\n'));
        m.rows.set(k, { values: [], source: [] });
      }
    }
  }
  // Known values per row and column, for the column equations that settle glued rows.
  const known = new Map<Sec3RowKey, Slot[]>();
  const pending: { key: Sec3RowKey; row: MatchedRow; candidates: Slot[][] }[] = [];
  for (const r of SEC3_ROWS) {
    const row = m.rows.get(r.key);
    const name = sec3RowName(r.key);
    if (!row) {
      flagAll(read, addresses(r.key), `原表中没有找到“${name}”这一行，请按原表填写`);
      continue;
    }
    if (!row.values.length && single && (r.key === 'other_1' || r.key === 'other_2')) continue;
    const out = rowOutcome(row, 7, rowSumFits);
    if (out.kind === 'exact') {
      putRow(read, addresses(r.key), row);
      known.set(r.key, row.values.map((t) => (t.kind === 'number' ? Number(t.digits) : null)));
      if (row === single) flagAll(read, addresses(r.key), LEGACY_OTHER_REASON, row.source.join('\n'));
    } else if (out.kind === 'glued') pending.push({ key: r.key, row, candidates: out.candidates });
    else putShort(read, addresses(r.key), row, 7, name);
  }
  // Settle glued rows one by one against the columns of the rows already known.
  let progress = true;
  while (progress && pending.length) {
    progress = false;
    for (const p of pending) {
      const before = p.candidates.length;
      p.candidates = p.candidates.filter((cand) =>
        cand.every((v, c) => v === null || columnFits(p.key, v, (k) => known.get(k)?.[c] ?? null)),
      );
      if (p.candidates.length === 1 && !known.has(p.key)) {
        known.set(p.key, p.candidates[0]!);
        progress = true;
      } else if (p.candidates.length !== before) progress = true;
    }
  }
  for (const p of pending) putGlued(read, addresses(p.key), p.row, p.candidates, sec3RowName(p.key));
  flagStray(read, TABLES.sec3.name, strayOf(m, fragments));
  return m.last;
}

// ---- table 四 ----

const SEC4_ANCHOR = /行政复议/;

function groupSumsFit(v: Slot[]): boolean {
  for (let g = 0; g < 3; g++) {
    const parts = sumOf(v.slice(g * 5, g * 5 + 4));
    const total = v[g * 5 + 4] ?? null;
    if (parts !== null && total !== null && parts !== total) return false;
  }
  return true;
}

function readSec4(fragments: readonly Fragment[], read: TableRead): number {
  const addresses = Array.from({ length: 15 }, (_, i) => sec4Address(i));
  const start = fragments.findIndex((f) => f.tokens.some((t) => t.kind === 'text' && SEC4_ANCHOR.test(t.text)));
  if (start < 0) {
    flagAll(read, addresses, '原表中没有找到行政复议、行政诉讼情况表，请按原表填写');
    return -1;
  }
  const row: MatchedRow = { values: [], source: [] };
  const stray: { values: ValueToken[]; source: string }[] = [];
  let last = start;
  for (let k = start; k < fragments.length && row.values.length < 15; k++) {
    const tokens = fragments[k]!.tokens;
    let lastText = -1;
    tokens.forEach((t, i) => t.kind === 'text' && (lastText = i));
    const values = tokens.slice(lastText + 1) as ValueToken[];
    if (!values.length || values.every((v) => v.kind === 'blank') && lastText >= 0) continue;
    const all = takeValues(values, 15 - row.values.length);
    const taken = all.slice(0, 15 - row.values.length);
    if (!taken.length) continue;
    if (all.length > taken.length) stray.push({ values: all.slice(taken.length), source: fragments[k]!.source });
    row.values.push(...taken);
    row.source.push(fragments[k]!.source);
    last = k;
  }
  const name = '行政复议、行政诉讼';
  const out = rowOutcome(row, 15, groupSumsFit);
  if (out.kind === 'exact') putRow(read, addresses, row);
  else if (out.kind === 'glued') putGlued(read, addresses, row, out.candidates, name);
  else putShort(read, addresses, row, 15, name);
  flagStray(read, TABLES.sec4.name, stray);
  return last;
}

export type TableId = 'sec2' | 'sec3' | 'sec4';

/** Reads one table; returns the index of the last fragment that belonged to it (-1: none). */
export function readTable(id: TableId, fragments: readonly Fragment[], read: TablesRead): number {
  if (id === 'sec2') return readSec2(fragments, read);
  if (id === 'sec3') return readSec3(fragments, read);
  return readSec4(fragments, read);
}

export function emptyTablesRead(): TablesRead {
  return { ...emptyRead(), legacyFormat2019: false };
}
