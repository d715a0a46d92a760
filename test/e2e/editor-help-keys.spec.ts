/**
 * The keys the keyboard help lists for the tables (renderer/grid/cell-keys.ts), each pressed in the
 * browser: the help shows nothing that does not work. A key added to the help without a check here
 * fails the first test. The shortcuts of the table of actions are walked in editor-actions.spec.ts.
 */
import type { Page } from '@playwright/test';
import { sec3Address } from '../../shared/schema/index.ts';
import { CELL_KEYS } from '../../renderer/grid/cell-keys.ts';
import { expect, test } from './fixtures.ts';
import { cell, createReport, editor, typeInto } from './editor-helpers.ts';

const activeCell = (page: Page) => page.evaluate(() => document.querySelector('td.active')?.getAttribute('data-cell') ?? null);
const g = (col: number) => sec3Address('granted', col);
const p = (col: number) => sec3Address('partlyGranted', col);

const CHECKS: Record<string, (page: Page) => Promise<void>> = {
  方向键: async (page) => {
    await cell(page, g(0)).click();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => activeCell(page)).toBe(g(1));
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => activeCell(page)).toBe(p(1));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => activeCell(page)).toBe(g(0));
  },
  'Tab / Shift+Tab': async (page) => {
    // From the last applicant column, Tab skips the computed 总计 to the next row's first cell.
    await cell(page, g(5)).click();
    await page.keyboard.press('Tab');
    await expect.poll(() => activeCell(page)).toBe(p(0));
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => activeCell(page)).toBe(g(5));
  },
  回车: async (page) => {
    await cell(page, g(1)).click();
    await page.keyboard.type('1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    // Back to the column where the Tabs began, one row down.
    await expect.poll(() => activeCell(page)).toBe(p(1));
    await expect(cell(page, g(2))).toHaveText('2');
  },
  直接输入: async (page) => {
    await typeInto(page, g(0), '12');
    await typeInto(page, g(0), '7');
    await expect(cell(page, g(0))).toHaveText('7');
  },
  'F2 或双击': async (page) => {
    await typeInto(page, g(0), '12');
    await cell(page, g(0)).click();
    await page.keyboard.press('F2');
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await expect(cell(page, g(0))).toHaveText('123');
    await typeInto(page, g(1), '4');
    await cell(page, g(1)).dblclick();
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await expect(cell(page, g(1))).toHaveText('45');
  },
  Esc: async (page) => {
    await typeInto(page, g(0), '8');
    await cell(page, g(0)).click();
    await page.keyboard.type('9');
    await page.keyboard.press('Escape');
    await expect(editor(page)).toHaveValue('');
    await expect(cell(page, g(0))).toHaveText('8');
  },
  'Shift+方向键': async (page) => {
    await cell(page, g(0)).click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await expect(page.locator('td[aria-selected="true"]')).toHaveCount(4);
  },
  'Home / End': async (page) => {
    await cell(page, g(2)).click();
    await page.keyboard.press('End');
    await expect.poll(() => activeCell(page)).toBe(g(6));
    await page.keyboard.press('Home');
    await expect.poll(() => activeCell(page)).toBe(g(0));
  },
  'Ctrl+C / Ctrl+X / Ctrl+V': async (page) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await typeInto(page, g(0), '5');
    await cell(page, g(0)).click();
    await page.keyboard.press('Control+c');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('5\r\n');
    await page.keyboard.press('Control+x');
    await expect(cell(page, g(0))).toHaveText('');
    await cell(page, g(3)).click();
    await page.keyboard.press('Control+v');
    await expect(cell(page, g(3))).toHaveText('5');
  },
};

test('键盘帮助中表格的每个按键都有浏览器中的检查', () => {
  for (const [k] of CELL_KEYS) expect(CHECKS[k], k).toBeDefined();
});

for (const [k, what] of CELL_KEYS) {
  test(`${k}：${what}`, async ({ page }) => {
    await createReport(page);
    await CHECKS[k]!(page);
  });
}

test('查找栏按钮提示的按键：Shift+回车 上一处，Esc 关闭', async ({ page }) => {
  await createReport(page);
  await page.getByLabel('一、总体情况 第 1 段正文').fill('蓝鲸一。蓝鲸二。蓝鲸三。');
  await page.keyboard.press('Control+f');
  const find = page.getByRole('textbox', { name: '查找' });
  await find.fill('蓝鲸');
  await expect(page.getByRole('search')).toContainText('共 3 处');
  await expect(page.getByRole('button', { name: '上一处' })).toHaveAttribute('title', 'Shift+回车');
  const at = () => page.getByRole('search').textContent();
  await page.keyboard.press('Enter');
  const first = await at();
  await page.keyboard.press('Enter');
  await expect.poll(at).not.toBe(first);
  // Shift+Enter goes back to the match before, not on to the next.
  await page.keyboard.press('Shift+Enter');
  await expect.poll(at).toBe(first);
  await expect(page.getByRole('button', { name: '关闭查找' })).toHaveAttribute('title', 'Esc');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('search')).toBeHidden();
});
