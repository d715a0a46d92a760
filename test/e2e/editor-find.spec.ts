import { expect, test } from './fixtures.ts';
import { createReport, shot } from './editor-helpers.ts';

test('Ctrl+H 把每个 2024 换成 2025：处数、下一处、全部替换、一次撤销；字数随之更新', async ({ page }) => {
  await createReport(page, '示例镇人民政府', '2025');
  const text = page.getByLabel('一、总体情况 第 1 段正文');
  await text.fill('2024年本镇公开信息 12 条，2024年底完成。');
  await page.getByLabel('单位名称').fill('示例镇2024工作组');
  await expect(page.getByTestId('chars-overview')).toContainText('字');
  const before = await page.getByTestId('chars-overview').textContent();

  await page.keyboard.press('Control+h');
  const find = page.getByRole('textbox', { name: '查找' });
  await expect(find).toBeFocused();
  await find.fill('2024');
  await expect(page.getByTestId('find-status')).toHaveText('共 3 处');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('find-status')).toHaveText('第 1 处，共 3 处');
  await expect(page.locator('[data-find-marks="unit"] mark.current')).toHaveText('2024');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('find-status')).toHaveText('第 2 处，共 3 处');
  await expect(page.locator('[data-find-marks="overview.0.text"] mark.current')).toHaveText('2024');
  await page.getByRole('textbox', { name: '替换为' }).fill('2025');
  await shot(page, 'editor-find-replace');
  await page.getByRole('button', { name: '全部替换' }).click();
  await expect(page.locator('.statusbar .notice')).toContainText('已全部替换，共 3 处');
  await expect(page.getByTestId('find-status')).toHaveText('没有找到');
  await expect(text).toHaveValue('2025年本镇公开信息 12 条，2025年底完成。');
  await expect(page.getByLabel('单位名称')).toHaveValue('示例镇2025工作组');
  expect(await page.getByTestId('chars-overview').textContent()).toBe(before);

  // One step back brings every replaced 2024 back.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await expect(text).toHaveValue('2024年本镇公开信息 12 条，2024年底完成。');
  await expect(page.getByLabel('单位名称')).toHaveValue('示例镇2024工作组');

  // The count follows typing.
  await text.fill('一二三');
  await expect(page.getByTestId('chars-overview')).not.toHaveText(before!);
});
