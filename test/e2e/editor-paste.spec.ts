import { SEC3_ROW_KEYS, sec3Address } from '../../shared/schema/index.ts';
import { expect, test } from './fixtures.ts';
import { cell, createReport, editor, shot } from './editor-helpers.ts';

/** Sends a paste event carrying `text` to the focused cell editor, as the browser does on Ctrl+V. */
async function paste(page: import('@playwright/test').Page, text: string): Promise<void> {
  await editor(page).evaluate((el, t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}

test('粘贴 25×7 的块：自动计算的总计被跳过，数字进入各单元格', async ({ page }) => {
  await createReport(page);
  // Row r, column c holds r+c (full-width in one row, thousands separators in another), as Excel copies it.
  const rows = SEC3_ROW_KEYS.map((_, r) => Array.from({ length: 7 }, (_, c) => String(r + c)));
  rows[3] = rows[3]!.map((v) => v.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)));
  rows[4] = rows[4]!.map((v, c) => (c === 0 ? '"1,004"' : v));
  const text = rows.map((r) => r.join('\t')).join('\r\n') + '\r\n';
  await cell(page, sec3Address('newReceived', 0)).click();
  await paste(page, text);
  await expect(page.locator('.statusbar .notice')).toContainText('总计由系统自动计算，粘贴时跳过了 31 个总计单元格');
  await expect(cell(page, sec3Address('granted', 2))).toHaveText('4');
  await expect(cell(page, sec3Address('partlyGranted', 0))).toHaveText('3'); // was full-width ３
  await expect(cell(page, sec3Address('denied_1', 0))).toHaveText('1004');
  await expect(cell(page, sec3Address('carriedForward', 5))).toHaveText('29');
  // 总计 column stays computed: newReceived = 0+1+…+5.
  await expect(cell(page, sec3Address('newReceived', 6))).toHaveText('15');
  await shot(page, 'editor-paste-25x7');
  // One undo step takes the whole paste back.
  await page.keyboard.press('Control+z');
  await expect(cell(page, sec3Address('granted', 2))).toHaveText('');
  await expect(page.locator('td[data-cell^="sec3."] .cell-text')).toHaveCount(0);
});

test('超出表格的块被截去并说明；单行复制的末尾换行不算一行', async ({ page }) => {
  await createReport(page);
  await cell(page, 'sec4[12]').click();
  await paste(page, '1\t2\t3\t4\r\n5\t6\r\n');
  await expect(page.locator('.statusbar .notice')).toContainText('多出的 1 行、1 列未粘贴');
  await expect(cell(page, 'sec4[12]')).toHaveText('1');
  await expect(cell(page, 'sec4[13]')).toHaveText('2');
  await expect(cell(page, 'sec4[14]')).toHaveText('3'); // computed total: 1+2
  await cell(page, 'sec4[0]').click();
  await paste(page, '7\r\n');
  await expect(cell(page, 'sec4[0]')).toHaveText('7');
  await expect(page.locator('.statusbar .notice')).toHaveText('已粘贴 1 行 × 1 列');
});

test('复制选区为 TSV，Ctrl+D 向下填充', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await createReport(page);
  await cell(page, sec3Address('granted', 0)).click();
  await page.keyboard.type('4');
  await page.keyboard.press('Tab');
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await cell(page, sec3Address('granted', 0)).click();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Control+d');
  await expect(cell(page, sec3Address('denied_1', 0))).toHaveText('4');
  await expect(cell(page, sec3Address('denied_1', 1))).toHaveText('5');
  await page.keyboard.press('Control+c');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe('4\t5\r\n4\t5\r\n4\t5\r\n');
  // Delete clears the whole selection.
  await page.keyboard.press('Delete');
  await expect(cell(page, sec3Address('partlyGranted', 1))).toHaveText('');
  await expect(cell(page, sec3Address('granted', 0))).toHaveText('');
});

test('拖动鼠标选择区域后粘贴单个值填满选区', async ({ page }) => {
  await createReport(page);
  await cell(page, sec3Address('denied_2', 0)).scrollIntoViewIfNeeded();
  const from = await cell(page, sec3Address('granted', 0)).boundingBox();
  const to = await cell(page, sec3Address('partlyGranted', 2)).boundingBox();
  await page.mouse.move(from!.x + 5, from!.y + 5);
  await page.mouse.down();
  await page.mouse.move(to!.x + 5, to!.y + 5, { steps: 5 });
  await page.mouse.up();
  await expect(page.locator('td.selected')).toHaveCount(6);
  await paste(page, '0\r\n');
  for (const a of [sec3Address('granted', 0), sec3Address('partlyGranted', 2)]) await expect(cell(page, a)).toHaveText('0');
  await expect(cell(page, sec3Address('denied_1', 0))).toHaveText('');
});

test('Ctrl+V 从系统剪贴板粘贴 Excel 复制的块', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await createReport(page);
  await page.evaluate(() => navigator.clipboard.writeText('"1,200"\t３\t\r\n0\t\t5\r\n'));
  await cell(page, sec3Address('granted', 0)).click();
  await page.keyboard.press('Control+v');
  await expect(cell(page, sec3Address('granted', 0))).toHaveText('1200');
  await expect(cell(page, sec3Address('granted', 1))).toHaveText('3');
  await expect(cell(page, sec3Address('granted', 2))).toHaveText('');
  await expect(cell(page, sec3Address('partlyGranted', 0))).toHaveText('0');
  await expect(cell(page, sec3Address('partlyGranted', 2))).toHaveText('5');
  await expect(cell(page, sec3Address('denied_1', 0))).toHaveText('');
  await expect(cell(page, sec3Address('granted', 6))).toHaveText('1203');
});
