/**
 * 打印: the report is rendered to PDF (the same output as 导出 PDF, so what prints is what exports)
 * and shown in a preview window with Chromium's PDF viewer, whose toolbar prints it.
 */
import { BrowserWindow } from 'electron';
import { pathToFileURL } from 'node:url';
import type { Report } from '../../shared/report/model.ts';
import { renderExport } from '../export/index.ts';
import { writePrintCopy } from '../files/print-copies.ts';
import { secureWebPreferences } from './hardening.ts';

export async function showPrintPreview(report: Report, dataDir: string, parent: BrowserWindow | null): Promise<void> {
  const { bytes } = await renderExport(report, 'pdf');
  const file = await writePrintCopy(dataDir, bytes);
  const win = new BrowserWindow({
    title: `打印预览 — ${report.unit.name}${report.year}年报告`,
    width: 900,
    height: 1000,
    ...(parent ? { parent } : {}),
    autoHideMenuBar: true,
    // The PDF viewer is a plugin; the window has no preload and no access to the API.
    webPreferences: { ...secureWebPreferences(), plugins: true },
  });
  await win.loadURL(pathToFileURL(file).href);
}
