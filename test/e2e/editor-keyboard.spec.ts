import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { LAYOUT } from '../../shared/grid/layout.ts';
import { expect, test } from './fixtures.ts';
import { cell, shot } from './editor-helpers.ts';

/** Presses `key` until `check` holds (at most `max` times); fails when it never does. */
async function pressUntil(page: Page, check: () => Promise<boolean>, max = 80, key = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await check()) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} 键未能到达目标`);
}

const activeCell = (page: Page) => page.evaluate(() => document.querySelector('td.active')?.getAttribute('data-cell') ?? null);
const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

/** What the clerk types into each cell: 1 received and granted per applicant column, 0 elsewhere. */
function valueFor(address: string): string {
  return /^sec3\.rows\.(newReceived|granted)\[[0-5]\]$/.test(address) ? '1' : '0';
}

test('只用键盘完成整份报告：新建、填表、写正文、保存、导出', async ({ page, server }) => {
  // Some 300 key presses, each waited on: a loaded machine needs more than the default minute.
  test.setTimeout(180_000);
  // Start screen: the unit name field has focus.
  await page.keyboard.type('示例镇人民政府');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('2025');
  await page.keyboard.press('Enter');
  await expect(page.locator('.doc-title')).toHaveText('示例镇人民政府2025年政府信息公开工作年度报告');

  // The caret waits in the first cell to fill, not on the page body.
  await expect.poll(() => activeCell(page)).toBe(LAYOUT.sec2[0]![0]!.address);

  for (const table of ['sec2', 'sec3', 'sec4'] as const) {
    await pressUntil(page, async () => (await activeCell(page))?.startsWith(`${table}`) ?? false);
    // Tab stops only on the cells a clerk types into: computed totals are skipped.
    const computed = new Set(await page.locator(`td.computed[data-cell^="${table}"]`).evaluateAll((tds) => tds.map((t) => t.getAttribute('data-cell'))));
    const cells = LAYOUT[table].flat().filter((c) => !computed.has(c.address));
    for (const c of cells) {
      await expect.poll(() => activeCell(page)).toBe(c.address);
      // The invariant the IME depends on: an active cell means the editor has focus.
      expect(await page.evaluate(() => document.activeElement?.classList.contains('cell-editor'))).toBe(true);
      await page.keyboard.type(valueFor(c.address));
      await page.keyboard.press('Tab');
    }
    // Tab past the last cell leaves the table.
    await expect.poll(() => activeCell(page)).toBeNull();
    if (table === 'sec3') await shot(page, 'editor-keyboard-sec3');
  }

  // Shift+Tab from below enters a table at its last cell to fill, and Shift+Tab from its first cell leaves it.
  await pressUntil(page, async () => (await activeCell(page)) !== null, 20, 'Shift+Tab');
  await expect.poll(() => activeCell(page)).toBe('sec4[13]');
  await page.keyboard.press('Home');
  await expect.poll(() => activeCell(page)).toBe('sec4[0]');
  await page.keyboard.press('Shift+Tab');
  await expect.poll(() => activeCell(page)).toBeNull();

  // F6 goes from region to region: the prose starts at 一、总体情况.
  await cell(page, 'sec4[0]').click();
  await page.keyboard.press('F6');
  expect(await focusedLabel(page)).toBe('一、总体情况 第 1 段正文');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('本年度主动公开政府信息120条。');
  await pressUntil(page, async () => (await focusedLabel(page)) === '五、存在的主要问题及改进情况 第 1 段正文', 400);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('信息更新不够及时，将加强审核。');

  await expect(page.getByTestId('error-count')).toHaveText('错误 0');
  // What is left of the model text: ×× in the second paragraph of 一 and 「本单位」 in 六.
  await expect(page.getByTestId('warning-count')).toHaveText('警告 2');
  await expect(cell(page, 'sec3.rows.total[6]')).toHaveText('6');
  await expect(cell(page, 'sec4[14]')).toHaveText('0');

  await page.keyboard.press('Control+s');
  await expect(page.locator('.statusbar .notice')).toContainText('已保存');
  const saved = JSON.parse(await readFile(`${server.workspace}/示例镇人民政府2025年政府信息公开工作年度报告.nianbao`, 'utf8'));
  expect(saved.report.cells['sec3.rows.granted[5]']).toEqual({ raw: '1', value: 1 });
  expect(saved.report.sections.overview.paragraphs[0].text).toBe('本年度主动公开政府信息120条。');
  expect(saved.report.sections.problems.paragraphs[0].text).toBe('信息更新不够及时，将加强审核。');

  // 文件 › 导出 PDF… through the menu, by keyboard: Shift+F6 back to the menu bar.
  await pressUntil(page, () => page.evaluate(() => document.activeElement?.textContent === '文件'), 4, 'Shift+F6');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toBeVisible();
  const download = page.waitForEvent('download');
  await pressUntil(page, () => page.getByRole('menuitem', { name: /导出 PDF/ }).evaluate((el) => el === document.activeElement), 20, 'ArrowDown');
  await page.keyboard.press('Enter');
  // What is left of the model text is asked about; the primary answer is 返回修改, so Tab to 仍然导出.
  await expect(page.getByRole('alertdialog')).toContainText('正文还有 2 处需要处理');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '仍然导出' })).toBeFocused();
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
});
