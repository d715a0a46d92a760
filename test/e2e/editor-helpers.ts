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
