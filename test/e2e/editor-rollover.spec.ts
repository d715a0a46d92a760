import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeReport } from '../../shared/file/codec.ts';
import { blankReport } from '../../shared/report/blank.ts';
import { cellFromNumber } from '../../shared/values/parse.ts';
import { expect, test } from './fixtures.ts';
import { cell, shot, typeInto, exportDespiteText } from './editor-helpers.ts';

async function lastYearFile(): Promise<string> {
  const last = blankReport({ unit: '示例县教育局', kind: 'countyDept', year: 2024 });
  last.cells['sec3.rows.carriedForward[0]'] = cellFromNumber(3);
  last.cells['sec2.normativeDocs.effective'] = cellFromNumber(10);
  last.sections.other.paragraphs = [{ heading: '', text: '2024年本单位未收取信息处理费。' }];
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-last-'));
  const path = join(dir, '示例县教育局2024年报告.nianbao');
  await writeFile(path, serializeReport(last));
  return path;
}

test('从上年报告新建：上年结转已填、核对标记可消除、上年数据作提示', async ({ page }) => {
  const path = await lastYearFile();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从上年报告新建…' }).click();
  await (await chooser).setFiles(path);
  await expect(page.locator('.doc-title')).toHaveText('示例县教育局2025年政府信息公开工作年度报告');
  await expect(cell(page, 'sec3.rows.carriedOver[0]')).toHaveText('3');
  await expect(page.locator('.statusbar .notice')).toContainText('1 段正文需要核对');

  const mark = page.locator('.review-mark');
  await expect(mark).toContainText('仍写有上年年份“2024年”');
  // 现行有效 hint: last year's 10 + 制发 − 废止.
  await typeInto(page, 'sec2.normativeDocs.issued', '4');
  await typeInto(page, 'sec2.normativeDocs.repealed', '1');
  // A suggestion worded as one, never a grey number that passes for a filled cell.
  await expect(cell(page, 'sec2.normativeDocs.effective')).toHaveText('建议 13');
  await expect(cell(page, 'sec2.normativeDocs.effective')).toHaveAttribute('title', /上年现行有效 10 \+ 本年制发 4 − 本年废止 1 = 13/);
  await shot(page, 'editor-rollover');
  await mark.getByRole('button', { name: '忽略核对标记…' }).click();
  await mark.getByRole('button', { name: '确定' }).click();
  await expect(mark).toHaveCount(0);

  // A warning can carry the clerk's reason.
  await typeInto(page, 'sec2.normativeDocs.effective', '12');
  const warning = page.locator('.problems .finding.warning', { hasText: '现行有效件数' });
  await expect(warning).toHaveCount(1);
  await warning.getByRole('button', { name: '忽略这一条…' }).click();
  await warning.getByLabel('忽略的理由').selectOption('本年情况确实如此');
  await warning.getByLabel('说明（可不填）').fill('有 1 件文件在年中宣布失效');
  await warning.getByRole('button', { name: '确定' }).click();
  await expect(warning).toContainText('已忽略：本年情况确实如此：有 1 件文件在年中宣布失效');
});

test('打印：在浏览器的 PDF 查看器中打开导出的 PDF', async ({ page, context, server }) => {
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await page.getByLabel('单位名称').fill('示例镇人民政府');
  await page.getByRole('button', { name: '新建年度报告' }).click();
  await page.getByRole('button', { name: '文件', exact: true }).click();
  const popup = context.waitForEvent('page');
  await page.getByRole('menuitem', { name: /打印/ }).click();
  await exportDespiteText(page);
  const viewer = await popup;
  expect(viewer.url()).toMatch(/inline=1/);
  // Printing is not an export: no download, no file in the clerk's folder.
  expect(downloads).toEqual([]);
  expect((await readdir(server.workspace)).filter((n) => !n.startsWith('.'))).toEqual([]);
  await expect(page.locator('.statusbar .notice')).toContainText('已打开打印预览');
});
