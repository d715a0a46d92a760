// A scanned report opened from the start screen: read by OCR offline, each unconfirmed number shown beside the crop of its scanned cell.
import type { Page } from '@playwright/test';
import { renderExport } from '../../electron/export/index.ts';
import { scanPdf } from '../fixtures/scan-build.ts';
import { sampleReport } from '../fixtures/sample-report.ts';
import { shot } from './editor-helpers.ts';
import { expect, test } from './fixtures.ts';

async function pickPdf(page: Page, button: string, name: string, bytes: Uint8Array) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button, exact: true }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(bytes) });
}

test('打开扫描件 PDF：核对页在存疑的数字旁显示扫描原件，确认后得到报告', async ({ page }) => {
  // OCR of six pages on a shared machine.
  test.setTimeout(240_000);
  const truth = sampleReport();
  const scan = scanPdf((await renderExport(truth, 'pdf')).bytes, 150, { rotate: 0.8, quality: 80 });
  await pickPdf(page, '打开…', '白沙镇年报扫描件.pdf', scan);
  const review = page.locator('.review-screen');
  await expect(review.getByRole('heading', { name: '核对导入的内容' })).toBeVisible({ timeout: 200_000 });
  await expect(review).toContainText(truth.unit.name);
  const items = page.locator('.review-item');
  const n = await items.count();
  let crops = 0;
  for (let k = 0; k < n; k++) {
    await items.nth(k).click();
    const here = await page.locator('.review-detail img.review-crop').count();
    if (here && !crops) await shot(page, 'import-scan-crop');
    crops += here;
  }
  expect(crops).toBeGreaterThan(0);
  const crop = page.locator('img.review-crop').first();
  await page.getByRole('button', { name: '全部确认' }).click();
  await expect(crop).toHaveCount(0);
  await expect(page.locator('.doc-title')).toHaveText(`${truth.unit.name}${truth.year}年政府信息公开工作年度报告`);
});
