// 查找 as Word shows it: the word found is shaded in the paragraph (not the paragraph outlined), the
// current match apart from the others, scrolled into view; typing in the paragraph goes on working.
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { createReport, shot } from './editor-helpers.ts';

async function box(l: Locator) {
  const b = await l.boundingBox();
  expect(b, '元素应当显示在页面上').not.toBeNull();
  return b!;
}

/** Whether a lies inside b (a pixel of rounding allowed). */
function inside(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) {
  return a.x >= b.x - 1 && a.y >= b.y - 1 && a.x + a.width <= b.x + b.width + 1 && a.y + a.height <= b.y + b.height + 1;
}

test('查找：找到的词在段落中标出，当前一处另有标记并滚动到可见处，下一处/上一处依次移动，段落照常输入', async ({ page }) => {
  await createReport(page, '示例镇人民政府', '2025');
  const text = page.getByLabel('一、总体情况 第 1 段正文');
  // A long paragraph: its last 依申请公开 lies far below the paragraph's top, past the window's bottom.
  const filler = '本镇认真贯彻落实《中华人民共和国政府信息公开条例》，持续推进政务公开标准化规范化建设。'.repeat(30);
  await text.fill(`本年度依申请公开工作平稳有序。${filler}全年依申请公开办理及时。`);

  await page.keyboard.press('Control+f');
  const find = page.getByRole('textbox', { name: '查找' });
  await find.fill('依申请公开');
  const marks = page.locator('[data-find-marks="overview.0.text"] mark');
  // Every match shaded as soon as the word is typed, none of them current yet.
  await expect(marks).toHaveCount(2);
  await expect(marks.nth(0)).toHaveText('依申请公开');
  await expect(page.locator('mark.find-mark.current')).toHaveCount(0);

  await page.keyboard.press('Enter');
  const current = page.locator('mark.find-mark.current');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveText('依申请公开');
  // The mark lies inside the paragraph's box, on its first line (the text starts with two characters' indent and 本年度).
  const para = await box(text);
  let mark = await box(current);
  expect(inside(mark, para)).toBe(true);
  expect(mark.y - para.y).toBeLessThan(40);
  expect(mark.x - para.x).toBeGreaterThan(5 * 14);
  // The paragraph itself is not outlined: the find bar keeps the focus.
  await expect(find).toBeFocused();
  await shot(page, 'editor-find-marks-first');

  // 下一处: the second 依申请公开, at the end of the long paragraph, scrolled into the window.
  const total = Number((await page.getByTestId('find-status').textContent())?.match(/共 (\d+) 处/)?.[1]);
  expect(total).toBeGreaterThanOrEqual(2);
  // Below the window until the find goes to it.
  expect((await box(marks.nth(1))).y).toBeGreaterThan(page.viewportSize()!.height);
  await page.getByRole('button', { name: '下一处' }).click();
  await expect(page.getByTestId('find-status')).toContainText('第 2 处');
  await expect(current).toHaveText('依申请公开');
  await expect(marks.nth(1)).toHaveClass(/current/);
  await expect(marks.nth(0)).not.toHaveClass(/current/);
  mark = await box(current);
  const scrolled = await box(text);
  expect(inside(mark, scrolled)).toBe(true);
  expect(mark.y).toBeGreaterThan(scrolled.y + 100);
  const viewport = page.viewportSize()!;
  expect(mark.y).toBeGreaterThanOrEqual(0);
  expect(mark.y + mark.height).toBeLessThanOrEqual(viewport.height);
  await shot(page, 'editor-find-marks-second');

  // 上一处 goes back to the first.
  await page.getByRole('button', { name: '上一处' }).click();
  await expect(marks.nth(0)).toHaveClass(/current/);

  // Typing in the paragraph while the bar is open: the text changes and the marks follow it.
  await text.click({ position: { x: 30, y: 12 } });
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('依申请公开，');
  await expect(text).toHaveValue(/^依申请公开，本年度依申请公开/);
  await expect(marks).toHaveCount(3);
  await expect(page.getByTestId('find-status')).toContainText(`共 ${total + 1} 处`);
  // The current match is still the words it was (now the second), not the new one typed before it.
  await expect(marks.nth(1)).toHaveClass(/current/);
  await expect(marks.nth(0)).not.toHaveClass(/current/);
  await expect(page.getByTestId('find-status')).toContainText('第 2 处');
  await shot(page, 'editor-find-marks-typing');

  // Esc closes the bar, the marks go, and the match is selected in its paragraph.
  await find.focus();
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-find-marks]')).toHaveCount(0);
});

test('查找：小标题和单位名称中的词也在原处标出', async ({ page }) => {
  await createReport(page, '示例镇2024工作组', '2025');
  await page.getByLabel('一、总体情况 第 1 段小标题').fill('（一）2024年主动公开');
  await page.keyboard.press('Control+f');
  await page.getByRole('textbox', { name: '查找' }).fill('2024');
  await page.keyboard.press('Enter');
  const unit = page.locator('[data-find-marks="unit"] mark.current');
  await expect(unit).toHaveText('2024');
  expect(inside(await box(unit), await box(page.getByLabel('单位名称')))).toBe(true);
  await page.keyboard.press('Enter');
  const heading = page.locator('[data-find-marks="overview.0.heading"] mark.current');
  await expect(heading).toHaveText('2024');
  expect(inside(await box(heading), await box(page.getByLabel('一、总体情况 第 1 段小标题')))).toBe(true);
});

test('查找栏开着时，在标出的段落中用输入法组字：组字照常，上屏后新的一处也标出', async ({ page }) => {
  await createReport(page, '示例镇人民政府', '2025');
  const text = page.getByLabel('一、总体情况 第 1 段正文');
  await text.fill('本年度公开信息。');
  await page.keyboard.press('Control+f');
  await page.getByRole('textbox', { name: '查找' }).fill('公开');
  await page.keyboard.press('Enter');
  const marks = page.locator('[data-find-marks="overview.0.text"] mark');
  await expect(marks).toHaveCount(1);

  // The clerk clicks at the end of the paragraph and types 公开 with a pinyin IME.
  await text.click();
  await page.keyboard.press('Control+End');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'gongkai', selectionStart: 7, selectionEnd: 7 });
  await expect(text).toBeFocused();
  await cdp.send('Input.insertText', { text: '公开' });
  await expect(text).toHaveValue('本年度公开信息。公开');
  await expect(text).toBeFocused();
  await expect(marks).toHaveCount(2);
  await expect(marks.nth(1)).toHaveText('公开');
  expect(inside(await box(marks.nth(1)), await box(text))).toBe(true);
});
