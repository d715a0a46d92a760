// The review screen: every flag of an imported report is seen, confirmed or corrected before the report opens.
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CORPUS } from '../fixtures/corpus.ts';
import { cell, shot } from './editor-helpers.ts';
import { expect, test } from './fixtures.ts';

/** Last year's published numbers as facts JSON, with two cells the importer was unsure of. */
function flaggedFacts(): string {
  const facts = JSON.parse(readFileSync(join(CORPUS, '000_5087c93da9e13ba9.expected.json'), 'utf8')) as Record<string, unknown>;
  facts.flags = [
    { cell: 'sec3.rows.granted[0]', reason: '“予以公开”一行的数字粘连，拆分方式不唯一' },
    { cell: 'sec3.rows.carriedForward[0]', reason: '原表此处字迹不清' },
  ];
  return JSON.stringify(facts);
}

async function pick(page: Page, button: string, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button, exact: true }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('从上年报告新建：逐条核对存疑的单元格，更正后生成本年报告', async ({ page }) => {
  await pick(page, '从上年报告新建…', '上年表格.json', flaggedFacts());
  const review = page.locator('.review-screen');
  await expect(review.getByRole('heading', { name: '核对导入的内容' })).toBeVisible();
  await expect(review).toContainText('以下 2 处内容未能确定');
  await expect(review).toContainText('核对后生成2025年报告');
  await expect(page.locator('#review-place')).toContainText('表三（一）予以公开 · 自然人');
  await expect(page.locator('.review-reason')).toHaveText('“予以公开”一行的数字粘连，拆分方式不唯一');
  // 全部确认 waits until every flag was on screen.
  const all = page.getByRole('button', { name: '全部确认' });
  await expect(all).toBeDisabled();
  await shot(page, 'import-review');

  // The correction field has the focus: type over the imported value, Enter confirms and moves on.
  const field = page.getByLabel('导入的数字（可更正）');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('18');
  await field.fill('17');
  await page.keyboard.press('Enter');
  await expect(page.locator('#review-place')).toContainText('四、结转下年度继续办理 · 自然人');
  await expect(page.locator('.review-item').first()).toContainText('已更正');
  await expect(all).toBeEnabled();
  await page.keyboard.press('Enter');
  await expect(all).toBeFocused();
  await expect(page.locator('.review-progress')).toContainText('已核对 2 / 2 处');
  await page.keyboard.press('Enter');

  await expect(page.locator('.doc-title')).toHaveText('西工区人民政府2025年政府信息公开工作年度报告');
  // Roll-over as always: this year's numbers cleared, last year's 结转 carried over.
  await expect(cell(page, 'sec3.rows.granted[0]')).toHaveText('');
  await expect(page.locator('.statusbar .notice')).toContainText('已从2024年报告生成2025年报告');
});

test('打开：核对后打开上年报告本身，更正的数字写入报告', async ({ page }) => {
  await pick(page, '打开…', '上年表格.json', flaggedFacts());
  await page.getByLabel('导入的数字（可更正）').fill('１７');
  await page.getByRole('button', { name: '确认', exact: true }).click();
  // Seen by choosing it in the list is enough for 全部确认: the imported value stands.
  await page.getByRole('button', { name: /四、结转下年度继续办理 · 自然人/ }).click();
  await page.getByRole('button', { name: '全部确认' }).click();
  await expect(page.locator('.doc-title')).toHaveText('西工区人民政府2024年政府信息公开工作年度报告');
  await expect(cell(page, 'sec3.rows.granted[0]')).toHaveText('17');
  await expect(page.locator('.statusbar .notice')).toContainText('已核对从“上年表格.json”导入的 2 处内容');
});

test('核对时取消：回到开始页，不写入任何文件', async ({ page, server }) => {
  await pick(page, '从上年报告新建…', '上年表格.json', flaggedFacts());
  await expect(page.locator('.review-screen')).toBeVisible();
  await page.getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('heading', { name: '新建年度报告' })).toBeVisible();
  expect((await readdir(server.workspace)).filter((n) => !n.startsWith('.'))).toEqual([]);
});
