import { expect, test } from './fixtures.ts';
import { cell, createReport, shot, typeInto } from './editor-helpers.ts';

test('问题面板说明还剩什么；正文数字与表格不符时一键改正', async ({ page }) => {
  await createReport(page, '示例镇人民政府', '2025');
  const panel = page.locator('.problems');
  // A new report is not finished: the panel says what is left, never 「未发现问题」.
  await expect(panel.getByRole('button', { name: '表二还有 10 格未填' })).toBeVisible();
  await expect(panel).not.toContainText('未发现问题');
  await panel.getByRole('button', { name: /^表三还有 \d+ 格未填$/ }).click();
  await expect(cell(page, 'sec3.rows.newReceived[0]')).toHaveClass(/active/);

  // The clerk fills 新收 46 and writes 58 in the prose of section 三.
  await typeInto(page, 'sec3.rows.newReceived[0]', '46');
  const prose = page.getByLabel('三、收到和处理政府信息公开申请情况 第 1 段正文');
  await prose.fill('本年度共收到政府信息公开申请58件。');
  const finding = panel.locator('.finding.text', { hasText: '58件' });
  await expect(finding).toContainText('表三一、本年新收 46');
  await page.getByLabel('五、存在的主要问题及改进情况 第 1 段正文').focus();
  await finding.locator('.finding-jump').click();
  await expect(prose).toBeFocused();
  await expect(page.locator('[data-paragraph="applications.0"]')).toHaveClass(/jumped/);
  await expect(page.locator('[data-paragraph="applications.0"] .paragraph-findings')).toContainText('58件');
  await shot(page, 'editor-text-finding');

  await finding.getByRole('button', { name: '改为 46' }).click();
  await expect(prose).toHaveValue('本年度共收到政府信息公开申请46件。');
  await expect(panel.locator('.finding.text', { hasText: '58件' })).toHaveCount(0);
  // One undo step brings the old text back.
  await page.keyboard.press('Control+z');
  await expect(prose).toHaveValue('本年度共收到政府信息公开申请58件。');
});
