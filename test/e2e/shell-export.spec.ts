// 导出 PDF in the web build: the file is rendered on the server and downloaded by the browser.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { serializeReport } from '../../shared/file/codec.ts';
import { blankReport } from '../../shared/report/blank.ts';
import { withComputedTotals } from '../../shared/report/totals.ts';
import { ALL_CELLS } from '../../shared/schema/index.ts';
import { exportDespiteText } from './editor-helpers.ts';
import { test, expect } from './fixtures.ts';

/** A complete, consistent report: every cell 0, so the final check has nothing to ask. */
function completeReport() {
  const r = blankReport({ unit: '示例县某某镇人民政府', kind: 'township', year: 2025 });
  for (const c of ALL_CELLS) r.cells[c.address] = { raw: '0', value: 0 };
  r.cells = withComputedTotals(r);
  return r;
}

async function openReport(page: Page, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '打开…', exact: true }).click();
  await (await chooser).setFiles({ name: '年报.nianbao', mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('导出 PDF：浏览器下载到一个 PDF 文件', async ({ page }) => {
  await openReport(page, serializeReport(completeReport()));
  await expect(page.locator('[data-cell]').first()).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 PDF', exact: true }).click();
  // Tables complete, prose not written: the export asks about the empty sections.
  await exportDespiteText(page);
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/示例县某某镇人民政府2025年.*\.pdf$/);
  const bytes = await readFile((await file.path())!);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.length).toBeGreaterThan(5000);
  // It is this report, not some PDF: poppler reads the unit's name back out of it.
  const text = execFileSync('pdftotext', [(await file.path())!, '-'], { encoding: 'utf8' });
  expect(text.replace(/\s+/g, '')).toContain('示例县某某镇人民政府');
});
