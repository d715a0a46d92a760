/**
 * Tab/Enter after typing draws its move first and writes the value right after (renderer/grid/move-first.ts):
 * what the clerk sees in that frame, and that nothing typed or pressed straight after is lost or reordered.
 */
import type { Page } from '@playwright/test';
import { sec3Address } from '../../shared/schema/index.ts';
import { expect, test } from './fixtures.ts';
import { cell, createReport, editor } from './editor-helpers.ts';

const A = sec3Address('granted', 0);
const B = sec3Address('granted', 1);
const C = sec3Address('partlyGranted', 3);
const TOTAL = sec3Address('granted', 6);
const activeCell = (page: Page) => page.evaluate(() => document.querySelector('td.active')?.getAttribute('data-cell') ?? null);

interface Frame {
  value: string;
  committed: boolean;
  editor: number[];
  cursor: number[];
  a: number[];
  b: number[];
  aText: string;
}

test('Tab 的那一帧：数值留在原格显示、光标框已到下一格；随后写进表格，总计随之更新', async ({ page }) => {
  await createReport(page);
  await cell(page, A).click();
  await page.keyboard.type('12');
  // A rAF requested while the key is handled runs in the frame that key produces, before it is painted.
  await page.evaluate(
    ([a, b]) =>
      document.addEventListener(
        'keydown',
        () =>
          requestAnimationFrame(() => {
            const box = (el: Element) => {
              const r = el.getBoundingClientRect();
              return [r.left, r.top, r.width, r.height].map(Math.round);
            };
            const ta = document.querySelector<HTMLTextAreaElement>('textarea.cell-editor')!;
            const tdA = document.querySelector(`[data-cell="${a}"]`)!;
            (window as unknown as { __frame: Frame }).__frame = {
              value: ta.value,
              committed: ta.classList.contains('committed'),
              editor: box(ta),
              cursor: box(document.querySelector('.cell-cursor')!),
              a: box(tdA),
              b: box(document.querySelector(`[data-cell="${b}"]`)!),
              aText: (tdA as HTMLElement).innerText.trim(),
            };
          }),
        { capture: true, once: true },
      ),
    [A, B],
  );
  await page.keyboard.press('Tab');
  const frame = (await (await page.waitForFunction(() => (window as unknown as { __frame?: Frame }).__frame)).jsonValue()) as Frame;
  expect(frame.value).toBe('12');
  expect(frame.committed).toBe(true);
  expect(frame.editor).toEqual(frame.a);
  expect(frame.cursor).toEqual(frame.b);
  // The table itself has not been redrawn in that frame: that is what keeps the keystroke fast.
  expect(frame.aText).toBe('');
  await expect(cell(page, A)).toHaveText('12');
  await expect(cell(page, TOTAL)).toContainText('12');
  await expect.poll(() => activeCell(page)).toBe(B);
  await expect(editor(page)).toHaveValue('');
  await expect(editor(page)).not.toHaveClass(/committed/);
  const [ed, b] = await Promise.all([editor(page).boundingBox(), cell(page, B).boundingBox()]);
  expect(ed).toEqual(b);
});

test('Tab/回车后紧接着的按键、撤销、点击都不丢、不乱', async ({ page }) => {
  await createReport(page);
  await cell(page, A).click();
  // Keys sent back to back: the next key usually arrives before the move is painted.
  for (const k of ['3', 'Tab', '4', 'Tab']) await page.keyboard.press(k);
  await expect(cell(page, A)).toHaveText('3');
  await expect(cell(page, B)).toHaveText('4');

  // Undo straight after Enter takes back the value just entered, not the one before it.
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+z');
  await expect(cell(page, sec3Address('granted', 2))).toHaveText('');
  await expect(cell(page, B)).toHaveText('4');

  // A click straight after Tab: the value is written and the clicked cell becomes active.
  await cell(page, A).click();
  await page.keyboard.type('6');
  await page.keyboard.press('Tab');
  await cell(page, C).click();
  await expect(cell(page, A)).toHaveText('6');
  await expect.poll(() => activeCell(page)).toBe(C);
  await expect(editor(page)).toBeFocused();
});

test('表格上方的内容变高、表格下移（同一格仍是活动格）：光标框和输入框跟着单元格走', async ({ page }) => {
  await createReport(page);
  await cell(page, C).click();
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  // The cell's place in the page (the browser may scroll to keep it still on screen).
  const inPage = () =>
    page.locator('td.active').evaluate((td) => {
      const scroller = td.closest('.doc-scroll')!;
      return Math.round(td.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop);
    });
  await expect.poll(() => page.locator('td.active').getAttribute('data-cell')).not.toBe(C);
  const before = await inPage();
  // As a finding listed under a paragraph, or a bound sentence taking a second line, would.
  await page.locator('.doc-title').evaluate((h) => ((h as HTMLElement).style.paddingTop = '40px'));
  await expect.poll(inPage).toBe(before + 40);
  const boxes = () => Promise.all([page.locator('td.active'), page.locator('.cell-cursor'), editor(page)].map(async (l) => JSON.stringify(await l.boundingBox())));
  await expect.poll(async () => new Set(await boxes()).size).toBe(1);
});

test('单元格输入框和每段正文各在自己的表单里：Chrome 的自动填充每次按键只看这一个输入框', async ({ page }) => {
  await createReport(page);
  const fields = await page
    .locator('textarea.cell-editor, textarea.prose-text')
    .evaluateAll((tas) => tas.map((t) => (t as HTMLTextAreaElement).form?.elements.length ?? 0));
  expect(fields.length).toBeGreaterThan(5);
  expect(fields.every((n) => n === 1)).toBe(true);
});
