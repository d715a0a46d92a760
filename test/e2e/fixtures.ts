/**
 * The e2e fixture: every test gets its own server (free port, fresh temp workspace) and a `page`
 * already on the app URL with its token. `server` exposes the workspace so a test can look at what
 * was written to disk.
 */
import { test as base, expect } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST_RENDERER } from '../../electron/server/renderer-build.ts';
import { startServer, type RunningServer } from '../../electron/server/server.ts';

export interface AppServer extends RunningServer {
  workspace: string;
}

export const test = base.extend<{ server: AppServer; appUrl: string }>({
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const workspace = await mkdtemp(join(tmpdir(), 'nianbao-e2e-'));
    const running = await startServer({ distDir: process.env.NIANBAO_DIST ?? DIST_RENDERER, workspace, dataDir: join(workspace, '.data') });
    await use({ ...running, workspace });
    await running.close();
    // A request still writing when the server closes (a recovery copy, a print file) may add a file as rm walks.
    await rm(workspace, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  },
  appUrl: async ({ server }, use) => {
    await use(server.url);
  },
  page: async ({ page, appUrl }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(appUrl);
    // React renders after the load event: wait for the first screen (and its autofocus) before a test types.
    await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    await use(page);
    // An uncaught exception in the page is a bug even when the test's own checks passed.
    expect(errors, `页面脚本出错：${errors.join('；')}`).toEqual([]);
  },
});

export { expect };
