import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeReport } from '../../shared/file/codec.ts';
import { blankReport } from '../../shared/report/blank.ts';
import type { Report } from '../../shared/report/model.ts';
import { startServer, type RunningServer } from './server.ts';

let dir: string;
let server: RunningServer;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-server-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  server = await startServer({ distDir: dir, workspace: join(dir, 'ws') });
});
afterEach(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function call(method: string, args: unknown[], token = server.token) {
  const res = await fetch(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Nianbao-Token': token },
    body: JSON.stringify({ args }),
  });
  return { status: res.status, body: (await res.json()) as { ok: boolean; result?: unknown; error?: { code: string; message: string } } };
}

const report = (): Report => {
  const r = blankReport({ unit: '某某镇人民政府', kind: 'township', year: 2025 });
  r.cells['sec3.rows.newReceived[0]'] = { raw: '12', value: 12 };
  return r;
};
const upload = (name: string, text: string) => ({ name, data: Buffer.from(text).toString('base64') });

describe('web build server', () => {
  it('saveAs never overwrites: a second file gets （1）', async () => {
    const a = await call('saveAs', [report(), '年报']);
    const b = await call('saveAs', [report(), '年报.nianbao']);
    expect(a.body.result).toMatchObject({ name: '年报.nianbao' });
    expect(b.body.result).toMatchObject({ name: '年报（1）.nianbao' });
    const names = (await readdir(join(dir, 'ws'))).filter((n) => !n.startsWith('.'));
    expect(names.sort()).toEqual(['年报.nianbao', '年报（1）.nianbao']);
  });

  it('save keeps the previous version as a backup and the reopened file has the new data', async () => {
    const ref = (await call('saveAs', [report(), '年报'])).body.result as { id: string; name: string };
    const changed = report();
    changed.cells['sec3.rows.newReceived[0]'] = { raw: '13', value: 13 };
    expect((await call('save', [ref, changed])).body.ok).toBe(true);
    const reopened = (await call('openRecent', [ref.id])).body.result as { report: Report };
    expect(reopened.report.cells['sec3.rows.newReceived[0]']).toEqual({ raw: '13', value: 13 });
    const backups = await readdir(join(dir, 'ws', '.nianbao', 'backups'), { recursive: true });
    expect(backups.some((f) => String(f).endsWith('年报.nianbao'))).toBe(true);
  });

  it('print: a PDF URL for the viewer, nothing written to the workspace', async () => {
    const res = await call('print', [report()]);
    expect(res.body.ok).toBe(true);
    const result = res.body.result as { fonts: string[]; url: string };
    const pdf = await fetch(`${server.origin}${result.url}&inline=1`);
    expect(pdf.headers.get('content-disposition')).toMatch(/^inline/);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await readdir(join(dir, 'ws')).then((n) => n.filter((x) => !x.startsWith('.')), () => [])).toEqual([]);
    expect((await call('print', [report(), 'fax'])).status).toBe(400);
  });

  it('open() keeps an uploaded .nianbao in the workspace; a broken upload gets a Chinese message and writes nothing', async () => {
    const text = serializeReport(report());
    const opened = await call('open', [upload('去年.nianbao', text)]);
    expect(opened.body.result).toMatchObject({ file: { name: '去年.nianbao' }, flags: [] });
    expect(await readFile(join(dir, 'ws', '去年.nianbao'), 'utf8')).toBe(text);
    // The same file picked again is the same file, not a 「（1）」 copy.
    expect((await call('open', [upload('去年.nianbao', text)])).body.result).toMatchObject({ file: { name: '去年.nianbao' } });
    const broken = await call('open', [upload('坏.nianbao', '{"format":"nianbao",')]);
    expect(broken.body).toMatchObject({ ok: false, error: { code: 'not-json' } });
    expect(broken.body.error!.message).toContain('已损坏');
    const notText = await call('open', [{ name: '图.nianbao', data: Buffer.from([0xff, 0xfe, 0x00]).toString('base64') }]);
    expect(notText.body.error!.message).toContain('不是文本文件');
    expect((await readdir(join(dir, 'ws'))).filter((n) => !n.startsWith('.'))).toEqual(['去年.nianbao']);
    const recent = (await call('listRecent', [])).body.result as { name: string }[];
    expect(recent.map((r) => r.name)).toEqual(['去年.nianbao']);
  });

  it('a report that does not match the file format is refused before anything is written', async () => {
    const bad = { ...report(), year: '二〇二五' };
    const res = await call('saveAs', [bad, '年报']);
    expect(res.status).toBe(400);
    expect(res.body.error!.message).toMatch(/year/);
    expect((await readdir(join(dir, 'ws'))).filter((n) => !n.startsWith('.'))).toEqual([]);
  });

  it('recovery copy: written, read back with its file, discarded', async () => {
    const ref = (await call('saveAs', [report(), '年报'])).body.result as { id: string };
    expect((await call('readRecovery', [])).body.result).toBeNull();
    await call('writeRecovery', [report(), ref]);
    const copy = (await call('readRecovery', [])).body.result as { report: Report; file: { id: string } };
    expect(copy.report.unit.name).toBe('某某镇人民政府');
    expect(copy.file.id).toBe(ref.id);
    await call('discardRecovery', []);
    expect((await call('readRecovery', [])).body.result).toBeNull();
  });

  it('unknown ids and wrong tokens are refused', async () => {
    expect((await call('openRecent', ['deadbeef'])).body.error!.message).toContain('重新打开');
    expect((await call('info', [], 'nope')).status).toBe(403);
  });

  it('serves only inside the renderer folder, with the CSP, and index.html only with the token', async () => {
    const page = await fetch(server.url);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).toContain(`<meta name="nianbao-token" content="${server.token}">`);
    expect((await fetch(`${server.origin}/`)).status).toBe(403);
    expect((await fetch(`${server.origin}/%2e%2e/ws/x`)).status).toBe(404);
    expect((await fetch(`${server.origin}/api/info`)).status).toBe(405);
  });

  it('opens the FILE given on start: its id is in the URL and it heads the recent list', async () => {
    const file = join(dir, '启动.nianbao');
    await writeFile(file, serializeReport(report()));
    const s2 = await startServer({ distDir: dir, workspace: join(dir, 'ws2'), openFile: file });
    try {
      expect(s2.url).toContain(`#open=${s2.openId}`);
      expect((await s2.files.listRecent())[0]).toMatchObject({ id: s2.openId, name: '启动.nianbao' });
    } finally {
      await s2.close();
    }
  });
});
