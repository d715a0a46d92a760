import { expect, test } from './fixtures.ts';
import { cell, createReport, editor, typeInto } from './editor-helpers.ts';

test('Ctrl+Z / Ctrl+Y 撤销和重做表格输入', async ({ page }) => {
  await createReport(page);
  await typeInto(page, 'sec4[0]', '3');
  await typeInto(page, 'sec4[1]', '4');
  await expect(cell(page, 'sec4[4]')).toHaveText('7');
  await page.keyboard.press('Control+z');
  await expect(cell(page, 'sec4[1]')).toHaveText('');
  await expect(cell(page, 'sec4[4]')).toHaveText('3');
  await page.keyboard.press('Control+z');
  await expect(cell(page, 'sec4[0]')).toHaveText('');
  await expect(cell(page, 'sec4[4]')).toHaveText('');
  await page.keyboard.press('Control+y');
  await page.keyboard.press('Control+y');
  await expect(cell(page, 'sec4[4]')).toHaveText('7');
  await expect(page.getByRole('button', { name: '重做' })).toBeDisabled();
});

test('Esc 取消编辑，F2 保留原值继续编辑，输入即替换', async ({ page }) => {
  await createReport(page);
  await typeInto(page, 'sec4[5]', '12');
  await cell(page, 'sec4[5]').click();
  await page.keyboard.type('99');
  await page.keyboard.press('Escape');
  await expect(cell(page, 'sec4[5]')).toHaveText('12');
  await page.keyboard.press('F2');
  await expect(editor(page)).toHaveValue('12');
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'sec4[5]')).toHaveText('123');
  await cell(page, 'sec4[5]').click();
  await page.keyboard.type('8');
  await page.keyboard.press('Tab');
  await expect(cell(page, 'sec4[5]')).toHaveText('8');
  await expect(cell(page, 'sec4[6]')).toHaveClass(/active/);
  // Computed totals cannot be typed over; the status bar says why.
  await cell(page, 'sec4[9]').click();
  await page.keyboard.type('5');
  await expect(cell(page, 'sec4[9]')).toHaveText('8');
  await expect(page.locator('.statusbar .notice')).toContainText('自动计算');
});

test('正文的修改也能撤销和重做', async ({ page }) => {
  await createReport(page);
  const para = page.getByLabel('五、存在的主要问题及改进情况 第 1 段正文');
  const model = await para.inputValue();
  await para.fill('本年度无明显问题。');
  await page.keyboard.press('Control+z');
  await expect(para).toHaveValue(model);
  await page.keyboard.press('Control+y');
  await expect(para).toHaveValue('本年度无明显问题。');
  // Undo is one history for prose and tables.
  await typeInto(page, 'sec4[0]', '1');
  await page.keyboard.press('Control+z');
  await expect(cell(page, 'sec4[0]')).toHaveText('');
  await page.keyboard.press('Control+z');
  await expect(para).toHaveValue(model);
});

test('切换为手工填写总计后可输入总计，错误标在相关单元格', async ({ page }) => {
  await createReport(page);
  const sec4Switch = page.getByRole('checkbox', { name: /自动计算总计/ }).nth(1);
  await sec4Switch.uncheck();
  await typeInto(page, 'sec4[0]', '2');
  await typeInto(page, 'sec4[4]', '5');
  // The group's sum error waits while the clerk is still typing in it, and shows once they leave it.
  await expect(cell(page, 'sec4[4]')).not.toHaveAttribute('aria-invalid', 'true');
  await cell(page, 'sec4[5]').click();
  await expect(cell(page, 'sec4[4]')).toHaveAttribute('aria-invalid', 'true');
  await expect(cell(page, 'sec4[0]')).toHaveAttribute('aria-invalid', 'true');
  await sec4Switch.check();
  await expect(cell(page, 'sec4[4]')).toHaveText('2');
  await expect(cell(page, 'sec4[4]')).not.toHaveAttribute('aria-invalid', 'true');
});
