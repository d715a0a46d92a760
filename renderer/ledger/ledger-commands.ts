/**
 * 从台账统计表三: pick the ledger, confirm its columns and the values it leaves open (LedgerScreen), then
 * fill tables 三 (and 四) as one undo step — after asking when numbers the clerk typed would change —
 * with the standard sentences if wanted, and open the 台账明细 panel to show what each number counts.
 */
import { cellsToOverwrite, fillFromLedger, tallyValues } from '../../shared/ledger/apply.ts';
import { tallyTotals } from '../../shared/ledger/describe.ts';
import { insertSentence } from '../../shared/report/sentences.ts';
import type { Report } from '../../shared/report/model.ts';
import type { UnitKind } from '../../shared/schema/units.ts';
import { cellDef } from '../../shared/schema/index.ts';
import { getApi } from '../api/index.ts';
import { newReport, showError } from '../commands/files.ts';
import { editorStore } from '../store/index.ts';
import { ask } from '../ui/dialog.tsx';
import { confirmLedger, setLedgerPanel, type LedgerChoice } from './ledger-store.ts';

/** Numbers typed by the clerk that the count would change: asked first, listed. */
async function mayOverwrite(report: Report, choice: LedgerChoice): Promise<boolean> {
  const values = tallyValues(choice.tally, { sec4: choice.sec4 });
  const changed = cellsToOverwrite(report, values);
  if (!changed.length) return true;
  const answer = await ask({
    title: '覆盖已填写的数字？',
    body: `表中已填写的 ${changed.length} 个单元格将改为台账的统计数字：`,
    items: changed.slice(0, 12).map((a) => `${cellDef(a)?.label ?? a}：${report.cells[a]?.raw} → ${values[a]}`).concat(changed.length > 12 ? [`等 ${changed.length} 格`] : []),
    buttons: [
      { label: '覆盖', value: true, primary: true },
      { label: '取消', value: false },
    ],
  });
  return answer === true;
}

function filled(report: Report, choice: LedgerChoice, sheets: string[]): Report {
  let next = fillFromLedger(report, choice.tally, choice.mapping, sheets, { sec4: choice.sec4 });
  for (const id of choice.sentences) next = insertSentence(next, id);
  return next;
}

export async function countFromLedger(): Promise<void> {
  const report = editorStore.getState().report;
  if (!report) return;
  let book;
  try {
    book = await getApi().readLedger();
  } catch (e) {
    await showError('无法读取台账', e);
    return;
  }
  if (!book) return;
  const choice = await confirmLedger({ book, report });
  const now = editorStore.getState().report;
  if (!choice || !now || !(await mayOverwrite(now, choice))) return;
  const n = tallyTotals(choice.tally);
  const sheets = book.sheets.map((s) => s.name);
  const left = n.leftOutRows ? `；${n.leftOutRows} 行未计入（见“台账明细”）` : '';
  editorStore.getState().edit((r) => filled(r, choice, sheets), `已从台账“${book.name}”统计表三${choice.sec4 ? '和表四' : ''}：本年新收 ${n.newReceived} 件，上年结转 ${n.carriedOver} 件，办结 ${n.closed} 件，结转下年度 ${n.carriedForward} 件${left}`);
  setLedgerPanel(true);
}

/** The start screen's 新建并从台账统计: the new report first, then its table 三 from the ledger. */
export async function newReportFromLedger(opts: { unit: string; kind: UnitKind; year: number }): Promise<void> {
  newReport(opts);
  await countFromLedger();
}
