import { expect, test } from './fixtures.ts';
import { createReport } from './editor-helpers.ts';

test('帮助 › 关于年报编辑器…：版本与内置替代字体的版权和许可', async ({ page }) => {
  await createReport(page);
  await page.getByRole('button', { name: '帮助' }).click();
  await page.getByRole('menuitem', { name: '关于年报编辑器…' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('年报编辑器 0.1.0');
  await expect(dialog).toContainText('思源宋体 Noto Serif SC');
  await expect(dialog).toContainText('SIL Open Font License 1.1');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog).toHaveCount(0);
});
