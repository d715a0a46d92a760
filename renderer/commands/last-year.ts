/**
 * 选择上年报告: a report that was not rolled over from last year's has no last-year figures to set
 * beside its own. The clerk picks last year's report in any format the import reads; its figures and
 * paragraphs are kept in this report (one undo step), as a roll-over keeps them.
 */
import { lastYearBase } from '../../shared/report/rollover.ts';
import { openShowingProgress } from './scan-reading.ts';
import { editorStore } from '../store/index.ts';
import { ask } from '../ui/dialog.tsx';
import { reviewed, showError } from './files.ts';

export async function pickLastYear(): Promise<void> {
  const year = editorStore.getState().report?.year;
  if (year === undefined) return;
  try {
    const res = await openShowingProgress();
    if (!res) return;
    if (res.report.year >= year) {
      await ask({
        title: '不是上年的报告',
        body: `“${res.name}”是 ${res.report.year} 年的报告，本报告是 ${year} 年的：请选择 ${year - 1} 年或更早的报告。`,
        buttons: [{ label: '确定', value: true, primary: true }],
      });
      return;
    }
    if (res.report.year !== year - 1) {
      const go = await ask({
        title: '不是上一年的报告',
        body: `“${res.name}”是 ${res.report.year} 年的报告，不是上一年（${year - 1} 年）的。仍用它与本年对比吗？`,
        buttons: [
          { label: '仍然使用', value: true, primary: true },
          { label: '取消', value: false },
        ],
      });
      if (!go) return;
    }
    // Last year's unit name and kind are not compared: only what the comparison reads is reviewed.
    const last = await reviewed({ ...res, flags: res.flags.filter((f) => !f.field) }, null);
    if (!last) return;
    const base = lastYearBase(last);
    editorStore.getState().edit((r) => ({ ...r, lastYear: base }), `已读取“${res.name}”（${last.year}年）的表格数字和正文，用于与上年对比和核对`);
  } catch (e) {
    await showError('无法打开上年报告', e);
  }
}
