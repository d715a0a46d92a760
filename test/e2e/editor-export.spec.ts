import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import { createReport, exportDespiteText, typeInto } from './editor-helpers.ts';

test('导出 PDF：先列出错误并确认按 0 打印空白单元格，然后下载 PDF', async ({ page }) => {
  await createReport(page);
  await typeInto(page, 'sec3.rows.newReceived[0]', '2');
  await page.getByRole('button', { name: '导出 PDF' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('报告还有 2 个错误');
  await expect(dialog).toContainText('表三自然人列');
  await dialog.getByRole('button', { name: '返回修改' }).click();
  await expect(dialog).toHaveCount(0);

  await typeInto(page, 'sec3.rows.granted[0]', '2');
  await page.getByRole('button', { name: '导出 PDF' }).click();
  await expect(dialog).toContainText('有未填写的单元格');
  const download = page.waitForEvent('download');
  // One dialog: the blank cells (printed as 0) and the model text that still holds ×× and 「本单位」.
  await exportDespiteText(page);
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = await readFile((await file.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  await expect(page.locator('.statusbar .notice')).toContainText('已导出 PDF');
});

test('导出 Word 文档', async ({ page }) => {
  await createReport(page);
  await page.getByRole('button', { name: '导出 Word 文档' }).click();
  const download = page.waitForEvent('download');
  await exportDespiteText(page);
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  const bytes = await readFile((await file.path())!);
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
});
