// A published report opened as its facts JSON: the numbers stay as published and the breaks show on their cells.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import { cell, confirmEachFlag, shot } from './editor-helpers.ts';
import { join } from 'node:path';
import { ORIGINALS } from '../fixtures/corpus.ts';

const HONGZE_2023 = join(ORIGINALS, '102_hongze_2023.expected.json');

test('打开已发布报告的表格数据：保留原数，表四总计错误标在对应单元格，总计为手工填写', async ({ page }) => {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '打开…', exact: true }).click();
  await (await chooser).setFiles({ name: '洪泽区2023.json', mimeType: 'application/json', buffer: await readFile(HONGZE_2023) });
  // The 2019 single 其他处理 row is placed in 3.其他 and must be confirmed before the report opens.
  await expect(page.locator('.review-screen')).toContainText('原表为2019年试行格式的单行“（六）其他处理”');
  expect(await confirmEachFlag(page)).toBeGreaterThan(0);

  await expect(cell(page, 'sec4[0]')).toHaveText('10');
  await expect(cell(page, 'sec4[4]')).toHaveText('0');
  await expect(cell(page, 'sec4[4]')).toHaveAttribute('aria-invalid', 'true');
  await expect(cell(page, 'sec4[14]')).toHaveAttribute('aria-invalid', 'true');
  await expect(cell(page, 'sec4[9]')).not.toHaveAttribute('aria-invalid', 'true');
  // Shown in the problems panel; the cells' own copy (for aria-describedby) is hidden text.
  await expect(page.locator('.problems').getByText('表四行政复议：结果维持 10 + 结果纠正 1 + 其他结果 0 + 尚未审结 0 = 11，总计填写 0')).toBeVisible();
  await expect(cell(page, 'sec4[0]')).toHaveAccessibleDescription(/结果维持 10 \+ 结果纠正 1/);
  // Imported numbers are kept as published: the totals are typed, not recomputed.
  await expect(page.getByRole('checkbox', { name: /自动计算总计/ }).last()).not.toBeChecked();
  await shot(page, 'editor-published-errors');

  // Fixing the printed 0 clears the finding on that cell.
  await cell(page, 'sec4[4]').click();
  await page.keyboard.type('11');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'sec4[4]')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(cell(page, 'sec4[14]')).toHaveAttribute('aria-invalid', 'true');
});
