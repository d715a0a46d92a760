// 文件 › 批量审核文件夹… in the web build: the clerk picks the folder of units' reports in the browser's
// folder picker; the table, its sorting and filters, opening one unit in the editor and back, and the exports.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { serializeReport } from '../../shared/file/codec.ts';
import type { Report } from '../../shared/report/model.ts';
import { sec2Address, sec3Address } from '../../shared/schema/index.ts';
import { cellFromNumber } from '../../shared/values/parse.ts';
import { consistentReport } from '../fixtures/consistent-report.ts';
import { renderReport } from '../fixtures/report-text.ts';
import { createReport } from './editor-helpers.ts';
import { test, expect } from './fixtures.ts';

function unit(name: string, licensing: number, year = 2026): Report {
  const r = consistentReport();
  r.unit.name = name;
  r.year = year;
  r.cells[sec2Address('licensing')] = cellFromNumber(licensing);
  return r;
}

/** A district's folder: two good units (one as text), one with a table error, last year's report of one, a damaged file. */
async function district(): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'nianbao-batch-e2e-')), '示例区各单位');
  await mkdir(join(dir, '乡镇'), { recursive: true });
  await writeFile(join(dir, '乡镇', '甲镇.nianbao'), serializeReport(unit('示例区甲镇人民政府', 100)));
  await writeFile(join(dir, '乡镇', '甲镇2025.nianbao'), serializeReport(unit('示例区甲镇人民政府', 1000, 2025)));
  const wrong = unit('示例区乙局', 30);
  wrong.cells[sec3Address('granted', 0)] = cellFromNumber(99);
  await writeFile(join(dir, '乙局.nianbao'), serializeReport(wrong));
  await writeFile(join(dir, '丙局.txt'), renderReport(unit('示例区丙局', 7), 'tab'));
  await writeFile(join(dir, '坏.nianbao'), '{"format":');
  return dir;
}

async function pickFolder(page: Page, dir: string, open: () => Promise<void>) {
  const chooser = page.waitForEvent('filechooser');
  await open();
  await (await chooser).setFiles(dir);
}

const rows = (page: Page) => page.locator('.batch-table tbody tr');

test('批量审核文件夹：表格可排序、筛选，点击一行打开该单位的报告，导出问题清单和汇总表', async ({ page }) => {
  const dir = await district();
  try {
    await pickFolder(page, dir, () => page.getByRole('button', { name: '批量审核文件夹…' }).click());
    // A fresh test server's first folder also starts its reader and check workers (seconds under tsx on a
    // busy machine); this test is about the table, not that start-up, which npm run bench measures.
    await expect(page.getByRole('heading', { name: '批量审核：示例区各单位' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('batch-summary')).toHaveText('共 5 个文件：2 个有错误（其中 1 个无法读取），3 个无错误。');
    await expect(rows(page)).toHaveCount(5);
    // Last year's report of 甲镇 is in the folder: its 行政许可 1000 → 100 is a gentle note.
    await expect(page.locator('tr[data-file="乡镇/甲镇.nianbao"] .batch-findings')).toContainText('不到上年的五分之一');
    await expect(page.locator('tr[data-file="坏.nianbao"]')).toContainText('无法读取');

    // Sorted by 错误, most first; then filtered to the files with errors, then by a unit's name.
    await page.getByRole('button', { name: '错误', exact: true }).click();
    await expect(page.getByRole('columnheader', { name: /错误/ })).toHaveAttribute('aria-sort', 'descending');
    const first = await rows(page).first().getAttribute('data-file');
    expect(['乙局.nianbao', '坏.nianbao']).toContain(first);
    await page.getByLabel('显示').selectOption('error');
    await expect(rows(page)).toHaveCount(2);
    await page.getByLabel('显示').selectOption('all');
    await page.getByLabel('单位或文件').fill('丙');
    await expect(rows(page)).toHaveCount(1);
    await expect(page.getByTestId('batch-count')).toHaveText('显示 1 / 5 个文件');
    await page.getByLabel('单位或文件').fill('');
    await page.screenshot({ path: test.info().outputPath('batch-table.png'), fullPage: true });

    // A click on a row opens that unit's report; the bar above the editor leads back to the table.
    await page.locator('tr[data-file="乙局.nianbao"] td').nth(1).click();
    await expect(page.getByRole('heading', { level: 1, name: /示例区乙局2026年政府信息公开工作年度报告/ })).toBeVisible();
    await expect(page.locator('.batch-bar')).toContainText('乙局.nianbao');
    await page.screenshot({ path: test.info().outputPath('batch-opened.png') });
    await page.getByRole('button', { name: '返回审核结果' }).click();
    await expect(page.locator('tr[data-file="乙局.nianbao"]')).toHaveClass(/batch-opened/);

    // 问题清单: the xlsx of findings, one row per finding.
    const findings = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出问题清单（Excel）' }).click();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await (await findings).path())!);
    const sheet = wb.getWorksheet('审核结果')!;
    expect(sheet.getColumn(1).values).toContain('坏.nianbao');
    await expect(page.getByRole('status')).toContainText('已导出问题清单');

    // 汇总表: 乙局's tables have an error, so the clerk is asked first; 取消 exports nothing.
    await page.getByRole('button', { name: '导出汇总表（Excel）' }).click();
    await expect(page.getByRole('alertdialog')).toContainText('示例区乙局（乙局.nianbao）：');
    const sum = page.waitForEvent('download');
    await page.getByRole('button', { name: '仍然汇总' }).click();
    const sumBook = new ExcelJS.Workbook();
    await sumBook.xlsx.readFile((await (await sum).path())!);
    const values = sumBook.getWorksheet('汇总')!.getSheetValues() as unknown[][];
    // 甲 100 + 乙 30 + 丙 7 (the text file read back); last year's 甲 and the damaged file are left out.
    expect(values.find((r) => r?.[4] === sec2Address('licensing'))![3]).toBe(137);
  } finally {
    await rm(join(dir, '..'), { recursive: true, force: true });
  }
});

test('文件 › 批量审核文件夹… 在编辑器的菜单中；空文件夹是一张空表，关闭后回到编辑器', async ({ page }) => {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-batch-empty-'));
  try {
    await createReport(page, '示例区丁镇人民政府');
    await page.getByRole('button', { name: '文件', exact: true }).click();
    await pickFolder(page, dir, () => page.getByRole('menuitem', { name: '批量审核文件夹…' }).click());
    await expect(page.getByTestId('batch-summary')).toHaveText('共 0 个文件：0 个有错误，0 个无错误。');
    await expect(page.getByText('没有符合条件的文件。')).toBeVisible();
    await expect(page.getByRole('button', { name: '导出汇总表（Excel）' })).toBeDisabled();
    await page.getByRole('button', { name: '关闭', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: /示例区丁镇人民政府/ })).toBeVisible();
    await expect(page.locator('.batch-bar')).toHaveCount(0);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
