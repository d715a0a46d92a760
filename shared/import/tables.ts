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
import { underMidHeaders } from './arith/header-order.ts';
import { implyBlanks } from './arith/blank-value.ts';
import { joint } from './arith/joint.ts';
import { settle, type Equation } from './arith/settle.ts';
import { hiddenBlankReadings, mostCells, sumOf, type GluedReadings, type Slot } from './glued.ts';
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
  /** Table 三's rows under a header row that names other things: checked by their sums after reading. */
  suspectSec3: Sec3RowKey[];
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
    else if (out.kind === 'glued') putGlued(read, spec.addresses, row, out.readings, name);
    else putShort(read, spec.addresses, row, spec.need, name);
  }
  if (legacy) read.legacyFormat2019 = true;
  flagStray(read, TABLES.sec2.name, strayOf(m, fragments));
  return m.last;
}

// ---- table 三 ----

const SINGLE_OTHER = 'other_single';
const APART_REASON = '原表这一组的行名与数字分开印刷，数字的行数与行名对不上，已按先后顺序对应，可能错行：请对照原表核对';

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

/** Per column: the 22 result rows add up to （七）总计, and 一 + 二 = （七） + 四 (docs/format.md §3.3). */
const SEC3_EQUATIONS: Equation[] = [
  { terms: [...SEC3_RESULT_PART_KEYS.map((row) => ({ row, sign: 1 as const })), { row: 'total', sign: -1 }] },
  {
    terms: [
      { row: 'newReceived', sign: 1 },
      { row: 'carriedOver', sign: 1 },
      { row: 'total', sign: -1 },
      { row: 'carriedForward', sign: -1 },
    ],
  },
];

const HEADER_ORDER_REASON = '原表这一行上方的表头列序与标准格式不同，已按表头所列的列填入，请核对';

function readSec3(fragments: readonly Fragment[], read: TablesRead): number {
  const specs = sec3Specs();
  const m = matchRows(fragments, specs);
  const addresses = (key: Sec3RowKey) => SEC3_COLUMNS.map((_, c) => sec3Address(key, c));
  underMidHeaders(fragments, m, read.suspectSec3);
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
  // Rows read cell by cell anchor the column equations that settle the glued ones.
  const start = new Map<string, Slot[][]>();
  /** Readings with a hidden blank, as the equations see them → as printed (the blank empty). */
  const printedOf = new Map<Slot[], Slot[]>();
  const pending: { key: Sec3RowKey; row: MatchedRow; readings: GluedReadings }[] = [];
  for (const r of SEC3_ROWS) {
    const row = m.rows.get(r.key);
    const name = sec3RowName(r.key);
    if (!row) {
      flagAll(read, addresses(r.key), `原表中没有找到“${name}”这一行，请按原表填写`);
      continue;
    }
    if (!row.values.length && single && (r.key === 'other_1' || r.key === 'other_2')) continue;
    const out = rowOutcome(row, 7, rowSumFits);
    if (row.apartUnsure) {
      flagAll(read, addresses(r.key), APART_REASON, row.source.join('\n'));
    }
    if (out.kind === 'exact') {
      putRow(read, addresses(r.key), row);
      if (row.reordered) flagAll(read, addresses(r.key), HEADER_ORDER_REASON, row.source.join('\n'));
      start.set(r.key, [row.values.map((t) => (t.kind === 'number' ? Number(t.digits) : null))]);
      if (row === single) flagAll(read, addresses(r.key), LEGACY_OTHER_REASON, row.source.join('\n'));
    } else if (out.kind === 'glued') {
      const g = out.readings;
      // A row whose own sum no reading meets (the report is wrong there) takes part with all its readings, if few.
      // A row short of digits hides blank cells, and one whose own sum no reading meets may hide one (or
      // the report is wrong there): they take part with the blanks in every place they may stand.
      const blanks = g.count === 0 ? 7 - mostCells(row.values) : 1;
      const hidden = implyBlanks(g.forced || g.fits.length ? [] : hiddenBlankReadings(row.values, 7, blanks), SEC3_TOTAL_COL);
      hidden.printed.forEach((v, k) => printedOf.set(k, v));
      const own = g.forced ? g.some : g.fits.length ? g.fits : [...(g.all ?? []), ...hidden.implied];
      if (own.length) start.set(r.key, own);
      pending.push({ key: r.key, row, readings: g });
    } else putShort(read, addresses(r.key), row, 7, name);
  }
  const settled = settle(start, SEC3_EQUATIONS, SEC3_COLUMNS.length);
  const together = joint(settled.readings, SEC3_EQUATIONS, SEC3_COLUMNS.length) ?? settled;
  for (const p of pending) {
    const candidates = (together.readings.get(p.key) ?? []).map((r) => printedOf.get(r) ?? r);
    const unchecked = (settled.unchecked.get(p.key)?.size ?? 0) > 0;
    const rowBroken = !p.readings.forced && !p.readings.fits.length;
    putGlued(read, addresses(p.key), p.row, p.readings, sec3RowName(p.key), { candidates, unchecked, rowBroken });
  }
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
  else if (out.kind === 'glued') putGlued(read, addresses, row, out.readings, name);
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
  return { ...emptyRead(), legacyFormat2019: false, suspectSec3: [] };
}
