/**
 * The editor's two speed figures, measured in Debian's Chromium on the web build:
 * - keystroke-to-paint p95 while filling table 三 (digits and Enter, which commits and re-runs the rules);
 * - app ready: navigation start → table 三 on screen with a report opened (nianbao serve FILE).
 * Vsync is off (--disable-frame-rate-limit, --disable-gpu-vsync) so a figure is the app's own work up to
 * the paint, not the wait for the display's next 60 Hz refresh.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DIST_RENDERER, ensureRendererBuilt } from '../../electron/server/renderer-build.ts';
import { startServer } from '../../electron/server/server.ts';
import { serializeReport } from '../../shared/file/codec.ts';
import { blankReport } from '../../shared/report/blank.ts';
import { withComputedTotals } from '../../shared/report/totals.ts';
import { TABLE3_CELLS } from '../../shared/schema/table3.ts';
import { percentile, type Figure } from './figures.ts';

const LOADS = 7;
const CELLS_TO_FILL = 40;
const FIRST_CELL = 'sec3.rows.newReceived[0]';

// In-page scripts are strings: functions compiled by tsx carry helpers (__name) the page does not have.
/** "After next paint": a message posted from a rAF callback is handled once that frame is rendered. */
const AFTER_PAINT = `(cb) => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = cb; ch.port2.postMessage(0); })`;

/** Runs in the page before its scripts: notes when table 三 is first painted. */
const WATCH_READY = (selector: string) => `(() => {
  const afterPaint = ${AFTER_PAINT};
  const obs = new MutationObserver(() => {
    if (!document.querySelector(${JSON.stringify(selector)})) return;
    obs.disconnect();
    afterPaint(() => { window.__readyAt ??= performance.now(); });
  });
  obs.observe(document, { childList: true, subtree: true });
})();`;

/** Keydown (its own timestamp) → the paint of the frame that follows the app's handling of it. */
const WATCH_KEYS = `(() => {
  const afterPaint = ${AFTER_PAINT};
  window.__latencies = [];
  document.addEventListener('keydown', (e) => {
    const t0 = e.timeStamp;
    afterPaint(() => window.__latencies.push(performance.now() - t0));
  }, true);
})();`;

async function waitForEditor(page: Page): Promise<void> {
  try {
    await page.locator(`[data-cell="${FIRST_CELL}"]`).waitFor({ timeout: 15_000 });
  } catch {
    throw new Error(`bench：编辑器没有显示表三（找不到 [data-cell="${FIRST_CELL}"]），无法测量；界面是否已完成？`);
  }
}

/** The same measurement on a bare textarea: what this machine and browser cost before the app does anything. */
async function baseline(browser: Browser, keys: number): Promise<number[]> {
  const page = await browser.newPage();
  await page.setContent('<textarea></textarea>');
  await page.focus('textarea');
  await page.evaluate(WATCH_KEYS);
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press(String(i % 10));
    await page.waitForTimeout(20);
  }
  await page.waitForFunction(`window.__latencies.length >= ${keys}`);
  const l = ((await page.evaluate('window.__latencies')) as number[]).sort((a, b) => a - b);
  await page.close();
  return l;
}

export async function bench(): Promise<Figure[]> {
  await ensureRendererBuilt({ log: (l) => console.error(l) });
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-bench-'));
  const file = join(dir, '基准.nianbao');
  const report = blankReport({ unit: '示例县某某镇人民政府', kind: 'township', year: 2025 });
  report.cells = withComputedTotals(report);
  await writeFile(file, serializeReport(report));
  const server = await startServer({ distDir: DIST_RENDERER, workspace: join(dir, 'ws'), openFile: file });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-frame-rate-limit', '--disable-gpu-vsync'],
  });
  try {
    const ready: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      await page.addInitScript({ content: WATCH_READY(`[data-cell="${FIRST_CELL}"]`) });
      await page.goto(server.url);
      await waitForEditor(page);
      ready.push((await (await page.waitForFunction('window.__readyAt')).jsonValue()) as number);
      await page.close();
    }

    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(server.url);
    await waitForEditor(page);
    const inputCells = TABLE3_CELLS.filter((c) => !c.isTotal).slice(0, CELLS_TO_FILL);
    await page.locator(`[data-cell="${inputCells[0]!.address}"]`).click();
    await page.evaluate(WATCH_KEYS);
    let keys = 0;
    for (const [i, c] of inputCells.entries()) {
      await page.locator(`[data-cell="${c.address}"]`).click();
      for (const key of [String((i % 9) + 1), String(i % 10), 'Enter']) {
        await page.keyboard.press(key);
        keys++;
        await page.waitForTimeout(20);
      }
    }
    await page.waitForFunction(`window.__latencies.length >= ${keys}`);
    const filled = await page.locator(`[data-cell="${inputCells[0]!.address}"]`).innerText();
    if (filled.trim() !== '10') throw new Error(`bench：输入没有写进表三的单元格（读到“${filled}”），测量无效`);
    const latencies = ((await page.evaluate('window.__latencies')) as number[]).sort((a, b) => a - b);
    const sortedReady = [...ready].sort((a, b) => a - b);
    const floor = await baseline(browser, keys);
    return [
      { name: `键入到显示 p95（表三，${keys} 次按键）`, value: percentile(latencies, 95), unit: 'ms', target: '< 16 ms' },
      { name: '键入到显示 中位数（表三）', value: percentile(latencies, 50), unit: 'ms', target: '—' },
      { name: '对照：空白文本框键入到显示 p95（本机测量下限）', value: percentile(floor, 95), unit: 'ms', target: '—' },
      { name: `应用就绪（打开报告到表三可操作，${LOADS} 次中位数）`, value: percentile(sortedReady, 50), unit: 'ms', target: '< 2000 ms' },
      { name: '应用就绪 最慢一次', value: sortedReady.at(-1)!, unit: 'ms', target: '< 2000 ms' },
    ];
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
