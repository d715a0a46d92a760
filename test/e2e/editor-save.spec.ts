import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { cell, createReport, typeInto } from './editor-helpers.ts';

test('保存、重新载入后数据相同；标题显示未保存标记', async ({ page, server }) => {
  await createReport(page, '示例街道办事处', '2025');
  await expect(page).toHaveTitle(/^● 示例街道办事处 2025年度报告/);
  await typeInto(page, 'sec3.rows.newReceived[0]', '6');
  await typeInto(page, 'sec3.rows.granted[0]', '4');
  await typeInto(page, 'sec3.rows.carriedForward[0]', '2');
  await typeInto(page, 'sec2.normativeDocs.issued', '3');
  const para = page.getByLabel('六、其他需要报告的事项 第 1 段正文');
  await para.fill('本年度无收费。');
  await page.keyboard.press('Control+s');
  await expect(page.locator('.statusbar .notice')).toContainText('已保存');
  await expect(page).toHaveTitle(/^示例街道办事处 2025年度报告/);

  const files = (await readdir(server.workspace)).filter((f) => f.endsWith('.nianbao'));
  expect(files).toHaveLength(1);
  const saved = JSON.parse(await readFile(join(server.workspace, files[0]!), 'utf8'));
  expect(saved.report.cells['sec3.rows.granted[0]']).toEqual({ raw: '4', value: 4 });
  expect(saved.report.sections.other.paragraphs[0].text).toBe('本年度无收费。');

  await page.reload();
  await page.getByRole('button', { name: new RegExp(files[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click();
  await expect(cell(page, 'sec3.rows.granted[0]')).toHaveText('4');
  await expect(cell(page, 'sec3.rows.newReceived[6]')).toHaveText('6');
  await expect(cell(page, 'sec2.normativeDocs.issued')).toHaveText('3');
  await expect(page.getByLabel('六、其他需要报告的事项 第 1 段正文')).toHaveValue('本年度无收费。');
  await expect(page.getByLabel('单位名称')).toHaveValue('示例街道办事处');
  await expect(page.getByTestId('error-count')).toHaveText('错误 0');

  // Saving again writes over the same file, including a value still being typed.
  await cell(page, 'sec4[0]').click();
  await page.keyboard.type('1');
  await page.keyboard.press('Control+s');
  await expect(page.locator('.statusbar .notice')).toContainText('已保存');
  await expect(cell(page, 'sec4[0]')).toHaveText('1');
  const again = (await readdir(server.workspace)).filter((f) => f.endsWith('.nianbao'));
  expect(again).toEqual(files);
  const resaved = JSON.parse(await readFile(join(server.workspace, files[0]!), 'utf8'));
  expect(resaved.report.cells['sec4[0]']).toEqual({ raw: '1', value: 1 });
});

test('未保存的修改在重新打开时可恢复', async ({ page, server }) => {
  await createReport(page, '示例乡人民政府');
  await typeInto(page, 'sec4[2]', '9');
  // The recovery copy is written ~1 s after the last edit: wait until it holds the edit.
  const recovery = join(server.workspace, '.data', 'recovery.nianbao');
  await expect.poll(() => readFile(recovery, 'utf8').then((t) => t.includes('"sec4[2]"'), () => false), { timeout: 10_000 }).toBe(true);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('发现上次未保存的修改');
  await page.getByRole('button', { name: '恢复' }).click();
  await expect(cell(page, 'sec4[2]')).toHaveText('9');
  await expect(page).toHaveTitle(/^● 示例乡人民政府/);
});

test('从未保存的新报告：最后一次修改后立即重新载入（0.3 秒内），修改不丢失，提供恢复', async ({ page }) => {
  await createReport(page, '示例乡人民政府');
  await typeInto(page, 'sec4[0]', '3');
  await typeInto(page, 'sec4[2]', '9');
  // Well inside the ~1 s the copy waits while the clerk types: leaving writes it at once.
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('发现上次未保存的修改');
  await page.getByRole('button', { name: '恢复' }).click();
  await expect(cell(page, 'sec4[0]')).toHaveText('3');
  await expect(cell(page, 'sec4[2]')).toHaveText('9');
});

test('切到别的窗口（页面隐藏）时立即写入本地副本', async ({ page }) => {
  await createReport(page, '示例乡人民政府');
  const copy = () => page.evaluate(() => localStorage.getItem('nianbao-unsaved') ?? '');
  await typeInto(page, 'sec4[1]', '7');
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  expect(await copy()).toContain('"sec4[1]":{"raw":"7"');
});

test('表头信息可修改：单位名称和年度', async ({ page }) => {
  await createReport(page);
  await page.getByLabel('单位名称').fill('示例镇人民政府办公室');
  await page.getByLabel('报告年度').fill('2026');
  await expect(page.locator('.doc-title')).toHaveText('示例镇人民政府办公室2026年政府信息公开工作年度报告');
});
