/**
 * 批量审核: every unit's report checked as `nianbao check` checks one, each paired with the same unit's
 * report of the year before when the folder (or the folder of last year's reports) holds it.
 */
import { lastYearBase } from '../report/rollover.ts';
import { finalFindings } from '../rules/export-gate.ts';
import { districtNotes, peerNotes } from './compare.ts';
import type { BatchEntry, BatchFinding, BatchInput, BatchSeverity, ScanRead } from './entry.ts';
import { sumCandidates } from './select.ts';
import { unitKey } from './units.ts';
import { yearOnYearNotes } from './yoy.ts';

export type { BatchEntry, BatchFinding, BatchInput, BatchSeverity, ScanRead } from './entry.ts';

export const UNREADABLE_RULE = 'unreadable';

function lastYearIndex(inputs: readonly BatchInput[]): Map<string, BatchInput> {
  const index = new Map<string, BatchInput>();
  for (const input of inputs) {
    if (!input.report) continue;
    const key = `${unitKey(input.report.unit.name)}\u0000${input.report.year}`;
    if (!index.has(key)) index.set(key, input);
  }
  return index;
}

export const SCAN_RULE = 'scan';

/** A scan's numbers came from OCR: the reviewer knows it, how long it took, and what is left to compare with the paper. */
function scanNote(scan: ScanRead): BatchFinding {
  const left = scan.toConfirm ? `${scan.toConfirm} 个数字未能由表格的合计关系核对，请打开该文件对照扫描原件确认` : '表格数字均已由合计关系核对';
  return { rule: SCAN_RULE, severity: 'note', cells: [], message: `扫描件，经文字识别读取（用时 ${scan.seconds.toFixed(1)} 秒）；${left}` };
}

export function reviewReports(inputs: readonly BatchInput[], last: readonly BatchInput[] = []): BatchEntry[] {
  // This folder's own reports come first: a unit's file in the folder beats a copy in LASTDIR.
  const index = lastYearIndex([...inputs, ...last]);
  const entries = inputs.map((input): BatchEntry => {
    const { file, report } = input;
    if (!report) {
      const message = input.error ?? '无法读取';
      return { file, unit: null, year: null, findings: [{ rule: UNREADABLE_RULE, severity: 'error', cells: [], message }] };
    }
    const previous = index.get(`${unitKey(report.unit.name)}\u0000${report.year - 1}`);
    const checked = previous?.report ? { ...report, lastYear: lastYearBase(previous.report) } : report;
    // Paired with last year the rules see more (结转, 现行有效, copied sentences): checked again here.
    const findings: BatchFinding[] = previous?.report || !input.alone ? finalFindings(checked) : [...input.alone];
    if (previous?.report) findings.push(...yearOnYearNotes(report, previous.report));
    if (input.scan) findings.push(scanNote(input.scan));
    const entry: BatchEntry = { file, unit: report.unit.name, year: report.year, findings };
    if (previous) entry.lastFile = previous.file;
    return entry;
  });
  // The units of the year the district collects, against each other and against the district's own report.
  const { included, own } = sumCandidates(inputs);
  for (const [k, notes] of peerNotes(included.map((i) => i.report))) entries[included[k]!.index]!.findings.push(...notes);
  if (own) entries[own.index]!.findings.push(...districtNotes(own.report, included.map((i) => i.report)));
  return entries;
}

export function countBatch(findings: readonly BatchFinding[]): Record<BatchSeverity, number> {
  const out: Record<BatchSeverity, number> = { error: 0, warning: 0, note: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

export function worstSeverity(findings: readonly BatchFinding[]): BatchSeverity | null {
  const c = countBatch(findings);
  return c.error ? 'error' : c.warning ? 'warning' : c.note ? 'note' : null;
}

/** One line on the whole folder: the CLI ends its table with it, the app shows it under the title. */
export function batchSummary(entries: readonly BatchEntry[]): string {
  const withErrors = entries.filter((e) => countBatch(e.findings).error).length;
  const unreadable = entries.filter((e) => e.unit === null).length;
  return `共 ${entries.length} 个文件：${withErrors} 个有错误${unreadable ? `（其中 ${unreadable} 个无法读取）` : ''}，${entries.length - withErrors} 个无错误。`;
}
