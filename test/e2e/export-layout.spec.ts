import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { createReport } from './editor-helpers.ts';

test('版式选择（表格不跨页、小标题接排、标题分行）存入年报文件，重新打开后仍在，可撤销', async ({ page, server }) => {
  await createReport(page, '示例街道办事处', '2025');
  const whole = page.getByRole('checkbox', { name: '导出时表格不跨页' });
  await expect(whole).not.toBeChecked();
  await whole.check();
  await expect(whole).toBeChecked();
  const subheadings = page.getByRole('combobox', { name: '小标题' });
  await expect(subheadings).toHaveValue('ownLine');
  await subheadings.selectOption({ label: '与正文接排' });
  const breaks = page.getByRole('textbox', { name: '标题分行' });
  await breaks.fill('示例街道/办事处（错）');
  await expect(page.getByText('标题分行与单位名称不一致，导出时按自动分行')).toBeVisible();
  await breaks.fill('示例街道/办事处');
  await expect(page.getByText('标题分行与单位名称不一致，导出时按自动分行')).toHaveCount(0);
  await page.keyboard.press('Control+s');
  await expect(page.locator('.statusbar .notice')).toContainText('已保存');

  const files = (await readdir(server.workspace)).filter((f) => f.endsWith('.nianbao'));
  expect(files).toHaveLength(1);
  const saved = JSON.parse(await readFile(join(server.workspace, files[0]!), 'utf8'));
  expect(saved.report.layout).toEqual({ tablesWhole: true, subheadings: 'runIn', titleBreaks: '示例街道/办事处' });

  await page.reload();
  await page.getByRole('button', { name: new RegExp(files[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click();
  // Opening a file loads the readers first: on a busy machine that takes a while.
  await expect(page.getByLabel('单位名称')).toHaveValue('示例街道办事处', { timeout: 30_000 });
  await expect(page.getByRole('checkbox', { name: '导出时表格不跨页' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: '小标题' })).toHaveValue('runIn');
  await page.getByRole('checkbox', { name: '导出时表格不跨页' }).uncheck();
  await expect(page.getByRole('checkbox', { name: '导出时表格不跨页' })).not.toBeChecked();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('checkbox', { name: '导出时表格不跨页' })).toBeChecked();
});
