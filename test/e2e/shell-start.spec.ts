// `npm start` without Electron's binary: one Chinese line, then the web build at the printed URL.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';

test('npm start 改为启动网页版并打印地址，浏览器可以打开编辑器', async ({ browser }) => {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-start-'));
  const child = spawn(process.execPath, ['scripts/start.mjs', '--dir', dir], { env: { ...process.env, NIANBAO_WEB: '1' } });
  try {
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    await expect.poll(() => out, { timeout: 30_000 }).toMatch(/http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/);
    expect(out.split('\n')[0]).toMatch(/无法启动桌面版.*网页版/);
    const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/.exec(out)![0];
    const page = await browser.newPage();
    await page.goto(url);
    await expect(page.getByRole('button', { name: '新建年度报告' })).toBeVisible();
    await page.close();
  } finally {
    child.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
  }
});
