import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serializeReport } from '../../shared/file/codec.ts';
import { blankReport } from '../../shared/report/blank.ts';
import { cellFromNumber } from '../../shared/values/parse.ts';
import { expect, test } from './fixtures.ts';
import { cell, createReport, shot, typeInto } from './editor-helpers.ts';
import { importTruth } from '../fixtures/import-truth.ts';
import { renderReport } from '../fixtures/report-text.ts';

const LICENSING = 'sec2.licensing';
const NATURAL_NEW = 'sec3.rows.newReceived[0]';
const COPIED = '信息发布还不够及时，个别栏目更新较慢。下一步将完善发布流程，明确专人负责。';

/** A made-up unit's 2024 report as a .nianbao file: the figures and the paragraph the tests compare with. */
async function lastYearFile(unit: string): Promise<string> {
  const last = blankReport({ unit, kind: 'township', year: 2024 });
  last.cells[LICENSING] = cellFromNumber(100);
  last.cells[NATURAL_NEW] = cellFromNumber(20);
  last.cells['sec3.rows.granted[0]'] = cellFromNumber(17);
  last.cells['sec3.rows.carriedForward[0]'] = cellFromNumber(3);
  last.sections.problems.paragraphs = [{ heading: '', text: COPIED }];
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-yoy-'));
  const path = join(dir, `${unit}2024年报告.nianbao`);
  await writeFile(path, serializeReport(last));
  return path;
}

async function toggleYearOnYear(page: Page): Promise<void> {
  await page.getByRole('button', { name: '视图', exact: true }).click();
  await page.getByRole('menuitemcheckbox', { name: /与上年对比/ }).click();
}

test('与上年对比：每格下方上年数、增减和百分比，提示标在格上，与上年相同的段落有底纹；视图菜单开关', async ({ page }) => {
  const path = await lastYearFile('示例镇人民政府');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从上年报告新建…' }).click();
  await (await chooser).setFiles(path);
  // The first open loads the readers: more than the default wait on a busy machine.
  await expect(page.locator('.doc-title')).toHaveText('示例镇人民政府2025年政府信息公开工作年度报告', { timeout: 20_000 });
  await expect(page.locator('.yoy-line')).toHaveCount(0);

  await typeInto(page, LICENSING, '600');
  await typeInto(page, NATURAL_NEW, '25');
  await typeInto(page, 'sec3.rows.granted[1]', '15');
  await toggleYearOnYear(page);

  const licensing = cell(page, LICENSING);
  await expect(licensing.locator('.yoy-line')).toHaveText(/上年 100\s*\+500\s\+500%/);
  await expect(licensing).toHaveClass(/has-note/);
  await expect(licensing).toHaveAttribute('title', /提示：.*本年 600，上年（2024年）100，超过上年的 5 倍/);
  await expect(cell(page, NATURAL_NEW).locator('.yoy-line')).toHaveText(/上年 20\s*\+5\s\+25%/);
  await expect(cell(page, NATURAL_NEW)).not.toHaveClass(/has-note/);
  // Typed this year but not last: said so, not a division by zero.
  await expect(cell(page, 'sec3.rows.granted[1]').locator('.yoy-line')).toHaveText(/上年未填/);
  // Empty both years: nothing to compare, nothing drawn.
  await expect(cell(page, 'sec3.rows.denied_1[2]').locator('.yoy-line')).toHaveCount(0);
  await expect(cell(page, 'sec3.rows.granted[0]').locator('.yoy-line')).toHaveText(/上年 17\s*本年未填/);

  const bar = page.getByRole('region', { name: '与上年对比' });
  await expect(bar).toContainText('与上年（2024年）对比');
  await expect(bar.locator('.yoy-note')).toHaveCount(1);
  await bar.scrollIntoViewIfNeeded();
  await shot(page, 'editor-yoy-bar');
  // A note, not a warning: the 问题 panel does not list it.
  await expect(page.locator('.problems')).not.toContainText('超过上年的 5 倍');

  // The cells update as they are typed.
  await typeInto(page, LICENSING, '120');
  await expect(licensing.locator('.yoy-line')).toHaveText(/上年 100\s*\+20\s\+20%/);
  await expect(licensing).not.toHaveClass(/has-note/);
  await expect(bar).toContainText('没有与上年相差特别大的数字');
  await typeInto(page, LICENSING, '15');
  await bar.locator('.yoy-note').click();
  await expect(licensing).toHaveClass(/active/);

  const copied = page.locator('[data-paragraph="problems.0"]');
  await expect(copied).toHaveClass(/same-as-last/);
  await expect(copied.locator('.last-year-badge')).toHaveText('与上年相同');
  await copied.getByRole('textbox', { name: /正文/ }).fill('信息发布还不够及时，个别栏目更新较慢。今年起由办公室统一审核后发布。');
  await expect(copied).toHaveClass(/partly-as-last/);
  await expect(copied.locator('.last-year-badge')).toHaveText('有 1 句与上年相同');

  for (const [w, h] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await cell(page, 'sec3.rows.granted[0]').scrollIntoViewIfNeeded();
    // Readable: last year's figure is not cut off in the narrowest table.
    for (const part of ['.yoy-last', '.yoy-change']) {
      const line = cell(page, 'sec3.rows.newReceived[6]').locator(part);
      const fits = await line.evaluate((el) => el.scrollWidth <= el.clientWidth);
      expect(fits, `${w}×${h}：表三总计列的${part}被截断`).toBe(true);
    }
    await shot(page, `editor-yoy-${w}x${h}`);
  }

  await page.getByRole('button', { name: '视图', exact: true }).click();
  await expect(page.getByRole('menuitemcheckbox', { name: /与上年对比/ })).toHaveAttribute('aria-checked', 'true');
  await page.getByRole('menuitemcheckbox', { name: /与上年对比/ }).click();
  await expect(page.locator('.yoy-line')).toHaveCount(0);
  await expect(bar).toHaveCount(0);
  await expect(copied).not.toHaveClass(/as-last/);
});

