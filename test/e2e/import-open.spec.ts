// Last year's report as the clerk has it — a .docx, a published PDF, text pasted from a web page — becomes
// this year's report: read, its uncertain places reviewed, rolled over.
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { renderExport } from '../../electron/export/index.ts';
import { sec2Address, sec3Address } from '../../shared/schema/index.ts';
import { CORPUS, ORIGINALS } from '../fixtures/corpus.ts';
import { SAMPLE_UNIT, SAMPLE_YEAR, sampleReport } from '../fixtures/sample-report.ts';
import { consistentReport } from '../fixtures/consistent-report.ts';
import { flatOpc, mht, rtfOf } from '../fixtures/office-exports.ts';
import { renderReport } from '../fixtures/report-text.ts';
import { reportHtml } from '../fixtures/report-html.ts';
import type { Report } from '../../shared/report/model.ts';
import { cell, confirmEachFlag, createReport, shot, typeInto } from './editor-helpers.ts';
import { expect, test } from './fixtures.ts';


async function pickFile(page: Page, button: string, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button, exact: true }).click();
  const c = await chooser;
  // The chooser offers every format the app reads.
  expect(await c.element().getAttribute('accept')).toContain('.docx');
  await c.setFiles(path);
}

test('从上年报告新建：读取本软件导出的上年 Word 文档，核对后生成本年报告，上年结转已填、上年数字作提示', async ({ page, server }) => {
  const last = sampleReport();
  last.preamble = [{ heading: '', text: `本报告由${SAMPLE_UNIT}编制。如对本报告有疑问，请与镇党政办联系。` }];
  const { bytes } = await renderExport(last, 'docx');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从上年报告新建…', exact: true }).click();
  await (await chooser).setFiles({ name: '上年年报.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  await confirmEachFlag(page, 'import-review-docx');

  await expect(page.locator('.doc-title')).toHaveText(`${SAMPLE_UNIT}${SAMPLE_YEAR + 1}年政府信息公开工作年度报告`);
  await expect(page.locator('.statusbar .notice')).toContainText(`已从${SAMPLE_YEAR}年报告生成${SAMPLE_YEAR + 1}年报告`);
  const carried = last.cells[sec3Address('carriedForward', 6)]!.value;
  await expect(cell(page, sec3Address('carriedOver', 6))).toHaveText(String(carried));
  const effective = last.cells[sec2Address('normativeDocs', 'effective')]!.value;
  await expect(cell(page, sec2Address('normativeDocs', 'effective'))).toHaveAttribute('title', new RegExp(`上年现行有效 ${effective} `));
  await expect(page.getByLabel('前言 第 1 段正文')).toHaveValue(`本报告由${SAMPLE_UNIT}编制。如对本报告有疑问，请与镇党政办联系。`);
  await shot(page, 'import-docx-rolled-over');
  // Nothing written until the clerk saves.
  expect((await readdir(server.workspace)).filter((n) => !n.startsWith('.'))).toEqual([]);
});

test('打开各种 .doc：旧版 Word 97–2003 保存的、办公系统“导出 Word”给出的（Word XML 文档、单个文件网页、RTF）：读出单位、年度和表格', async ({ page }) => {
  const template = readFileSync(join(import.meta.dirname, '../fixtures/docx/filled-template.docx'));
  const filled = consistentReport();
  const sample = sampleReport();
  const files: [string, Buffer, Report][] = [
    ['上年年报（Word 97–2003）.doc', readFileSync(join(import.meta.dirname, '../fixtures/docx/filled-template.doc')), filled],
    ['导出（Word XML）.doc', Buffer.from(flatOpc(template)), filled],
    ['导出（单个文件网页）.doc', Buffer.from(mht(new TextEncoder().encode(reportHtml(sample)), 'base64', 'utf-8')), sample],
    ['导出（RTF）.doc', Buffer.from(rtfOf(renderReport(sample, 'tab'))), sample],
  ];
  for (const [name, buffer, truth] of files) {
    await page.goto(page.url().split('#')[0]!);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '打开…', exact: true }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/msword', buffer });
    await confirmEachFlag(page);
    await expect(page.locator('.doc-title')).toHaveText(`${truth.unit.name}${truth.year}年政府信息公开工作年度报告`);
    for (const a of [sec2Address('normativeDocs', 'effective'), sec3Address('carriedForward', 6)]) await expect(cell(page, a)).toHaveText(truth.cells[a]!.raw);
  }
});

test('打开填写了一半的 Word 模板：同一原因的空白格作为一步核对，逐格更正', async ({ page }) => {
  await pickFile(page, '打开…', join(import.meta.dirname, '../fixtures/docx/filled-template-partial.docx'));
  await expect(page.locator('.review-screen')).toBeVisible();
  // The unit kind guessed from the name, then the blank cells of 表四 with one reason: one step, its three
  // groups row by row, each 总计 left out (it is computed), not fifteen screens.
  await expect(page.locator('.review-item')).toHaveCount(2);
  await expect(page.locator('#review-place')).toContainText('单位类型');
  await expect(page.getByLabel('单位类型（可更改）')).toHaveValue('township');
  await page.getByRole('button', { name: '确认', exact: true }).click();
  await expect(page.locator('#review-place')).toContainText('表四行政复议 等 3 行 12 格');
  await expect(page.locator('.review-row')).toHaveCount(3);
  const rows = page.locator('.review-row input');
  await expect(rows).toHaveCount(12);
  await shot(page, 'import-review-group');
  const first = rows.nth(0);
  await expect(first).toBeFocused();
  await first.fill('0');
  await page.keyboard.press('Enter');
  await expect(rows.nth(1)).toBeFocused();
  await page.getByRole('button', { name: '确认', exact: true }).click();
  await expect(page.getByRole('button', { name: '全部确认' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.doc-title')).toHaveText('示例县某某镇人民政府2025年政府信息公开工作年度报告');
  await expect(cell(page, 'sec4[0]')).toHaveText('0');
  await expect(cell(page, 'sec4[1]')).toHaveText('');
});

test('从上年报告新建：读取上年发布的 PDF，核对存疑之处，上年结转已填、上年数字作提示', async ({ page }) => {
  const expected = JSON.parse(readFileSync(join(ORIGINALS, '101_huaian_2024.expected.json'), 'utf8')) as {
    unit: string;
    sec3: { rows: Record<string, (number | null)[]> };
    sec2: { normativeDocs: { effective: number | null } };
  };
  await pickFile(page, '从上年报告新建…', join(ORIGINALS, '101_huaian_2024.pdf'));
  await confirmEachFlag(page);
  await expect(page.locator('.doc-title')).toHaveText(`${expected.unit}2025年政府信息公开工作年度报告`);
  const carried = expected.sec3.rows.carriedForward![6];
  await expect(cell(page, 'sec3.rows.carriedOver[6]')).toHaveText(String(carried ?? ''));
  // Last year's 现行有效 is this year's starting point, offered as the hint of the empty cell.
  await expect(cell(page, 'sec2.normativeDocs.effective')).toHaveAttribute('title', new RegExp(`上年现行有效 ${expected.sec2.normativeDocs.effective}`));
  await shot(page, 'import-pdf-rolled-over');
});

test('打开上年的 PDF：先核对再打开报告本身，未保存', async ({ page }) => {
  await pickFile(page, '打开…', join(ORIGINALS, '102_hongze_2023.pdf'));
  const review = page.locator('.review-screen');
  await expect(review).toBeVisible({ timeout: 20_000 });
  // The 2019 format's single 其他处理 row and the published sum errors are all on the list.
  await expect(page.locator('.review-item').first()).toBeVisible();
  await shot(page, 'import-review-pdf');
  await confirmEachFlag(page);
  await expect(page.locator('.doc-title')).toHaveText(/2023年政府信息公开工作年度报告$/);
});

test('打开上年报告的文本文件（.txt）：核对后打开，尚未保存', async ({ page }) => {
  await pickFile(page, '打开…', join(CORPUS, '003_4f9f1baba97e0f00.txt'));
  await confirmEachFlag(page);
  const expected = JSON.parse(readFileSync(join(CORPUS, '003_4f9f1baba97e0f00.expected.json'), 'utf8')) as { unit: string; year: number };
  await expect(page.locator('.doc-title')).toHaveText(`${expected.unit}${expected.year}年政府信息公开工作年度报告`);
  await expect(page.locator('.statusbar')).toContainText('未保存');
});

test('粘贴上年报告文本：读取网页上复制的全文，生成下一年度的报告', async ({ page }) => {
  // The published text with the opening paragraph most reports have before 一、总体情况.
  const text = readFileSync(join(CORPUS, '004_9aeb20aea38e869d.txt'), 'utf8').replace(
    /^(.*年度报告)$/m,
    '$1\n\n本报告由西工区西工街道办事处依据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。',
  );
  await page.getByRole('button', { name: '粘贴上年报告文本…' }).click();
  const dialog = page.getByRole('dialog', { name: '粘贴上年报告文本' });
  await dialog.getByLabel('上年报告全文').fill(text);
  await dialog.getByRole('button', { name: '读取' }).click();
  await confirmEachFlag(page, 'import-review-pasted');
  await expect(page.locator('.doc-title')).toHaveText('西工区西工街道办事处2026年政府信息公开工作年度报告');
  // Said once, until the clerk's next change.
  await expect(page.locator('.statusbar .notice')).toContainText('已从2025年报告生成2026年报告');
  await shot(page, 'import-pasted-rolled-over');
  // The preamble came along, its statistical period moved to the new year, and it is edited above 一.
  const preamble = page.getByLabel('前言 第 1 段正文');
  await expect(preamble).toHaveValue(/^本报告由西工区西工街道办事处.*统计期限自2026年1月1日起至2026年12月31日止。$/);
  await preamble.fill('本报告由西工区西工街道办事处编制。');
  await expect(preamble).toHaveValue('本报告由西工区西工街道办事处编制。');
});

test('编辑器中：文件 › 粘贴上年报告文本…，先问是否保存当前报告，再核对并生成本年报告', async ({ page }) => {
  await createReport(page, '示例镇人民政府', '2025');
  await typeInto(page, sec3Address('newReceived', 0), '3');
  await page.getByRole('button', { name: '文件', exact: true }).click();
  await page.getByRole('menuitem', { name: '粘贴上年报告文本…' }).click();
  const dialog = page.getByRole('dialog', { name: '粘贴上年报告文本' });
  await dialog.getByLabel('上年报告全文').fill(readFileSync(join(CORPUS, '004_9aeb20aea38e869d.txt'), 'utf8'));
  await dialog.getByRole('button', { name: '读取' }).click();
  const ask = page.getByRole('alertdialog');
  await expect(ask).toContainText('报告有未保存的修改');
  await ask.getByRole('button', { name: '不保存' }).click();
  await expect(dialog).toHaveCount(0);
  await confirmEachFlag(page);
  await expect(page.locator('.doc-title')).toHaveText('西工区西工街道办事处2026年政府信息公开工作年度报告');
});

test('粘贴的文本不是年报：对话框中给出中文提示，不离开开始页', async ({ page }) => {
  await page.getByRole('button', { name: '粘贴上年报告文本…' }).click();
  const dialog = page.getByRole('dialog', { name: '粘贴上年报告文本' });
  await dialog.getByLabel('上年报告全文').fill('今天天气很好。\n明天也是。');
  await dialog.getByRole('button', { name: '读取' }).click();
  await expect(dialog.getByRole('alert')).toContainText('没有找到年度报告的标题或表格');
  await shot(page, 'paste-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '新建年度报告' })).toBeVisible();
});

test('无法读取的文件：中文提示，不写入任何文件', async ({ page, server }) => {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '打开…', exact: true }).click();
  await (await chooser).setFiles({ name: '上年报告.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n不是真的 PDF') });
  await expect(page.getByRole('alertdialog')).toContainText('上年报告.pdf');
  expect((await readdir(server.workspace)).filter((n) => !n.startsWith('.'))).toEqual([]);
});
