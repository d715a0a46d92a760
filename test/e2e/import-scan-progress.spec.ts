// A scan being read shows 「正在识别第 k 页，共 n 页」 and can be stopped: 取消 leaves the screen as it was, with the message, and nothing opened.
import type { Page } from '@playwright/test';
import { renderExport } from '../../electron/export/index.ts';
import { scanPdf } from '../fixtures/scan-build.ts';
import { sampleReport } from '../fixtures/sample-report.ts';
import { shot } from './editor-helpers.ts';
import { expect, test } from './fixtures.ts';

async function scanOfSample(): Promise<Uint8Array> {
  return scanPdf((await renderExport(sampleReport(), 'pdf')).bytes, 150, { rotate: 0.6, quality: 85 });
}

async function pick(page: Page, button: string, name: string, bytes: Uint8Array) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button, exact: true }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(bytes) });
}

/** The page number the counter shows, once it shows 「第 k 页，共 n 页」. */
async function pageShown(page: Page): Promise<{ page: number; pages: number }> {
  const status = page.locator('.scan-progress [role="status"]');
  await expect(status).toHaveText(/正在识别第 \d+ 页，共 \d+ 页/, { timeout: 60_000 });
  const m = /第 (\d+) 页，共 (\d+) 页/.exec((await status.textContent()) ?? '')!;
  return { page: Number(m[1]), pages: Number(m[2]) };
}

test('打开多页扫描件：页数计数随识别前进，读完后进入核对页', async ({ page }) => {
  // OCR of six pages on a shared machine.
  test.setTimeout(300_000);
  const scan = await scanOfSample();
  await pick(page, '打开…', '多页扫描件.pdf', scan);
  const first = await pageShown(page);
  expect(first.pages).toBe(6);
  await shot(page, 'import-scan-progress');
  // The counter moves on to a later page while the same reading goes on.
  expect(first.page).toBeLessThan(6);
  await expect.poll(async () => (await pageShown(page)).page, { timeout: 120_000, intervals: [200] }).toBeGreaterThan(first.page);
  await expect(page.locator('.review-screen').getByRole('heading', { name: '核对导入的内容' })).toBeVisible({ timeout: 240_000 });
  await expect(page.locator('.scan-progress')).toHaveCount(0);
});

test('从上年报告新建时取消识别：回到开始页面并说明已取消，没有打开任何报告', async ({ page }) => {
  test.setTimeout(180_000);
  const scan = await scanOfSample();
  await pick(page, '从上年报告新建…', '上年报告扫描件.pdf', scan);
  await pageShown(page);
  await page.locator('.scan-progress').getByRole('button', { name: '取消' }).click();
  const said = page.getByRole('alertdialog');
  await expect(said).toContainText('已取消识别扫描件，没有打开任何文件', { timeout: 60_000 });
  await shot(page, 'import-scan-cancelled');
  await expect(page.locator('.scan-progress')).toHaveCount(0);
  await said.getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('heading', { name: '从上年报告开始（推荐）' })).toBeVisible();
  await expect(page.locator('.review-screen')).toHaveCount(0);
  await expect(page.locator('.doc-title')).toHaveCount(0);
});
