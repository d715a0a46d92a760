/** 导出 PDF / DOCX and 打印: the export gate's questions first, then the exporter on the Node side. */
import type { ExportFormat } from '../../shared/api/contract.ts';
import { exportGate, type ExportQuestionKind } from '../../shared/rules/export-gate.ts';
import type { Finding } from '../../shared/rules/finding.ts';
import { getApi } from '../api/index.ts';
import { editorStore } from '../store/index.ts';
import { ask } from '../ui/dialog.tsx';
import { showError, suggestedName, workspacePath } from './files.ts';

/** The shared export gate's questions, asked as dialogs; false when the clerk goes back to edit. */
async function confirmFinal(): Promise<boolean> {
  const report = editorStore.getState().report;
  if (!report) return false;
  for (const q of exportGate(report).questions) {
    if (!(await ASK[q.kind](q.findings))) return false;
  }
  return !!editorStore.getState().report;
}

/** The question that stops an export for problems: 返回修改 (the default) or 仍然导出. */
async function exportAnyway(findings: Finding[], title: string, body: string): Promise<boolean> {
  const go = await ask({
    title,
    body,
    items: findings.map((f) => f.message),
    buttons: [
      { label: '返回修改', value: false, primary: true },
      { label: '仍然导出', value: true },
    ],
  });
  return go === true;
}

const ASK: Record<ExportQuestionKind, (findings: Finding[]) => Promise<boolean>> = {
  errors: (findings) =>
    exportAnyway(findings, `报告还有 ${findings.length} 个错误`, '正式报告中的表格数字应当勾稽一致。仍要导出吗？'),
  async blanks(findings) {
    const zero = await ask({
      title: '有未填写的单元格',
      body: '正式表格不留空白。未填写的单元格按 0 打印吗？',
      items: findings.map((f) => f.message),
      buttons: [
        { label: '按 0 打印', value: true, primary: true },
        { label: '返回填写', value: false },
      ],
    });
    if (zero) editorStore.getState().setConfirmedZero(true);
    return zero === true;
  },
  text: (findings) =>
    exportAnyway(
      findings,
      `正文还有 ${findings.length} 处需要处理`,
      '正文中的数字、年份或说明与表格或本年情况不符，或仍有占位符。可在“问题”中逐条修改或说明理由。仍要导出吗？',
    ),
};

/** The export's one line about fonts (stand-ins used, and for which official fonts), after the notice. */
const fontsUsed = (fonts: string[]) => (fonts.length ? `。${fonts.join('；')}` : '');

export async function exportAs(format: ExportFormat): Promise<void> {
  if (!(await confirmFinal())) return;
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
  if (!(await confirmFinal())) return;
  try {
    const res = await getApi().print(editorStore.getState().report!);
    editorStore.getState().setNotice(`已打开打印预览${fontsUsed(res.fonts)}`);
  } catch (e) {
    await showError('打印失败', e);
  }
}
