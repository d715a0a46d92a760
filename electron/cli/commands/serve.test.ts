import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeReport } from '../../../shared/file/codec.ts';
import { blankReport } from '../../../shared/report/blank.ts';
import { main } from '../main.ts';
import { serve } from './serve.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-serve-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><html><head></head><body>页</body></html>');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('nianbao serve', () => {
  it('prints the URL with its token; the page answers there; FILE is opened on start', async () => {
    const file = join(dir, '年报.nianbao');
    await writeFile(file, serializeReport(blankReport({ unit: '某某镇人民政府', kind: 'township', year: 2025 })));
    const { io, out } = capture();
    let status = 0;
    let hash = '';
    const code = await serve(['--dir', join(dir, 'ws'), file], io, {
      distDir: dir,
      untilStopped: async (s) => {
        const url = out.join('\n').match(/http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+#open=[0-9a-f]+/)?.[0] ?? '';
        hash = new URL(url).hash;
        status = (await fetch(url)).status;
        expect(url).toContain(s.token);
      },
    });
    expect(code).toBe(0);
    expect(status).toBe(200);
    expect(hash).toMatch(/^#open=/);
    expect(out.join('\n')).toContain(join(dir, 'ws'));
  });

  it('rejects a bad port with a Chinese usage message', async () => {
    const { io, err } = capture();
    expect(await main(['serve', '--port', '七万'], io)).toBe(2);
    expect(err.join('')).toContain('端口“七万”无效');
  });

  it('says so when the report to open cannot be read', async () => {
    const { io } = capture();
    await expect(serve(['--dir', join(dir, 'ws'), join(dir, '没有.nianbao')], io, { distDir: dir, untilStopped: async () => undefined })).rejects.toThrow(/找不到文件/);
  });
});
