/** Spreadsheet habits: Enter after a run of Tabs, paste with the row labels, the caret after open. */
import type { Page } from '@playwright/test';
import { serializeReport } from '../../shared/file/codec.ts';
import { blankReport } from '../../shared/report/blank.ts';
import { sec3Address } from '../../shared/schema/index.ts';
import { expect, test } from './fixtures.ts';
import { cell, createReport, editor } from './editor-helpers.ts';

const activeCell = (page: Page) => page.evaluate(() => document.querySelector('td.active')?.getAttribute('data-cell') ?? null);

test('连续 Tab 后回车回到开始的那一列；Tab 跳过总计', async ({ page }) => {
  await createReport(page);
  await cell(page, sec3Address('granted', 3)).click();
  for (const v of ['1', '2', '3']) {
    await page.keyboard.type(v);
    await page.keyboard.press('Tab');
  }
  // From the last applicant column Tab skips the 总计 and goes to the next row.
  await expect.poll(() => activeCell(page)).toBe(sec3Address('partlyGranted', 0));
  await page.keyboard.press('Shift+Tab');
  await cell(page, sec3Address('granted', 1)).click();
  await page.keyboard.type('7');
  await page.keyboard.press('Tab');
  await page.keyboard.type('8');
  await page.keyboard.press('Enter');
  await expect.poll(() => activeCell(page)).toBe(sec3Address('partlyGranted', 1));
  await expect(cell(page, sec3Address('granted', 2))).toHaveText('8');
});

test('带行标题复制的表格：去掉标题，数字对齐，并说明', async ({ page }) => {
  await createReport(page);
  await cell(page, sec3Address('newReceived', 0)).click();
  const text = ['一、本年新收政府信息公开申请数量\t\t5\t1\t0\t0\t0\t0\t6', '二、上年结转政府信息公开申请数量\t\t2\t0\t0\t0\t0\t0\t2'].join('\r\n');
  await editor(page).evaluate((el, t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
  await expect(page.locator('.statusbar .notice')).toContainText('复制的内容带有 2 列行标题，已去掉，只粘贴数字');
  await expect(page.locator('.statusbar .notice')).toContainText('总计由系统自动计算，粘贴时跳过了 2 个总计单元格');
  await expect(cell(page, sec3Address('newReceived', 0))).toHaveText('5');
  await expect(cell(page, sec3Address('newReceived', 1))).toHaveText('1');
  await expect(cell(page, sec3Address('carriedOver', 0))).toHaveText('2');
  await expect(cell(page, sec3Address('newReceived', 6))).toHaveText('6');
});

test('打开文件后光标落在第一个待填单元格', async ({ page }) => {
  const r = blankReport({ unit: '示例镇人民政府', kind: 'township', year: 2025 });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '打开…', exact: true }).click();
  await (await chooser).setFiles({ name: '年报.nianbao', mimeType: 'application/json', buffer: Buffer.from(serializeReport(r)) });
  await expect.poll(() => activeCell(page)).toBe('sec2.rules.issued');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('cell-editor'))).toBe(true);
});
