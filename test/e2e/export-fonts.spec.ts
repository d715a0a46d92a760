// The export dialog names the fonts standing in for the standard 公文 fonts this computer lacks, before
// the clerk exports. The test machines (Debian, Noto CJK only) have none of 方正小标宋/仿宋_GB2312/楷体_GB2312/宋体
// (proprietary, never in Debian): every role stands in, except 黑体, which none of them has either.
import type { Page } from '@playwright/test';
import { serializeReport } from '../../shared/file/codec.ts';
import { consistentReport } from '../fixtures/consistent-report.ts';
import { createReport, shot } from './editor-helpers.ts';
import { expect, test } from './fixtures.ts';

async function openReport(page: Page, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '打开…', exact: true }).click();
  await (await chooser).setFiles({ name: '年报.nianbao', mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('导出对话框说明本机缺少的标准字体由哪种字体代替：PDF 写明代替关系，Word 文档写明仍用标准字体', async ({ page }) => {
  await createReport(page, '示例镇人民政府', '2025');
  await page.getByRole('button', { name: '导出 PDF' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('导出前请确认');
  const fonts = dialog.getByTestId('export-fonts');
  await expect(fonts).toContainText('本机缺少以下公文标准字体，导出的 PDF 中用内置字体代替');
  await expect(fonts.getByRole('listitem')).toContainText(['标题用 思源宋体 Noto Serif SC Bold 代替 方正小标宋简体', '正文用 思源宋体 Noto Serif SC 代替 仿宋_GB2312']);
  // The whole dialog, problems and fonts, fits the clerk's 1366×768 window with its buttons in view.
  await expect(dialog.getByRole('button', { name: '返回修改' })).toBeInViewport();
  await shot(page, 'export-fonts-pdf');
  await dialog.getByRole('button', { name: '返回修改' }).click();
  await expect(dialog).toHaveCount(0);

  await page.getByRole('button', { name: '导出 Word 文档' }).click();
  await expect(fonts).toContainText('Word 文档中仍写明标准字体');
  await expect(fonts.getByRole('listitem')).toContainText(['标题：方正小标宋简体', '正文：仿宋_GB2312']);
  await expect(fonts).not.toContainText('代替 方正小标宋简体');
  await dialog.getByRole('button', { name: '返回修改' }).click();
});

test('报告没有问题时，导出前仍说明替代字体，一次确认即导出', async ({ page }) => {
  await openReport(page, serializeReport(consistentReport()));
  await expect(page.locator('[data-cell]').first()).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: '导出 PDF', exact: true }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog.getByRole('heading')).toHaveText('导出 PDF');
  await expect(dialog.getByTestId('export-fonts')).toContainText('标题用 思源宋体 Noto Serif SC Bold 代替 方正小标宋简体');
  await shot(page, 'export-fonts-only');
  const download = page.waitForEvent('download');
  // The primary answer exports: Enter is enough.
  await expect(dialog.getByRole('button', { name: '导出', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await download;
  await expect(page.locator('.statusbar .notice')).toContainText('已导出 PDF');
});
