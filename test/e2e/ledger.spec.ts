// 从台账统计表三: a clerk's ledger (.xlsx, title rows, Excel dates) into a new report — one value the program
// does not know mapped by hand — table 三 filled exactly, and each cell's applications listed beside it.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serializeReport } from '../../shared/file/codec.ts';
import { fillFromLedger } from '../../shared/ledger/apply.ts';
import { EMPTY_MAPPING } from '../../shared/ledger/mapping.ts';
import { tallyLedger } from '../../shared/ledger/tally.ts';
import { blankReport } from '../../shared/report/blank.ts';
import { expectedSec4, generateCases } from '../fixtures/ledger-cases.ts';
import { expectedTable } from '../fixtures/ledger-expected.ts';
import { generateLedger, HEADER_NAMES, type GeneratedLedger } from '../fixtures/ledger-generator.ts';
import { bookToXlsx } from '../fixtures/ledger-xlsx.ts';
import { cell, shot } from './editor-helpers.ts';
import { expect, test } from './fixtures.ts';

const YEAR = 2024;

/** A ledger with one applicant type no list knows (「个体户」, this office's word for a business) on one application of the year. */
function ledgerWithOneUnknown(): { gen: GeneratedLedger; row: number; number: string } {
  const gen = generateLedger({ seed: 31, rows: 60, year: YEAR, unknownRate: 0 });
  const app = gen.apps.find((a) => a.received.y === YEAR && a.column !== 1)!;
  const sheet = gen.book.sheets[0]!;
  const header = sheet.rows[gen.headerRow - 1]!;
  const typeCol = header.findIndex((h) => typeof h === 'string' && /申请(人|主体)类/.test(h));
  sheet.rows[app.row - 1]![typeCol] = '个体户';
  app.unknown = { field: 'applicantType', text: '个体户' };
  app.column = 1;
  return { gen, row: app.row, number: app.number };
}

async function chooseLedger(page: Page, button: string, name: string, bytes: Uint8Array): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button, exact: true }).click();
  const c = await chooser;
  expect(await c.element().getAttribute('accept')).toContain('.xlsx');
  await c.setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
}

test('新建报告并从台账统计表三：未知的值手工对应后计入，每格数字与台账相符，点单元格列出计入的申请编号', async ({ page, server }) => {
  const { gen, row, number } = ledgerWithOneUnknown();
  const bytes = await bookToXlsx(gen.book, { mergedRows: gen.titleRows, width: gen.columnCount });
  await page.getByLabel('单位名称').fill('示例县白沙镇人民政府');
  await page.getByLabel('报告年度').fill(String(YEAR));
  await chooseLedger(page, '新建并从台账统计表三…', '白沙镇依申请公开台账.xlsx', bytes);

  const screen = page.locator('.ledger-screen');
  await expect(screen).toBeVisible({ timeout: 20_000 });
  await expect(screen.locator('.ledger-head p')).toContainText(`统计 ${YEAR} 年度`);
  await expect(screen.locator('.ledger-head p')).toContainText('1 行无法确定如何统计，未计入');
  const question = page.getByLabel('“个体户”（申请人类型）计入');
  await expect(question).toBeFocused();
  await expect(screen.locator('.ledger-questions li')).toContainText(`第 ${row} 行，编号 ${number}`);
  await shot(page, 'ledger-screen-question');
  // Before it is answered the row counts nowhere: table 三's preview leaves it out.
  const without = expectedTable(gen);
  await expect(screen.locator('.ledger-preview tbody tr').first().locator('td').last()).toHaveText(String(without.cells['sec3.rows.newReceived[6]']));

  await question.selectOption({ label: '法人或其他组织-商业企业' });
  await expect(screen.locator('.ledger-head p')).not.toContainText('未计入');
  const expected = expectedTable(gen, () => true);
  await expect(screen.locator('.ledger-preview tbody tr').first().locator('td').last()).toHaveText(String(expected.cells['sec3.rows.newReceived[6]']));
  await page.getByRole('button', { name: '填入表三', exact: true }).click();

  await expect(screen).toHaveCount(0);
  await expect(page.locator('.doc-title')).toHaveText(`示例县白沙镇人民政府${YEAR}年政府信息公开工作年度报告`);
  for (const [address, n] of Object.entries(expected.cells)) await expect(cell(page, address), address).toHaveText(String(n));
  await expect(page.locator('.statusbar .notice')).toContainText('已从台账“白沙镇依申请公开台账.xlsx”统计表三');
  // The standard sentence of section 三 was offered and says the same numbers.
  await expect(page.locator('section[aria-labelledby="h-applications"] .bound-sentence')).toContainText(
    `本年度共收到政府信息公开申请${expected.cells['sec3.rows.newReceived[6]']! + expected.cells['sec3.rows.carriedOver[6]']!}件`,
  );

  // 台账明细: the applications behind the cell clicked — the answered one among them.
  const panel = page.getByRole('complementary', { name: '台账明细' });
  await expect(panel).toBeVisible();
  const target = 'sec3.rows.newReceived[1]';
  await cell(page, target).click();
  await expect(panel.locator('.ledger-cell h3')).toHaveText('表三一、本年新收政府信息公开申请数量 · 商业企业');
  const numbers = expected.numbers[target]!;
  await expect(panel.locator('.ledger-entries tbody tr')).toHaveCount(numbers.length);
  await expect(panel.locator('.ledger-entries tbody tr td:first-child')).toHaveText(numbers);
  expect(numbers).toContain(number);
  await shot(page, 'ledger-panel');
  // A total lists the applications of its parts.
  await cell(page, 'sec3.rows.newReceived[6]').click();
  await expect(panel.locator('.ledger-entries tbody tr')).toHaveCount(expected.cells['sec3.rows.newReceived[6]']!);

  // Saved, the answer is kept in the report for next year's count.
  await page.keyboard.press('Control+s');
  await expect(page.locator('.statusbar .notice')).toContainText('已保存');
  const saved = (await readdir(server.workspace)).find((n) => n.endsWith('.nianbao'))!;
  const file = JSON.parse(await readFile(join(server.workspace, saved), 'utf8'));
  expect(file.report.ledger.mapping.values.applicantType).toEqual({ 个体户: 1 });
  expect(file.report.ledger.count.entries.length).toBe(expected.cells['sec3.rows.newReceived[6]']! + expected.cells['sec3.rows.carriedOver[6]']!);
});

