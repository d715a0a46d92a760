/**
 * Computed totals must read right on the screens clerks have: upright digits in the table's own font,
 * told apart by their background and a mark, never clipped — at 100 % to 150 % scaling, 1280×720 to
 * 1920×1080. Screenshots of each size land in test-results/ to be looked at.
 */
import type { Page } from '@playwright/test';
import { sec3Address } from '../../shared/schema/index.ts';
import { expect, test } from './fixtures.ts';
import { cell, createReport, shot } from './editor-helpers.ts';

const SIZES = [
  { name: '1280x720-100', viewport: { width: 1280, height: 720 }, scale: 1 },
  { name: '1920x1080-100', viewport: { width: 1920, height: 1080 }, scale: 1 },
  // Windows at 125 % and 150 %: the CSS viewport shrinks, the pixels stay.
  { name: '1920x1080-125', viewport: { width: 1536, height: 864 }, scale: 1.25 },
  { name: '1920x1080-150', viewport: { width: 1280, height: 720 }, scale: 1.5 },
];

async function fillRow(page: Page) {
  // Wide numbers in every applicant column: totals of three digits, the widest a township reaches.
  await cell(page, sec3Address('newReceived', 0)).click();
  for (let c = 0; c < 6; c++) {
    await page.keyboard.type(String(39 + c * 20));
    await page.keyboard.press('Tab');
  }
}

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.scale });

    test(`总计单元格直立、不被截断、与填写的单元格区分开（${size.name}）`, async ({ page }) => {
      await createReport(page);
      await fillRow(page);
      const total = cell(page, sec3Address('newReceived', 6));
      await expect(total).toHaveText(String(39 + 59 + 79 + 99 + 119 + 139));
      await total.scrollIntoViewIfNeeded();
      const look = await total.evaluate((td) => {
        const box = td.querySelector('.cell-box')!;
        const typed = document.querySelector(`[data-cell="sec3.rows.newReceived[0]"]`)!;
        // Colours compared on a row without problems: an error's red would cover both.
        const plainTotal = document.querySelector(`[data-cell="sec3.rows.granted[6]"]`)!;
        const plainTyped = document.querySelector(`[data-cell="sec3.rows.granted[0]"]`)!;
        const s = getComputedStyle(td);
        return {
          fontStyle: s.fontStyle,
          font: s.fontFamily,
          typedFont: getComputedStyle(typed).fontFamily,
          background: getComputedStyle(plainTotal).backgroundColor,
          typedBackground: getComputedStyle(plainTyped).backgroundColor,
          clipped: box.scrollWidth > box.clientWidth,
          label: td.getAttribute('aria-label'),
        };
      });
      expect(look.fontStyle).toBe('normal');
      expect(look.font).toBe(look.typedFont);
      expect(look.background).not.toBe(look.typedBackground);
      expect(look.clipped).toBe(false);
      expect(look.label).toBe('534（自动计算的总计）');
      // Every computed cell of table 三, not only this one, shows its number whole.
      const clipped = await page.locator('td.computed .cell-box').evaluateAll((boxes) => boxes.filter((b) => b.scrollWidth > b.clientWidth).length);
      expect(clipped).toBe(0);
      await page.locator('.grid-sec3').scrollIntoViewIfNeeded();
      await shot(page, `totals-${size.name}`);
    });
  });
}
