// A township clerk's whole journey at 1366×768, as one test: last year's published PDF → review → table 三
// by keyboard → paste from Excel → fix → export Word and PDF. Screenshots at each stage (test-results/journey-*).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { sec3Address } from '../../shared/schema/index.ts';
import { ORIGINALS } from '../fixtures/corpus.ts';
import { cell, editor, shot } from './editor-helpers.ts';
import { expect, test } from './fixtures.ts';

/** Ctrl+V of a block copied from Excel: tab-separated cells, CRLF rows. */
async function paste(page: Page, text: string): Promise<void> {
  await editor(page).evaluate((el, t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}

const activeCell = (page: Page) => page.locator('td.active').getAttribute('data-cell');

/** Export, answering the one question (if any) with its going-on button; the downloaded file's bytes. */
async function exportFile(page: Page, button: '导出 Word 文档' | '导出 PDF'): Promise<Buffer> {
  const done = button === '导出 PDF' ? '已导出 PDF' : '已导出 Word 文档';
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('alertdialog');
  const go = dialog.getByRole('button', { name: /^(仍然导出|按 0 打印并导出)$/ });
  await expect(dialog.or(page.locator('.statusbar .notice', { hasText: done })).first()).toBeVisible({ timeout: 30_000 });
  if (await dialog.isVisible()) {
    await expect(dialog).toHaveCount(1);
    await go.click();
  }
  return readFile((await (await download).path())!);
}

test('一位乡镇办事员的全程：上年 PDF → 核对 → 键盘填表三 → 从 Excel 粘贴 → 改错 → 导出 Word 和 PDF', async ({ page }) => {
  test.setTimeout(120_000);
  // 1. Start from last year's published PDF: the big button.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从上年报告新建…', exact: true }).click();
  await (await chooser).setFiles(join(ORIGINALS, '103_hongze_2024.pdf'));

  // 2. Review: the unit kind, then the 2019 format's missing rows, row by row, 全部按 0.
  await expect(page.locator('.review-screen')).toBeVisible({ timeout: 30_000 });
  await shot(page, 'journey-1-review');
  await page.getByRole('button', { name: '确认', exact: true }).click();
  await expect(page.locator('.review-row')).toHaveCount(2);
  await page.getByRole('button', { name: '全部按 0' }).click();
  await expect(page.locator('.review-row')).toHaveCount(1);
  await page.getByRole('button', { name: '确认', exact: true }).click();
  await page.getByRole('button', { name: '全部确认' }).click();
  await expect(page.locator('.doc-title')).toHaveText('淮安市洪泽区人民政府2025年政府信息公开工作年度报告');
  // The editor opens at the top, last year's 结转 carried over.
  await expect(page.locator('.doc-title')).toBeInViewport();
  await expect(cell(page, sec3Address('carriedOver', 0))).toHaveText('0');
  await shot(page, 'journey-2-opened');

  // 3. Table 三 by keyboard: 新收 along the row with Tab; no red while the columns are unfinished.
  await cell(page, sec3Address('newReceived', 0)).click();
  for (const v of ['5', '1', '0', '0', '0', '0']) {
    await page.keyboard.type(v);
    await page.keyboard.press('Tab');
  }
  await expect(cell(page, sec3Address('newReceived', 6))).toHaveText('6');
  await expect(page.locator('.cell.has-error')).toHaveCount(0);

  // 4. Paste a block from Excel at 予以公开 · 自然人: the cursor stays on the block's top-left.
  await cell(page, sec3Address('granted', 0)).click();
  await paste(page, '4\t1\t0\t0\t0\t0\r\n1\t0\t0\t0\t0\t0\r\n');
  await expect(cell(page, sec3Address('partlyGranted', 0))).toHaveText('1');
  await expect.poll(() => activeCell(page)).toBe(sec3Address('granted', 0));
  await cell(page, sec3Address('carriedForward', 0)).click();
  await paste(page, '0\t0\t0\t0\t0\t0\r\n');
  await expect.poll(() => activeCell(page)).toBe(sec3Address('carriedForward', 0));
  await shot(page, 'journey-3-filled');

  // 5. A slip and its fix: 1.5 is no count; F8 goes to it, the clerk types the right number.
  await cell(page, sec3Address('newReceived', 1)).click();
  await page.keyboard.type('1.5');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('error-count')).not.toHaveText('错误 0');
  await cell(page, 'sec4[0]').click();
  await page.keyboard.press('F8');
  await expect.poll(() => activeCell(page)).toMatch(/^sec3\./);
  await cell(page, sec3Address('newReceived', 1)).click();
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('error-count')).toHaveText('错误 0');
  await shot(page, 'journey-4-fixed');

  // 6. Export: one question at most each time, then the files.
  const docx = await exportFile(page, '导出 Word 文档');
  expect(docx.subarray(0, 2).toString()).toBe('PK');
  const pdf = await exportFile(page, '导出 PDF');
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await expect(page.locator('.statusbar .notice')).toContainText('已导出 PDF');
  // After 按 0 打印 the blanks show the 0 they print.
  await expect(cell(page, sec3Address('denied_1', 0))).toHaveText('0');
  await shot(page, 'journey-5-exported');
});