test('旧版 .xls 台账：说明另存为 .xlsx，报告不变', async ({ page }) => {
  await page.getByLabel('单位名称').fill('示例镇人民政府');
  await page.getByRole('button', { name: '新建年度报告', exact: true }).click();
  await expect(cell(page, 'sec3.rows.granted[0]')).toBeVisible();
  await chooseLedger(page, '从台账统计…', '台账.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('无法读取台账');
  await expect(dialog).toContainText('另存为');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(cell(page, 'sec3.rows.granted[0]')).toHaveText('');
});

test('从上年报告新建后从台账统计：上年结转与上年报告逐件对照，说明差在哪一件；复议诉讼工作表填入表四', async ({ page }) => {
  const gen = generateLedger({ seed: 41, rows: 80, year: YEAR });
  const cases = generateCases(41, 20, YEAR);
  const names = gen.book.sheets.map((s) => s.name);
  // Last year's report, counted from the same ledger as it stood then.
  const t2023 = tallyLedger(gen.book, YEAR - 1, EMPTY_MAPPING);
  const last = fillFromLedger(blankReport({ unit: '示例县白沙镇人民政府', kind: 'township', year: YEAR - 1 }), t2023, EMPTY_MAPPING, names, { sec4: false });
  const carried = t2023.applications.applications[t2023.applications.cells['sec3.rows.carriedForward[0]']?.[0] ?? t2023.applications.cells['sec3.rows.carriedForward[1]']![0]!]!;
  // Since then the clerk recorded that it was answered on 28 December: last year's 结转 was one too many.
  const sheet = gen.book.sheets[0]!;
  const header = sheet.rows[gen.headerRow - 1]!.map((h) => String(h ?? ''));
  const closedCol = header.findIndex((h) => HEADER_NAMES.closed!.includes(h));
  const resultCol = header.findIndex((h) => HEADER_NAMES.result!.includes(h));
  sheet.rows[carried.row - 1]![closedCol] = `${YEAR - 1}-12-28`;
  sheet.rows[carried.row - 1]![resultCol] = '予以公开';
  const bytes = await bookToXlsx({ ...gen.book, sheets: [...gen.book.sheets, cases.sheet] }, { mergedRows: gen.titleRows, width: gen.columnCount });

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从上年报告新建…' }).click();
  await (await chooser).setFiles({ name: '2023年报告.nianbao', mimeType: 'application/octet-stream', buffer: Buffer.from(serializeReport(last)) });
  await expect(page.locator('.doc-title')).toHaveText(`示例县白沙镇人民政府${YEAR}年政府信息公开工作年度报告`, { timeout: 20_000 });

  await chooseLedger(page, '从台账统计…', '台账.xlsx', bytes);
  const cross = page.locator('.ledger-cross');
  await expect(cross).toContainText(`上年结转的 ${carried.number}：台账第 ${carried.row} 行记载 ${YEAR - 1}-12-28 已办结，即上年已办结，不应结转`);
  await shot(page, 'ledger-cross-year');
  await page.getByRole('button', { name: '填入表三和表四' }).click();
  // 上年结转 came from last year's report: changing it is asked first.
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('覆盖已填写的数字？');
  await expect(dialog).toContainText('二、上年结转');
  await dialog.getByRole('button', { name: '覆盖' }).click();
  const sec4 = expectedSec4(cases.cases, YEAR);
  for (let i = 0; i < 15; i++) await expect(cell(page, `sec4[${i}]`), `sec4[${i}]`).toHaveText(String(sec4[i]));
  // The cross-year warning of the checks names the cell, and 台账明细 says why beside it.
  await cell(page, 'sec3.rows.carriedOver[6]').click();
  await expect(page.getByRole('complementary', { name: '台账明细' })).toContainText(`${YEAR - 1}年报告的结转下年度继续办理为`);
});
