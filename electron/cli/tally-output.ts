/** What `nianbao tally` prints: the facts JSON with the rows it could not place, or the same for a person. */
import type { LedgerBook } from '../../shared/ledger/book.ts';
import type { CarryDifference } from '../../shared/ledger/carried.ts';
import { carryDifferenceText, columnsFound, countedName, duplicateLine, leftOutLine, mainSheet, tallySentence } from '../../shared/ledger/describe.ts';
import { allLeftOut, sec3Values, type LedgerTally } from '../../shared/ledger/tally.ts';
import { entriesOfCell } from '../../shared/ledger/trace.ts';
import type { LedgerCount } from '../../shared/ledger/record.ts';
import { reportToFacts } from '../../shared/report/facts.ts';
import type { Report } from '../../shared/report/model.ts';
import { SEC3_ROWS, sec3Address, sec3RowName } from '../../shared/schema/index.ts';

/** How a counted application is named in lists: its number, or its row when the ledger has none. */
function refs(count: LedgerCount, address: string): string[] {
  return entriesOfCell(count.cells, address).map((i) => {
    const e = count.entries[i]!;
    return e.number || `${e.sheet}第${e.row}行`;
  });
}

function crossYearLine(d: CarryDifference, t: LedgerTally): string {
  return carryDifferenceText(d, '上年报告', countedName(t));
}

export function tallyJson(report: Report, t: LedgerTally, book: LedgerBook, cross: CarryDifference[]) {
  const { flags: _none, ...facts } = reportToFacts(report);
  const count = report.ledger!.count!;
  const trace: Record<string, string[]> = {};
  for (const address of Object.keys(sec3Values(t.applications))) {
    const list = refs(count, address);
    if (list.length) trace[address] = list;
  }
  if (count.sec4) for (let i = 0; i < 15; i++) if (refs(count, `sec4[${i}]`).length) trace[`sec4[${i}]`] = refs(count, `sec4[${i}]`);
  const sheet = (i: number) => book.sheets[i]?.name ?? '';
  return {
    ...facts,
    sec4: count.sec4 ? facts.sec4 : facts.sec4.map(() => null),
    notes: `由台账“${book.name}”统计。${tallySentence(t)}`,
    flags: allLeftOut(t).map((l) => ({ sheet: sheet(l.sheet), row: l.row, number: l.number, field: l.field, value: l.value, reason: l.reason })),
    ledger: {
      file: book.name,
      sheets: [
        ...t.layout.applications.map((s) => ({ sheet: sheet(s.sheet), kind: 'applications', headerRow: s.header.row + 1, columns: columnsFound(s.header, 'applications') })),
        ...t.layout.cases.map((s) => ({ sheet: sheet(s.sheet), kind: 'cases', headerRow: s.header.row + 1, columns: columnsFound(s.header, 'cases') })),
      ].map((s) => ({ ...s, columns: Object.fromEntries(s.columns.filter((c) => c.column).map((c) => [c.field, c.column!.header])) })),
      counted: t.applications.applications.length,
      duplicates: t.applications.duplicates.map((d) => ({ sheet: sheet(d.sheet), row: d.row, number: d.number, keptRow: d.kept.row, reason: d.reason })),
      notCounted: t.applications.notCounted,
      setAside: t.applications.setAside.map((s) => ({ sheet: sheet(s.sheet), row: s.row, text: s.text })),
      crossYear: cross.map((d) => ({ column: d.column, lastYear: d.lastYear, ledger: d.ledger, message: crossYearLine(d, t) })),
    },
    trace,
  };
}

/** The table 三 rows with a number in them, label and the seven columns. */
function tableLines(report: Report): string[] {
  const lines: string[] = [];
  for (const row of SEC3_ROWS) {
    const values = Array.from({ length: 7 }, (_, c) => report.cells[sec3Address(row.key, c)]?.value ?? 0);
    if (values.every((v) => v === 0) && row.key !== 'newReceived' && row.key !== 'total') continue;
    const name = sec3RowName(row.key);
    const label = name.length > 22 ? `${name.slice(0, 21)}…` : name;
    lines.push(`  ${label.padEnd(22, '　')} ${values.map((v) => String(v).padStart(5)).join('')}`);
  }
  return lines;
}

export function tallyText(report: Report, t: LedgerTally, book: LedgerBook, cross: CarryDifference[]): string[] {
  const out: string[] = [];
  for (const s of t.layout.applications) {
    const cols = columnsFound(s.header, 'applications').filter((c) => c.column);
    out.push(`台账“${book.name}”工作表“${book.sheets[s.sheet]?.name}”第 ${s.header.row + 1} 行为表头：${cols.map((c) => `${c.label}=${c.column!.letter}列“${c.column!.header}”`).join('，')}`);
  }
  out.push(tallySentence(t));
  out.push(`表三（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计）：`, ...tableLines(report));
  if (report.ledger?.count?.sec4) {
    const group = (g: number) => Array.from({ length: 5 }, (_, i) => report.cells[`sec4[${g * 5 + i}]`]?.value ?? 0).join(' ');
    out.push(`表四（结果维持、结果纠正、其他结果、尚未审结、总计）：行政复议 ${group(0)}；未经复议直接起诉 ${group(1)}；复议后起诉 ${group(2)}`);
  }
  for (const d of cross) out.push(`与上年报告不一致：${crossYearLine(d, t)}`);
  const main = mainSheet(t);
  if (t.applications.duplicates.length) out.push(`重复登记（只计一次）：`, ...t.applications.duplicates.map((d) => `  ${duplicateLine(book, d, main)}`));
  const left = allLeftOut(t);
  if (left.length) {
    out.push(`未能计入的行（请在台账中更正，或用 --map 值=类别 说明后重新统计）：`);
    out.push(...left.map((l) => `  ${leftOutLine(book, l, main)}`));
  }
  return out;
}
