import { expect, test } from './fixtures.ts';
import { cell, createReport, shot, typeInto } from './editor-helpers.ts';

test('输入数字后错误出现在对应单元格上，改正后消失', async ({ page }) => {
  await createReport(page);
  await shot(page, 'editor-new-report');
  await typeInto(page, 'sec3.rows.newReceived[0]', '5');
  await typeInto(page, 'sec3.rows.granted[0]', '3');
  // While the column's four cells are not all filled, its balance is 尚未完成, not an error.
  await expect(page.getByTestId('error-count')).toHaveText('错误 0');
  await cell(page, 'sec3.rows.newReceived[1]').click();
  await expect(page.getByTestId('error-count')).toHaveText('错误 0');
  await expect(page.locator('.problems .pending-balance')).toContainText('表三自然人、总计列');
  await typeInto(page, 'sec3.rows.carriedOver[0]', '0');
  await typeInto(page, 'sec3.rows.carriedForward[0]', '0');
  await cell(page, 'sec3.rows.newReceived[1]').click();
  // 5 received, 3 handled, nothing carried forward: the column balance fails on its four cells.
  for (const a of ['sec3.rows.newReceived[0]', 'sec3.rows.total[0]', 'sec3.rows.carriedForward[0]']) {
    await expect(cell(page, a)).toHaveAttribute('aria-invalid', 'true');
  }
  await expect(cell(page, 'sec3.rows.granted[0]')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(cell(page, 'sec3.rows.newReceived[1]')).not.toHaveAttribute('aria-invalid', 'true');
  // The 自然人 column and the computed 总计 column.
  await expect(page.getByTestId('error-count')).toHaveText('错误 2');
  await expect(page.locator('.problems .finding.error')).toHaveCount(2);
  await page.locator('.problems .finding-jump').first().click();
  await expect(cell(page, 'sec3.rows.newReceived[0]')).toHaveClass(/active/);
  await expect(page.locator('#cell-info')).toContainText('应等于');
  await expect(page.locator('#cell-info')).toContainText('相差 2');
  await shot(page, 'editor-error-shown');

  await typeInto(page, 'sec3.rows.carriedForward[0]', '2');
  await expect(cell(page, 'sec3.rows.newReceived[0]')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[aria-invalid="true"][data-cell]')).toHaveCount(0);
  await expect(page.getByTestId('error-count')).toHaveText('错误 0');
  // Totals are computed and read-only.
  await expect(cell(page, 'sec3.rows.total[0]')).toHaveText('3');
  await expect(cell(page, 'sec3.rows.newReceived[6]')).toHaveText('5');
});

test('件数不能是小数：消息说明原因；全角数字按数字处理', async ({ page }) => {
  await createReport(page);
  await typeInto(page, 'sec2.normativeDocs.issued', '1.5');
  await expect(cell(page, 'sec2.normativeDocs.issued')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.problems')).toContainText('件数应为整数');
  await typeInto(page, 'sec2.normativeDocs.issued', '１２');
  await expect(cell(page, 'sec2.normativeDocs.issued')).toHaveText('12');
  await expect(cell(page, 'sec2.normativeDocs.issued')).not.toHaveAttribute('aria-invalid', 'true');
});
