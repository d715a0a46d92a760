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

test('回车一路向下，当前单元格始终可见，不被底部的单元格信息栏挡住', async ({ page }) => {
  await createReport(page);
  await cell(page, 'sec3.rows.newReceived[0]').click();
  for (let i = 0; i < 24; i++) {
    await page.keyboard.press('Enter');
    const box = (await page.locator('td.active').boundingBox())!;
    const bar = (await page.locator('#cell-info').boundingBox())!;
    expect(box.y + box.height, `第 ${i + 1} 次回车`).toBeLessThanOrEqual(bar.y + 1);
    expect(box.y).toBeGreaterThanOrEqual(0);
  }
  await expect(cell(page, 'sec3.rows.carriedForward[0]')).toHaveClass(/active/);
  await expect(page.locator('#cell-info')).toContainText('四、结转下年度继续办理');
});
