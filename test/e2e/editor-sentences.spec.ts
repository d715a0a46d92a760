import { readFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { createReport, exportDespiteText, shot, typeInto } from './editor-helpers.ts';

const REVIEW_SENTENCE = '插入标准语句：行政复议和行政诉讼';
const APPLICATIONS_SENTENCE = '插入标准语句：申请的收到和办理';

/** The text of the exported DOCX's body, paragraph by paragraph. */
async function docxParagraphs(path: string): Promise<string[]> {
  const xml = strFromU8(unzipSync(await readFile(path), { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!);
  return xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
}

/** `zeros`: the first export asks to print the empty cells as 0; the answer is kept in the report. */
async function exportAs(page: Page, button: '导出 Word 文档' | '导出 PDF', zeros: boolean): Promise<string> {
  await page.getByRole('button', { name: button }).click();
  const download = page.waitForEvent('download');
  // One dialog asks about the empty cells (the first time) and the text together.
  if (zeros) await expect(page.getByRole('alertdialog')).toContainText('有未填写的单元格');
  await exportDespiteText(page);
  return (await (await download).path())!;
}

test('标准语句：插入后数字随单元格更新，导出为普通文字；解除绑定后是普通正文并受文字检查；可撤销', async ({ page }) => {
  await createReport(page, '示例镇人民政府', '2025');
  await page.getByRole('button', { name: REVIEW_SENTENCE }).click();
  const bound = page.locator('.paragraph.bound', { has: page.locator('.bound-sentence') }).last();
  await expect(bound).toContainText('本年度因政府信息公开工作被申请行政复议0件，其中结果维持0件');

  await typeInto(page, 'sec4[0]', '3');
  await typeInto(page, 'sec4[6]', '1');
  await expect(bound.locator('.bound-sentence')).toHaveText(
    '本年度因政府信息公开工作被申请行政复议3件，其中结果维持3件、结果纠正0件、其他结果0件、尚未审结0件；被提起行政诉讼1件，其中未经复议直接起诉1件、复议后起诉0件。',
  );
  // Each number names the cells it comes from.
  await expect(bound.locator('.bound-number').first()).toHaveAttribute('title', /行政复议.*总计/);
  // A bound sentence is not a paragraph the text checks read.
  await expect(bound.locator('.paragraph-findings')).toHaveCount(0);

  await page.getByRole('button', { name: APPLICATIONS_SENTENCE }).click();
  await typeInto(page, 'sec3.rows.newReceived[0]', '12');
  await typeInto(page, 'sec3.rows.granted[0]', '10');
  await typeInto(page, 'sec3.rows.carriedForward[0]', '2');
  const applications = page.locator('[data-paragraph^="applications."].bound');
  await expect(applications).toContainText('本年度共收到政府信息公开申请12件（其中本年新收12件，上年结转0件），办结10件，其中予以公开10件');
  await expect(applications).toContainText('结转下年度继续办理2件。');
  // The smallest screen the editor is made for: the sentence, its badge and the buttons stay readable.
  await page.setViewportSize({ width: 1280, height: 720 });
  await bound.scrollIntoViewIfNeeded();
  await expect(bound.getByRole('button', { name: /解除.*绑定/ })).toBeVisible();
  await shot(page, 'editor-sentences');

  const docx = await exportAs(page, '导出 Word 文档', true);
  const paragraphs = await docxParagraphs(docx);
  expect(paragraphs).toContain(
    '本年度因政府信息公开工作被申请行政复议3件，其中结果维持3件、结果纠正0件、其他结果0件、尚未审结0件；被提起行政诉讼1件，其中未经复议直接起诉1件、复议后起诉0件。',
  );
  expect(paragraphs.some((p) => p.startsWith('本年度共收到政府信息公开申请12件'))).toBe(true);

  const pdf = await exportAs(page, '导出 PDF', false);
  const { stdout } = await promisify(execFile)('pdftotext', ['-layout', pdf, '-']);
  // The page number 「—3—」 may stand inside the sentence where the page breaks.
  expect(stdout.replace(/—\d+—/g, '').replace(/\s+/g, '')).toContain('被申请行政复议3件，其中结果维持3件');

  // Unbound: plain prose with the words it had, the text checks read it against the table.
  const where = (await bound.getAttribute('data-paragraph'))!;
  await bound.getByRole('button', { name: /解除.*绑定/ }).click();
  const plain = page.locator(`[data-paragraph="${where}"]`);
  await expect(plain).not.toHaveClass(/bound/);
  const text = plain.getByRole('textbox', { name: /正文/ });
  await expect(text).toHaveValue(/被申请行政复议3件/);
  await typeInto(page, 'sec4[0]', '5');
  await expect(text).toHaveValue(/被申请行政复议3件/);
  await expect(plain.locator('.paragraph-findings')).toContainText('与表格不符');
  await text.fill('本年度未发生行政复议。');
  await expect(text).toHaveValue('本年度未发生行政复议。');

  // Undo walks back: the typing, the 5, then the unbinding — bound again with the table's numbers.
  await page.getByRole('button', { name: '撤销' }).click();
  await page.getByRole('button', { name: '撤销' }).click();
  await page.getByRole('button', { name: '撤销' }).click();
  const again = page.locator(`[data-paragraph="${where}"]`);
  await expect(again).toHaveClass(/bound/);
  await expect(again.locator('.bound-sentence')).toContainText('被申请行政复议3件');
});
