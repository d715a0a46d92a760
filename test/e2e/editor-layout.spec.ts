import { expect, test } from './fixtures.ts';
import { cell, createReport, shot, typeInto } from './editor-helpers.ts';

/** 1366×768 at 125 % scaling leaves a CSS viewport of 1093×614. */
const SCALED = { width: 1093, height: 614 };

test('125% 缩放下启动页和编辑器可读，表三不需要横向滚动', async ({ page }) => {
  await page.setViewportSize(SCALED);
  await shot(page, 'layout-125-start');
  await createReport(page);
  await typeInto(page, 'sec3.rows.newReceived[2]', '4');
  await cell(page, 'sec3.rows.newReceived[2]').click();
  await shot(page, 'layout-125-sec3');
  const overflow = await page.locator('.grid-sec3').evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The whole window never scrolls sideways; only the document pane scrolls.
  const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(pageOverflow).toBeLessThanOrEqual(0);
  await cell(page, 'sec4[0]').click();
  for (const t of ['sec2', 'sec4']) {
    const o = await page.locator(`.grid-${t}`).evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(o, t).toBeLessThanOrEqual(0);
  }
  await shot(page, 'layout-125-sec4');
  await expect(page.locator('.statusbar')).toBeInViewport();
});
