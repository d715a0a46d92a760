/**
 * Every shortcut of the table of actions (shared/actions.ts), pressed in the browser: each does what
 * its label says. A shortcut added to the table without a check here fails the first test.
 */
import type { Page } from '@playwright/test';
import { ACTIONS, type ActionSpec } from '../../shared/actions.ts';
import { LAYOUT } from '../../shared/grid/layout.ts';
import { sec3Address } from '../../shared/schema/index.ts';
import { expect, test, type AppServer } from './fixtures.ts';
import { cell, createReport, typeInto } from './editor-helpers.ts';

const activeCell = (page: Page) => page.evaluate(() => document.querySelector('td.active')?.getAttribute('data-cell') ?? null);
const notice = (page: Page) => page.locator('.statusbar .notice');
const A = sec3Address('granted', 0);
const B = sec3Address('partlyGranted', 0);

/** Playwright spells Ctrl as Control. */
const key = (shortcut: string) => shortcut.replace(/^Ctrl\+/, 'Control+').replace('+Ctrl+', '+Control+');

type Check = (page: Page, press: () => Promise<void>, server: AppServer) => Promise<void>;

const CHECKS: Record<string, Check> = {
  open: async (page, press) => {
    await press();
    // The new report is not saved yet: asked first, as Word asks.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('alertdialog').getByRole('button', { name: '不保存' }).click();
    await chooser;
  },
  save: async (page, press, server) => {
    await press();
    // The web build says which folder of this computer the file went to.
    await expect(notice(page)).toContainText(`已保存到 ${server.workspace}`);
  },
  saveAs: async (page, press, server) => {
    await press();
    await expect(notice(page)).toContainText(`已保存到 ${server.workspace}`);
  },
  exportPdf: async (page, press) => {
    await press();
    await expect(page.getByRole('alertdialog')).toContainText('有未填写的单元格');
  },
  print: async (page, press) => {
    await press();
    await expect(page.getByRole('alertdialog')).toContainText('有未填写的单元格');
  },
  undo: async (page, press) => {
    await typeInto(page, A, '5');
    await press();
    await expect(cell(page, A)).toHaveText('');
  },
  redo: async (page, press) => {
    await typeInto(page, A, '5');
    await page.keyboard.press('Control+z');
    await expect(cell(page, A)).toHaveText('');
    await press();
    await expect(cell(page, A)).toHaveText('5');
  },
  find: async (page, press) => {
    await press();
    await expect(page.getByRole('search')).toBeVisible();
    await expect(page.getByRole('textbox', { name: '查找' })).toBeFocused();
  },
  replace: async (page, press) => {
    await press();
    await expect(page.getByRole('textbox', { name: '替换为' })).toBeVisible();
  },
  fillDown: async (page, press) => {
    await typeInto(page, A, '5');
    await expect.poll(() => activeCell(page)).toBe(B);
    await press();
    await expect(cell(page, B)).toHaveText('5');
  },
  fillSelection: async (page, press) => {
    await cell(page, A).click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.type('3');
    await press();
    for (let c = 0; c < 3; c++) await expect(cell(page, sec3Address('granted', c))).toHaveText('3');
    await expect(cell(page, sec3Address('granted', 3))).toHaveText('');
  },
  selectTable: async (page, press) => {
    await cell(page, A).click();
    await press();
    await expect(page.locator('td[data-cell^="sec3."][aria-selected="true"]')).toHaveCount(LAYOUT.sec3.flat().length);
  },
  clearCells: async (page, press) => {
    await typeInto(page, A, '5');
    await cell(page, A).click();
    await press();
    await expect(cell(page, A)).toHaveText('');
  },
  gotoFirstCell: async (page, press) => {
    await page.getByLabel('单位名称').focus();
    await press();
    await expect.poll(() => activeCell(page)).toBe(LAYOUT.sec2[0]![0]!.address);
  },
  nextRegion: async (page, press) => {
    await cell(page, A).click();
    await press();
    await expect(page.getByLabel('一、总体情况 第 1 段正文')).toBeFocused();
  },
  prevRegion: async (page, press) => {
    await cell(page, A).click();
    await press();
    await expect(page.getByRole('button', { name: '文件', exact: true })).toBeFocused();
  },
  nextProblem: async (page, press) => {
    // A count that is not a whole number: an error at once (an unfinished column is not one).
    await typeInto(page, sec3Address('newReceived', 2), '1.5');
    await cell(page, LAYOUT.sec2[0]![0]!.address).click();
    await press();
    await expect(page.locator('td.active')).toHaveClass(/has-error/);
    await expect.poll(() => activeCell(page)).toMatch(/^sec3\./);
  },
  prevProblem: async (page, press) => {
    await typeInto(page, sec3Address('newReceived', 2), '1.5');
    await cell(page, 'sec4[0]').click();
    await press();
    await expect(page.locator('td.active')).toHaveClass(/has-error/);
  },
  keyHelp: async (page, press) => {
    await press();
    await expect(page.locator('details.key-help')).toHaveAttribute('open', '');
    await expect(page.locator('details.key-help')).toContainText('F8');
  },
};

// The system's keys (剪切/复制/粘贴/退出) are the browser's and the shell's: the grid's clipboard has its own tests.
const SHORTCUTS = (ACTIONS as readonly ActionSpec[]).filter((a) => !a.system).flatMap((a) => (a.keys ?? []).map((k) => ({ action: a, shortcut: k })));

test('动作表中每个有快捷键的动作都有浏览器中的检查', () => {
  for (const { action } of SHORTCUTS) expect(CHECKS[action.id], action.id).toBeDefined();
});

for (const { action, shortcut } of SHORTCUTS) {
  test(`${shortcut}：${action.label}`, async ({ page, server }) => {
    await createReport(page);
    await CHECKS[action.id]!(page, () => page.keyboard.press(key(shortcut)), server);
  });
}

test('键盘打开“编辑”菜单（焦点已离开表格）：向下填充作用于离开前选中的单元格', async ({ page }) => {
  await createReport(page);
  await typeInto(page, A, '5');
  await expect.poll(() => activeCell(page)).toBe(B);
  // Shift+F6 from the table reaches the menu bar; → opens 编辑 with its first item focused.
  await page.keyboard.press('Shift+F6');
  await expect(page.getByRole('button', { name: '文件', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const fill = page.getByRole('menu', { name: '编辑' }).locator('[data-action="fillDown"]');
  await expect(fill).toBeEnabled();
  for (let i = 0; i < 8 && !(await fill.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
  await expect(fill).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cell(page, B)).toHaveText('5');
  // Back in the table where the clerk left it, typing goes on.
  await expect.poll(() => activeCell(page)).toBe(B);
  await expect(page.locator('textarea.cell-editor')).toBeFocused();
});
