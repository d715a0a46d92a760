// Warnings without noise: last year's text is one finding per section, every warning is set aside the same
// way, and the export asks once, counting blank cells as the 问题 panel does.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeReport } from '../../shared/file/codec.ts';
import { blankReport } from '../../shared/report/blank.ts';
import { cellFromNumber } from '../../shared/values/parse.ts';
import { shot } from './editor-helpers.ts';
import { expect, test } from './fixtures.ts';

const SAID = ['本镇通过政府网站主动公开政府信息一百二十条，内容涵盖财政预决算。', '本镇政务新媒体账号全年发布信息三百余条，及时回应群众关切。'];

async function lastYearFile(): Promise<string> {
  const last = blankReport({ unit: '示例镇人民政府', kind: 'township', year: 2024 });
  last.cells['sec3.rows.newReceived[0]'] = cellFromNumber(2);
  last.sections.proactive.paragraphs = SAID.map((text) => ({ heading: '', text }));
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-once-'));
  const path = join(dir, '示例镇人民政府2024年报告.nianbao');
  await writeFile(path, serializeReport(last));
  return path;
}

test('与上年相同：每部分一条，列出各段；忽略一种方式；导出只问一次，空白格数与问题列表相同', async ({ page }) => {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从上年报告新建…' }).click();
  await (await chooser).setFiles(await lastYearFile());
  await expect(page.locator('.doc-title')).toHaveText('示例镇人民政府2025年政府信息公开工作年度报告', { timeout: 20_000 });

  const panel = page.locator('.problems');
  const same = panel.locator('.finding', { hasText: '与上年报告完全相同' });
  await expect(same).toHaveCount(1);
  await expect(same).toContainText('第二部分：第 1、2 段共有 2 句与上年报告完全相同');
  await same.getByRole('button', { name: '忽略这一条…' }).click();
  await same.getByLabel('忽略的理由').selectOption('本年情况确实如此');
  await same.getByRole('button', { name: '确定' }).click();
  await expect(same).toContainText('已忽略：本年情况确实如此');
  await shot(page, 'findings-once-panel');

  const blanks = await panel.locator('.remaining-jump', { hasText: '表三还有' }).textContent();
  const n = /表三还有 (\d+) 格未填/.exec(blanks ?? '')?.[1];
  expect(n).toBeTruthy();
  await page.getByRole('button', { name: '导出 PDF' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('导出前请确认');
  await expect(dialog).toContainText('有未填写的单元格');
  await expect(dialog).toContainText(`表三有 ${n} 个单元格未填写`);
  await shot(page, 'findings-once-export');
  await dialog.getByRole('button', { name: '返回修改' }).click();
  // Asked once: going back closes it, no second question follows.
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.doc-title')).toBeVisible();
});
