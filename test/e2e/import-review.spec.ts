// The review screen: every flag of an imported report is seen, confirmed or corrected before the report opens.
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CORPUS, ORIGINALS } from '../fixtures/corpus.ts';
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

test('核对空白格：按行列出，原文行在旁；总计不问；「本行其余按 0」「全部按 0」', async ({ page }) => {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从上年报告新建…', exact: true }).click();
  await (await chooser).setFiles(join(ORIGINALS, '103_hongze_2024.pdf'));
  await expect(page.locator('.review-screen')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: '确认', exact: true }).click();
  // The 2019 format's single （六） row: its two missing sub-rows are one step, row by row, 总计 not asked.
  await expect(page.locator('#review-place')).toContainText('表三（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 等 2 行 12 格');
  const rows = page.locator('.review-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).getByRole('textbox')).toHaveCount(6);
  await expect(page.locator('.review-detail')).not.toContainText('总计');
  // The source row the blanks come from stands beside them.
  await expect(rows.nth(0).locator('.review-source')).toContainText('（六）其他处理');
  await shot(page, 'import-review-rows');
  await rows.nth(0).getByRole('textbox').nth(0).fill('2');
  await rows.nth(0).getByRole('button', { name: '本行其余按 0' }).click();
  await expect(rows.nth(0).getByRole('textbox').nth(1)).toHaveValue('0');
  await expect(rows.nth(0).getByRole('textbox').nth(0)).toHaveValue('2');
  await expect(rows.nth(1).getByRole('textbox').nth(0)).toBeFocused();
  await page.getByRole('button', { name: '全部按 0' }).click();
  // 全部按 0 confirms the step and moves on to the next.
  await expect(page.locator('.review-item').nth(1)).toContainText('已更正');
  await expect(page.locator('#review-place')).toContainText('表三（六）其他处理3.其他 · 6 格');
  await page.getByRole('button', { name: '确认', exact: true }).click();
  await page.getByRole('button', { name: '全部确认' }).click();
  await expect(page.locator('.doc-title')).toHaveText(/2025年政府信息公开工作年度报告$/);
  // The figures answered in the review are last year's, set beside this year's cells.
  await page.getByRole('button', { name: '视图', exact: true }).click();
  await page.getByRole('menuitemcheckbox', { name: /与上年对比/ }).click();
  await expect(cell(page, 'sec3.rows.other_1[0]').locator('.yoy-line')).toHaveText(/上年 2\s*本年未填/);
  await expect(cell(page, 'sec3.rows.other_1[1]').locator('.yoy-line')).toHaveText(/上年 0\s*本年未填/);
});
