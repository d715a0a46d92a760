/** 导出 PDF / DOCX and 打印: the final check first, then the exporter on the Node side. */
import type { ExportFormat, ExportPurpose } from '../../shared/api/contract.ts';
import { exportGate, type ExportQuestionKind } from '../../shared/rules/export-gate.ts';
import type { Finding } from '../../shared/rules/finding.ts';
import { getApi, inlineUrl, printReport } from '../api/index.ts';
import { editorStore } from '../store/index.ts';
import { ask } from '../ui/dialog.tsx';
import { showError, suggestedName } from './files.ts';

/** The shared export gate's questions, asked as dialogs; false when the clerk goes back to edit. */
async function confirmFinal(): Promise<boolean> {
  const report = editorStore.getState().report;
  if (!report) return false;
  for (const q of exportGate(report).questions) {
    if (!(await ASK[q.kind](q.findings))) return false;
  }
  return !!editorStore.getState().report;
}

const ASK: Record<ExportQuestionKind, (findings: Finding[]) => Promise<boolean>> = {
  async errors(findings) {
    const go = await ask({
      title: `报告还有 ${findings.length} 个错误`,
      body: '正式报告中的表格数字应当勾稽一致。仍要导出吗？',
      items: findings.map((f) => f.message),
      buttons: [
        { label: '返回修改', value: false, primary: true },
        { label: '仍然导出', value: true },
      ],
    });
    return go === true;
  },
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
};

async function runExport(format: ExportFormat, purpose: ExportPurpose = 'file'): Promise<{ url?: string } | null> {
  if (!(await confirmFinal())) return null;
  const report = editorStore.getState().report!;
  try {
    const res = await getApi().exportReport(report, format, suggestedName(report), purpose);
    if (!res) return null;
    const fonts = res.fonts.length ? `；本次${purpose === 'print' ? '打印' : '导出'}使用的字体：${res.fonts.join('、')}` : '';
    const done = purpose === 'print' ? '已在浏览器中打开打印预览' : `已导出 ${format.toUpperCase()}${res.file ? `：${res.file.name}` : ''}`;
    editorStore.getState().setNotice(`${done}${fonts}`);
    return res;
  } catch (e) {
    await showError('导出失败', e);
    return null;
  }
}

export async function exportAs(format: ExportFormat): Promise<void> {
  await runExport(format);
}

/** Web build: the browser's own PDF viewer prints; the desktop shell's export dialog does the same. */
export async function print(): Promise<void> {
  const report = editorStore.getState().report;
  if (!report) return;
  if (window.nianbaoShell) {
    if (!(await confirmFinal())) return;
    try {
      await printReport(editorStore.getState().report!);
    } catch (e) {
      await showError('打印失败', e);
    }
    return;
  }
  const res = await runExport('pdf', 'print');
  if (res?.url) window.open(inlineUrl(res.url), '_blank', 'noopener');
}
