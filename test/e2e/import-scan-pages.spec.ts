// Several page images picked at once are one report: read in the order of their names, whatever order the chooser gives; mixed with a Word file, the Chinese message.
import type { Page } from '@playwright/test';
import { renderExport } from '../../electron/export/index.ts';
import { rasterize } from '../export/poppler.ts';
import { damage, toPng } from '../fixtures/scan-build.ts';
import { sampleReport } from '../fixtures/sample-report.ts';
import { expect, test } from './fixtures.ts';

type Picked = { name: string; mimeType: string; buffer: Buffer };

async function pick(page: Page, button: string, files: Picked[]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button, exact: true }).click();
  const c = await chooser;
  expect(c.isMultiple()).toBe(true);
  await c.setFiles(files);
}

test('一次选择一份扫描报告各页的图片：按文件名顺序作为各页读取，进入核对页', async ({ page }) => {
  test.setTimeout(300_000);
  const truth = sampleReport();
  const pdf = (await renderExport(truth, 'pdf')).bytes;
  const pages = rasterize(pdf, 150).map((p, i) => ({ name: `第${i + 1}页.png`, mimeType: 'image/png', buffer: Buffer.from(toPng(damage(p, { rotate: 0.5 }))) }));
  // Picked last page first: the names give the order.
  await pick(page, '打开…', [...pages].reverse());
  await expect(page.locator('.scan-progress [role="status"]')).toHaveText(/正在识别第 \d+ 页，共 6 页/, { timeout: 60_000 });
  const review = page.locator('.review-screen');
  await expect(review.getByRole('heading', { name: '核对导入的内容' })).toBeVisible({ timeout: 240_000 });
  await expect(review).toContainText('第1页.png等 6 张图片');
  await expect(review).toContainText(truth.unit.name);
});

test('图片和 Word 文件一起选择：中文说明只能选同一份报告各页的图片，停在开始页面', async ({ page }) => {
  const png = toPng({ width: 8, height: 8, rgba: new Uint8Array(8 * 8 * 4).fill(255) });
  await pick(page, '打开…', [
    { name: '第1页.png', mimeType: 'image/png', buffer: Buffer.from(png) },
    { name: '上年报告.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from('PK\u0003\u0004') },
  ]);
  const said = page.getByRole('alertdialog');
  await expect(said).toContainText('只能是同一份报告各页的图片');
  await expect(said).toContainText('“上年报告.docx”不是图片');
  await said.getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('heading', { name: '从上年报告开始（推荐）' })).toBeVisible();
});
