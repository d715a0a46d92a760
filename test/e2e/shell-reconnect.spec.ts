// The web build after its server stops: the page says so at once, keeps the edits (in the page and
// in the browser's storage), and when the server is started again on the same workspace — same
// address, same token — it says 「已重新连接」, saving works, and a reopened page offers the edits.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { DIST_RENDERER } from '../../electron/server/renderer-build.ts';
import { startServer, type RunningServer } from '../../electron/server/server.ts';
import { createReport, typeInto } from './editor-helpers.ts';

test('服务停止后显示连接已断开，修改保留；同一文件夹重新启动后已重新连接，可以保存，重新打开时提供恢复', async ({ page, context }) => {
  const workspace = await mkdtemp(join(tmpdir(), 'nianbao-reconnect-'));
  const start = () => startServer({ distDir: process.env.NIANBAO_DIST ?? DIST_RENDERER, workspace });
  let server: RunningServer | null = await start();
  try {
    await page.goto(server.url);
    await createReport(page, '重连测试镇人民政府');
    await typeInto(page, 'sec3.rows.granted[0]', '7');
    await page.keyboard.press('Control+s');
    await expect(page.getByText(/已保存(：|到)/)).toBeVisible();
    const first = { port: server.port, token: server.token };

    await server.close();
    server = null;
    await expect(page.getByTestId('connection-lost')).toContainText('连接已断开');
    // Edits while the server is gone stay in the page and, a second later, in the browser's storage.
    await typeInto(page, 'sec3.rows.granted[1]', '5');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('nianbao-unsaved') ?? '')).toContain('"raw":"5"');

    // A page opened while the server is down cannot load; the open one keeps its edits.
    server = await start();
    expect({ port: server.port, token: server.token }).toEqual(first);
    await expect(page.getByTestId('connection-lost')).toBeHidden();
    await expect(page.getByText('已重新连接')).toBeVisible();

    // The browser's copy is offered by a page opened at the same address before the clerk saves.
    const second = await context.newPage();
    await second.goto(server.url);
    await expect(second.getByText('发现上次未保存的修改')).toBeVisible();
    await second.getByRole('button', { name: '恢复' }).click();
    await expect(second.locator('[data-cell="sec3.rows.granted[1]"]')).toContainText('5');
    await second.close();

    await page.keyboard.press('Control+s');
    await expect(page.getByText(/已保存(：|到)/)).toBeVisible();
    const name = (await readdir(workspace)).find((n) => n.endsWith('.nianbao') && !n.startsWith('.'))!;
    expect(await readFile(join(workspace, name), 'utf8')).toContain('"raw": "5"');
    expect(await page.evaluate(() => localStorage.getItem('nianbao-unsaved'))).toBeNull();
  } finally {
    await server?.close();
    await rm(workspace, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  }
});
