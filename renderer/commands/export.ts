/** 导出 PDF / DOCX and 打印: the export gate's questions first, then the exporter on the Node side. */
import type { ExportFormat } from '../../shared/api/contract.ts';
import { exportGate, type ExportQuestionKind } from '../../shared/rules/export-gate.ts';
import { getApi } from '../api/index.ts';
import { editorStore } from '../store/index.ts';
import { ask } from '../ui/dialog.tsx';
import { showError, suggestedName, workspacePath } from './files.ts';
import { fontsNote, standInsHere } from './export-fonts-note.tsx';
import type { FontsUse } from '../../shared/export/font-stand-ins.ts';

const PART_TITLE: Record<ExportQuestionKind, (n: number) => string> = {
  errors: (n) => `报告还有 ${n} 个错误：正式报告中的表格数字应当勾稽一致`,
  blanks: () => '有未填写的单元格：正式表格不留空白，导出时按 0 打印',
  text: (n) => `正文还有 ${n} 处需要处理：数字、年份或说明与表格或本年情况不符，或仍有占位符`,
};

/** How the dialog names what is about to happen, when fonts are all it has to say. */
const WHAT: Record<FontsUse, { title: string; verb: '导出' | '打印' }> = {
  pdf: { title: '导出 PDF', verb: '导出' },
  docx: { title: '导出 Word 文档', verb: '导出' },
  print: { title: '打印', verb: '打印' },
};

/**
 * The shared export gate's questions, asked once: one dialog with every kind of problem (the blank cells
 * counted as the 问题 panel counts them), 返回修改 or go on. Going on with blank cells prints them as 0.
 * The same dialog names the fonts standing in for standard fonts this computer lacks, before the
 * export, in the format's terms; with nothing else to ask it is shown for the fonts alone.
 * False when the clerk goes back to edit.
 */
async function confirmFinal(use: FontsUse): Promise<boolean> {
  const report = editorStore.getState().report;
  if (!report) return false;
  const { title, verb } = WHAT[use];
  const questions = exportGate(report).questions;
  const note = fontsNote(use, await standInsHere());
  if (!questions.length) {
    if (!note) return true;
    const go = await ask({
      title,
      note,
      buttons: [
        { label: verb, value: true, primary: true },
        { label: '取消', value: false },
      ],
    });
    return go === true && !!editorStore.getState().report;
  }
  const blanks = questions.some((q) => q.kind === 'blanks');
  const go = await ask({
    title: `${verb}前请确认`,
    body: questions.map((q) => PART_TITLE[q.kind](q.findings.length)).join('；') + '。可在“问题”中逐条修改或忽略。',
    items: questions.flatMap((q) => q.findings.map((f) => f.message)),
    note,
    buttons: [
      { label: '返回修改', value: false, primary: true },
      { label: blanks ? (verb === '导出' ? '按 0 打印并导出' : '按 0 打印') : `仍然${verb}`, value: true },
    ],
  });
  if (go !== true) return false;
  if (blanks) editorStore.getState().setConfirmedZero(true);
  return !!editorStore.getState().report;
}

/** The export's one line about fonts (stand-ins used, and for which official fonts), after the notice. */
const fontsUsed = (fonts: string[]) => (fonts.length ? `。${fonts.join('；')}` : '');

export async function exportAs(format: ExportFormat): Promise<void> {
  if (!(await confirmFinal(format))) return;
  const report = editorStore.getState().report!;
  try {
    const res = await getApi().exportReport(report, format, suggestedName(report));
    if (!res) return;
    const where = res.file ? ((await workspacePath(res.file.name)) ?? res.file.name) : '';
    editorStore.getState().setNotice(`已导出 ${format === 'pdf' ? 'PDF' : 'Word 文档'}${where ? `：${where}` : ''}${fontsUsed(res.fonts)}`);
  } catch (e) {
    await showError('导出失败', e);
  }
}

/** 打印, the same in both shells: the final check, then the exported PDF shown in a PDF viewer to print from. */
export async function print(): Promise<void> {
  if (!(await confirmFinal('print'))) return;
  try {
    const res = await getApi().print(editorStore.getState().report!);
    editorStore.getState().setNotice(`已打开打印预览${fontsUsed(res.fonts)}`);
  } catch (e) {
    await showError('打印失败', e);
  }
}
