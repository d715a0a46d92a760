// Files in the web build: open by upload, save and reopen with the same data, a broken file's message.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serializeReport } from '../../shared/file/codec.ts';
import { blankReport } from '../../shared/report/blank.ts';
import { test, expect } from './fixtures.ts';

const CELL = 'sec3.rows.newReceived[0]';
const cell = (page: Page, address: string) => page.locator(`[data-cell="${address}"]`);

function sampleReport() {
  const r = blankReport({ unit: '示例县某某镇人民政府', kind: 'township', year: 2025 });
  r.cells[CELL] = { raw: '17', value: 17 };
  r.cells['sec3.rows.granted[0]'] = { raw: '9', value: 9 };
  r.sections.overview.paragraphs[0]!.text = '本镇坚持以公开为常态。';
  return r;
}

async function upload(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '打开…', exact: true }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('打开：上传的 .nianbao 在编辑器中显示，并在工作文件夹保留副本', async ({ page, server }) => {
  const text = serializeReport(sampleReport());
  await upload(page, '示例镇2025年报.nianbao', text);
  await expect(cell(page, CELL)).toHaveText('17');
  await expect(cell(page, 'sec3.rows.granted[0]')).toHaveText('9');
  await expect(page.getByText('示例县某某镇人民政府').first()).toBeVisible();
  expect(await readFile(join(server.workspace, '示例镇2025年报.nianbao'), 'utf8')).toBe(text);
  await page.screenshot({ path: test.info().outputPath('opened-1366x768.png') });
});

test('打开损坏的文件：中文提示，编辑器不崩溃，不写入任何文件', async ({ page, server }) => {
  await upload(page, '坏文件.nianbao', '{"format":"nianbao","version":1,');
  await expect(page.getByText(/已损坏或不是年报文件/)).toBeVisible();
  expect((await readdir(server.workspace)).filter((n) => !n.startsWith('.'))).toEqual([]);
});

test('保存后重新载入页面，从最近文件打开，数据相同', async ({ page, server }) => {
  await upload(page, '年报.nianbao', serializeReport(sampleReport()));
  await expect(cell(page, CELL)).toHaveText('17');
  await cell(page, CELL).click();
  await page.keyboard.type('23');
  await page.keyboard.press('Enter');
  await expect(cell(page, CELL)).toHaveText('23');
  await page.keyboard.press('Control+s');
  await expect
    .poll(async () => JSON.parse(await readFile(join(server.workspace, '年报.nianbao'), 'utf8')).report.cells[CELL]?.raw)
    .toBe('23');
  await page.reload();
  await page.getByRole('button', { name: /年报\.nianbao/ }).first().click();
  await expect(cell(page, CELL)).toHaveText('23');
  await expect(cell(page, 'sec3.rows.granted[0]')).toHaveText('9');
  // The previous version went to the backups before it was overwritten.
  const backups = await readdir(join(server.workspace, '.data', 'backups'), { recursive: true });
  expect(backups.some((f) => String(f).endsWith('_年报.nianbao'))).toBe(true);
});
