import { expect, test } from './fixtures.ts';
import { cell, createReport, editor } from './editor-helpers.ts';

test('输入法组字：首字符不丢，组字中的回车不提交，全角数字成为数字', async ({ page }) => {
  await createReport(page);
  const a = 'sec3.rows.newReceived[0]';
  await cell(page, a).click();
  await expect(editor(page)).toBeFocused();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: '１', selectionStart: 1, selectionEnd: 1 });
  await expect(editor(page)).toHaveValue('１');
  await expect(editor(page)).toHaveClass(/editing/);
  await cdp.send('Input.imeSetComposition', { text: '１２', selectionStart: 2, selectionEnd: 2 });
  // The Enter that picks the IME candidate arrives as keyCode 229 while composing: it must not commit.
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', windowsVirtualKeyCode: 229, key: 'Enter', code: 'Enter' });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', windowsVirtualKeyCode: 229, key: 'Enter', code: 'Enter' });
  await expect(cell(page, a)).toHaveText('');
  await cdp.send('Input.insertText', { text: '１２' });
  await expect(editor(page)).toHaveValue('１２');
  await expect(cell(page, a)).toHaveText('');
  await page.keyboard.press('Enter');
  await expect(cell(page, a)).toHaveText('12');
  await expect(cell(page, 'sec3.rows.carriedOver[0]')).toHaveClass(/active/);
  await expect(editor(page)).toBeFocused();

  // A second composition straight after moving keeps its first character too.
  await cdp.send('Input.imeSetComposition', { text: '３', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.insertText', { text: '３' });
  await page.keyboard.press('Tab');
  await expect(cell(page, 'sec3.rows.carriedOver[0]')).toHaveText('3');
});

test('组字中失去焦点不提交半截文字', async ({ page }) => {
  await createReport(page);
  const a = 'sec4[0]';
  await cell(page, a).click();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: '４', selectionStart: 1, selectionEnd: 1 });
  await page.getByLabel('单位名称').click();
  await expect(page.getByLabel('单位名称')).toBeFocused();
  await expect(cell(page, a)).toHaveText('');
  // Nothing was committed: there is no edit to undo (a half-committed 4 would come back empty here).
  await cell(page, 'sec4[1]').click();
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+z');
  await expect(cell(page, 'sec4[1]')).toHaveText('');
  await expect(cell(page, a)).toHaveText('');
});

test('中文输入法在正文中正常组字', async ({ page }) => {
  await createReport(page);
  const para = page.getByLabel('六、其他需要报告的事项 第 1 段正文');
  await para.fill('');
  await para.click();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'wu', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.insertText', { text: '无' });
  await expect(para).toHaveValue('无');
});
