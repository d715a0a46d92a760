/** Shared steps of the editor specs: create a report from the start screen, address cells, read state. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export async function createReport(page: Page, unit = '示例镇人民政府', year = '2025'): Promise<void> {
  await page.getByLabel('单位名称').fill(unit);
  await page.getByLabel('单位类型').selectOption({ label: '乡镇/街道' });
  await page.getByLabel('报告年度').fill(year);
  await page.getByRole('button', { name: '新建年度报告' }).click();
  await expect(page.locator('[data-cell="sec3.rows.granted[0]"]')).toBeVisible();
}

export function cell(page: Page, address: string): Locator {
  return page.locator(`[data-cell="${address}"]`);
}

export function editor(page: Page): Locator {
  return page.locator('textarea.cell-editor');
}

/** Clicks a cell and types a value followed by Enter, the way a clerk fills a table. */
export async function typeInto(page: Page, address: string, text: string): Promise<void> {
  await cell(page, address).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/${name}.png` });
}

/** Goes through the review screen with the keyboard when it appears: each flag seen, each confirmed. */
export async function confirmEachFlag(page: Page, screenshot?: string): Promise<number> {
  const review = page.locator('.review-screen');
  const editor = page.locator('.doc-title');
  await expect(review.or(editor)).toBeVisible({ timeout: 20_000 });
  if (!(await review.isVisible())) return 0;
  const count = await page.locator('.review-item').count();
  if (screenshot) await shot(page, screenshot);
  await expect(page.getByRole('button', { name: '全部确认' })).toBeEnabled({ enabled: count === 1 });
  for (let i = 0; i < count; i++) {
    await expect(page.locator('.review-detail')).toHaveAttribute('data-review-item', String(i));
    // The step takes the focus a frame after it shows (its first field): pressed before that, Enter lands in the field.
    await page.waitForFunction(() => {
      const first = document.querySelector('.review-detail')?.querySelector('input, textarea, select, button.primary');
      return !!first && document.activeElement === first;
    });
    await page.getByRole('button', { name: '确认', exact: true }).press('Enter');
  }
  // Every flag of every step confirmed (a step may hold several cells).
  await expect(page.locator('.review-progress')).toHaveText(/已核对 (\d+) \/ \1 处/);
  await page.getByRole('button', { name: '全部确认' }).click();
  return count;
}

/**
 * The export asks once about everything left (text warnings unexplained — model text, empty sections —
 * and blank cells, printed as 0): go on.
 */
export async function exportDespiteText(page: Page): Promise<void> {
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('正文还有');
  await dialog.getByRole('button', { name: /^(仍然导出|仍然打印|按 0 打印并导出|按 0 打印)$/ }).click();
}