test('没有从上年报告新建的报告：选择上年报告后对比，撤销后恢复原样', async ({ page }) => {
  await createReport(page, '示例镇人民政府', '2025');
  await typeInto(page, LICENSING, '90');
  await toggleYearOnYear(page);
  const bar = page.getByRole('region', { name: '与上年对比' });
  await expect(bar).toContainText('本报告没有上年的表格数字');
  await expect(page.locator('.yoy-line')).toHaveCount(0);

  const path = await lastYearFile('示例镇人民政府');
  const chooser = page.waitForEvent('filechooser');
  await bar.getByRole('button', { name: '选择上年报告…' }).click();
  await (await chooser).setFiles(path);
  await expect(bar).toContainText('与上年（2024年）对比', { timeout: 20_000 });
  await expect(cell(page, LICENSING).locator('.yoy-line')).toHaveText(/上年 100\s*−10\s−10%/);
  await expect(page.locator('.statusbar .notice')).toContainText('（2024年）的表格数字和正文');
  // Last year's figures serve the cross-year checks too: its 结转 3 is this year's 上年结转.
  await expect(cell(page, 'sec3.rows.carriedOver[0]').locator('.cell-hint')).toHaveText('建议 3');

  await page.keyboard.press('Control+z');
  await expect(bar).toContainText('本报告没有上年的表格数字');
  await expect(page.locator('.yoy-line')).toHaveCount(0);
});

test('选择的“上年报告”不早于本年：说明原因，不使用', async ({ page }) => {
  await createReport(page, '示例镇人民政府', '2024');
  await toggleYearOnYear(page);
  const path = await lastYearFile('示例镇人民政府');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择上年报告…' }).click();
  await (await chooser).setFiles(path);
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('是 2024 年的报告，本报告是 2024 年的', { timeout: 20_000 });
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('region', { name: '与上年对比' })).toContainText('本报告没有上年的表格数字');
});

test('上年报告可以是任何可导入的格式：文本文件读取后对比', async ({ page }) => {
  const last = importTruth();
  await createReport(page, last.unit.name, String(last.year + 1));
  await toggleYearOnYear(page);
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-yoy-'));
  const path = join(dir, '上年报告.txt');
  await writeFile(path, renderReport(last, 'tab'));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择上年报告…' }).click();
  await (await chooser).setFiles(path);
  const bar = page.getByRole('region', { name: '与上年对比' });
  await expect(bar).toContainText(`与上年（${last.year}年）对比`, { timeout: 20_000 });
  await expect(cell(page, LICENSING).locator('.yoy-line')).toHaveText(/上年 1520\s*本年未填/);
});
