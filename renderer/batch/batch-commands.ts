/** 批量审核文件夹 and what its table offers: open a unit's report, export the findings and the 汇总. */
import type { BatchExport } from '../../shared/api/contract.ts';
import { getApi } from '../api/index.ts';
import { confirmDiscard, loadResult, showError, workspacePath } from '../commands/files.ts';
import { ask } from '../ui/dialog.tsx';
import { INITIAL_VIEW, batchStore } from './batch-store.ts';

/** What each export is called in the notices. */
export const EXPORT_LABEL: Record<BatchExport, string> = { findings: '问题清单', sumXlsx: '汇总表', sumDocx: '汇总报告' };

/** Runs `work` with `what` on screen; a failure is a dialog titled `failed` (the table may not be on screen yet). */
async function busy(what: string, failed: string, work: () => Promise<void>): Promise<void> {
  batchStore.setState({ busy: what, notice: null });
  try {
    await work();
  } catch (e) {
    batchStore.setState({ busy: null });
    await showError(failed, e);
  } finally {
    batchStore.setState({ busy: null });
  }
}

/** Asks for the folder (the desktop's dialog, the browser's folder picker) and shows its table. */
export async function reviewFolder(): Promise<void> {
  await busy('正在读取和检查文件夹中的报告…', '无法审核文件夹', async () => {
    const review = await getApi().reviewFolder();
    if (review) batchStore.setState({ review, visible: true, opened: null, view: INITIAL_VIEW });
  });
}

/** One unit's report in the editor; the table waits behind it (「返回审核结果」). */
export async function openEntry(index: number): Promise<void> {
  const { review } = batchStore.getState();
  if (!review || !(await confirmDiscard())) return;
  await busy('正在打开…', '无法打开文件', async () => {
    const res = await getApi().openBatchReport(review.id, index);
    batchStore.setState({ visible: false, opened: index });
    // The district reads the unit's report: nothing was changed, so nothing asks to be saved on leaving it.
    if (!(await loadResult(res, false))) batchStore.setState({ visible: true });
  });
}

export function showTable(visible: boolean): void {
  batchStore.setState({ visible });
}

export function closeBatch(): void {
  batchStore.setState({ review: null, visible: false, opened: null, notice: null });
}

/** A unit whose tables have errors would carry them into the district's tables: the clerk decides, as `sum --force`. */
async function sumAnyway(): Promise<boolean | null> {
  const { review } = batchStore.getState();
  const wrong = review?.sum.included.filter((i) => i.tableErrors > 0) ?? [];
  if (!wrong.length) return false;
  const go = await ask({
    title: '有单位的表格有错误',
    body: '相加会把这些错误带入汇总表。建议先请这些单位更正后重新审核；确需照现状汇总吗？',
    items: wrong.map((i) => `${i.unit}（${i.file}）：${i.tableErrors} 处错误`),
    buttons: [
      { label: '取消', value: false, primary: true },
      { label: '仍然汇总', value: true },
    ],
  });
  return go ? true : null;
}

export async function exportBatch(kind: BatchExport): Promise<void> {
  const { review } = batchStore.getState();
  if (!review) return;
  const force = kind === 'findings' ? false : await sumAnyway();
  if (force === null) return;
  await busy(`正在导出${EXPORT_LABEL[kind]}…`, `无法导出${EXPORT_LABEL[kind]}`, async () => {
    const res = await getApi().exportBatch(review.id, kind, force);
    if (!res?.file) return;
    const where = (await workspacePath(res.file.name)) ?? res.file.name;
    batchStore.setState({ notice: `已导出${EXPORT_LABEL[kind]}：${where}` });
  });
}
