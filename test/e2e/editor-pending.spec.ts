// While the clerk fills table 三, an unfinished column is 尚未完成, not red; a computed total is said to be computed.
import { sec3Address } from '../../shared/schema/index.ts';
import { cell, createReport, shot } from './editor-helpers.ts';
import { expect, test } from './fixtures.ts';

test('填写表三第一行：未填完的列不标红，列为尚未完成；无效的数不引出“总计填写”', async ({ page }) => {
  await createReport(page);
  await cell(page, sec3Address('newReceived', 0)).click();
  for (const v of ['12', '1', '0', '0', '0', '0']) {
    await page.keyboard.type(v);
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Escape');
  await page.locator('.doc-title').click();
  await expect(cell(page, sec3Address('newReceived', 6))).toHaveText('13');
  await expect(page.locator('.cell.has-error')).toHaveCount(0);
  const panel = page.locator('.problems');
  await expect(panel.locator('.pending-balance')).toContainText('表三自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计列');
  await expect(panel.locator('.pending-balance')).toContainText('尚未填完');
  await shot(page, 'pending-balance');

  // A part that is not a count: its own error, and the total's message says the total is computed.
  await cell(page, sec3Address('granted', 0)).click();
  await page.keyboard.type('1.5');
  await page.keyboard.press('Enter');
  await page.locator('.doc-title').click();
  await expect(panel).toContainText('总计自动计算为 0（只计有效的数字）');
  await expect(panel).not.toContainText('总计填写');
});
