// The small frictions of a clerk's first hour: where the start screen leads, where the editor opens,
// what 按 0 打印 shows, how a damaged file is named, the 标题分行 field, the cell-name strip.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeReport } from '../../shared/file/codec.ts';
import { blankReport } from '../../shared/report/blank.ts';
import { cellFromNumber } from '../../shared/values/parse.ts';
import { createReport, cell, shot } from './editor-helpers.ts';
import { expect, test } from './fixtures.ts';

test('开始页：从上年报告新建是最大的主按钮，在新建表单之上', async ({ page }) => {
  const last = page.getByRole('button', { name: '从上年报告新建…', exact: true });
  const blank = page.getByRole('button', { name: '新建年度报告' });
  await expect(last).toHaveClass(/primary/);
  await expect(blank).not.toHaveClass(/primary/);
  const a = (await last.boundingBox())!;
  const b = (await blank.boundingBox())!;
  expect(a.height).toBeGreaterThan(b.height);
  expect(a.y).toBeLessThan(b.y);
  await shot(page, 'start-last-year-first');
});

test('编辑器打开在顶部：标题和第一部分可见，光标在第一个要填的单元格', async ({ page }) => {
  await createReport(page);
  await expect(page.locator('.doc-title')).toBeInViewport();
  await expect(page.locator('#h-overview')).toBeInViewport();
  await expect(page.locator('td.active')).toHaveCount(1);
  await shot(page, 'editor-opens-at-top');
});

test('按 0 打印之后，空白单元格显示 0', async ({ page }) => {
  await createReport(page);
  await expect(cell(page, 'sec4[0]')).toHaveText('');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Word 文档' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '按 0 打印并导出' }).click();
  await download;
  await expect(cell(page, 'sec4[0]')).toHaveText('0');
  await expect(cell(page, 'sec3.rows.granted[0]')).toHaveText('0');
});

test('损坏的 Word 文档：说“文件已损坏”', async ({ page }) => {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '打开…', exact: true }).click();
  await (await chooser).setFiles({ name: '上年报告.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('残缺的内容，不是 Word 文档 \u0000\u0001') });
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('文件已损坏');
  await expect(dialog).not.toContainText('可以读取的');
});

test('标题分行：输入框放得下自动分行的提示，并说明用法；单元格名称栏不超过 46 像素高', async ({ page }) => {
  await createReport(page, '示例县示例镇人民政府办公室');
  const field = page.getByLabel('标题分行');
  await expect(page.getByText('用“/”标出换行处，留空自动分行')).toBeVisible();
  const fits = await field.evaluate((el: HTMLInputElement) => {
    const c = document.createElement('canvas').getContext('2d')!;
    c.font = getComputedStyle(el).font;
    return c.measureText(el.placeholder).width <= el.clientWidth;
  });
  expect(fits).toBe(true);
  const box = (await field.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(1366);
  await cell(page, 'sec3.rows.granted[0]').click();
  const bar = (await page.locator('#cell-info').boundingBox())!;
  expect(bar.height).toBeLessThanOrEqual(46);
  await shot(page, 'editor-header-and-strip');
});

test('与上年对比的“建议”（现行有效）可以一键采用', async ({ page }) => {
  const last = blankReport({ unit: '示例镇人民政府', kind: 'township', year: 2024 });
  last.cells['sec2.normativeDocs.effective'] = cellFromNumber(11);
  const path = join(await mkdtemp(join(tmpdir(), 'nianbao-hint-')), '示例镇人民政府2024年报告.nianbao');
  await writeFile(path, serializeReport(last));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从上年报告新建…', exact: true }).click();
  await (await chooser).setFiles(path);
  const effective = cell(page, 'sec2.normativeDocs.effective');
  await expect(effective).toHaveText('建议 11', { timeout: 20_000 });
  await effective.click();
  await page.getByRole('button', { name: '采用建议 11' }).click();
  await expect(effective).toHaveText('11');
  await expect(page.getByRole('button', { name: /采用建议/ })).toHaveCount(0);
});
