import { describe, expect, it } from 'vitest';
import { blankReport } from '../../shared/report/blank.ts';
import { API_METHODS } from '../../shared/api/contract.ts';
import { ApiCallError } from '../../shared/api/envelope.ts';
import { bytesToBase64, createHttpApi, folderFiles, inlineUrl, uploadParts } from './http.ts';
import { startupFileId } from './index.ts';

function fakeFetch(reply: (url: string, body: unknown, headers: Record<string, string>) => { status: number; json: unknown }) {
  const calls: { url: string; body: unknown; headers: Record<string, string> }[] = [];
  const fn = (async (url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as unknown;
    const headers = init.headers as Record<string, string>;
    calls.push({ url, body, headers });
    const r = reply(url, body, headers);
    return new Response(JSON.stringify(r.json), { status: r.status });
  }) as unknown as typeof fetch;
  return { fn, calls };
}

describe('HTTP API client', () => {
  it('posts the arguments with the token and returns the result', async () => {
    const f = fakeFetch(() => ({ status: 200, json: { ok: true, result: { id: 'abc', name: '年报.nianbao' } } }));
    const api = createHttpApi({ token: 'tok123', fetch: f.fn });
    const report = blankReport({ unit: '某某镇人民政府', kind: 'township', year: 2025 });
    const ref = await api.saveAs(report, '年报');
    expect(ref).toEqual({ id: 'abc', name: '年报.nianbao' });
    expect(f.calls[0]!.url).toBe('/api/saveAs');
    expect(f.calls[0]!.headers['X-Nianbao-Token']).toBe('tok123');
    expect(f.calls[0]!.body).toEqual({ args: [report, '年报'] });
  });

  it('throws the server’s Chinese message with its code', async () => {
    const f = fakeFetch(() => ({ status: 200, json: { ok: false, error: { code: 'locked', message: '文件“年报.docx”正被其他程序占用' } } }));
    const api = createHttpApi({ token: 't', fetch: f.fn });
    const err = await api.listRecent().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiCallError);
    expect((err as ApiCallError).code).toBe('locked');
    expect((err as ApiCallError).message).toContain('正被其他程序占用');
  });

  it('says in Chinese when the server is gone', async () => {
    const api = createHttpApi({ token: 't', fetch: (async () => { throw new TypeError('Failed to fetch'); }) as unknown as typeof fetch });
    await expect(api.info()).rejects.toThrow(/无法连接到本机的年报编辑器/);
  });

  it('open() uploads the picked file as base64 and returns null when the picker is cancelled', async () => {
    const f = fakeFetch(() => ({ status: 200, json: { ok: true, result: { file: null, report: {}, flags: [] } } }));
    const picked: (File | null)[] = [new File([new TextEncoder().encode('{"中":1}')], '年报.nianbao'), null];
    const api = createHttpApi({ token: 't', fetch: f.fn, pick: async () => [picked.shift()].filter((x) => x !== null && x !== undefined) });
    await api.open();
    const args = (f.calls[0]!.body as { args: { name: string; data: string }[] }).args;
    expect(args[0]!.name).toBe('年报.nianbao');
    expect(new TextDecoder().decode(Uint8Array.from(atob(args[0]!.data), (c) => c.charCodeAt(0)))).toBe('{"中":1}');
    expect(await api.open()).toBeNull();
    expect(f.calls).toHaveLength(1);
  });

  it('open() lets the clerk pick several files: several are sent as an array (the pages of one scan) with the task id after them', async () => {
    const f = fakeFetch(() => ({ status: 200, json: { ok: true, result: { file: null, report: {}, flags: [] } } }));
    const multiples: boolean[] = [];
    const pages = [new File([new Uint8Array([1])], '第1页.png'), new File([new Uint8Array([2])], '第2页.png')];
    const api = createHttpApi({ token: 't', fetch: f.fn, pick: async (_accept, multiple) => (multiples.push(multiple), pages) });
    await api.open(undefined, 'task-00000001');
    expect(multiples).toEqual([true]);
    const args = (f.calls[0]!.body as { args: [{ name: string }[], string] }).args;
    expect(args[0].map((u) => u.name)).toEqual(['第1页.png', '第2页.png']);
    expect(args[1]).toBe('task-00000001');
  });

  it('readLedger() offers the ledger formats, uploads the picked file, and returns null when cancelled', async () => {
    const f = fakeFetch(() => ({ status: 200, json: { ok: true, result: { name: '台账.xlsx', sheets: [] } } }));
    const accepts: string[] = [];
    const picked: (File | null)[] = [new File([new Uint8Array([0x50, 0x4b])], '台账.xlsx'), null];
    const multiples: boolean[] = [];
    const api = createHttpApi({ token: 't', fetch: f.fn, pick: async (accept, multiple) => (accepts.push(accept), multiples.push(multiple), [picked.shift()].filter((x) => x !== null && x !== undefined)) });
    expect(await api.readLedger()).toEqual({ name: '台账.xlsx', sheets: [] });
    expect(f.calls[0]!.url).toBe('/api/readLedger');
    expect((f.calls[0]!.body as { args: { name: string }[] }).args[0]!.name).toBe('台账.xlsx');
    expect(accepts[0]).toContain('.xlsx');
    expect(accepts[0]).toContain('.xls,');
    expect(multiples[0]).toBe(false);
    expect(await api.readLedger()).toBeNull();
    expect(f.calls).toHaveLength(1);
  });

  it('exportReport() downloads the URL the server returns', async () => {
    const f = fakeFetch(() => ({ status: 200, json: { ok: true, result: { file: { id: 'x', name: '年报（1）.pdf' }, fonts: [], url: '/download/x/a.pdf?token=t' } } }));
    const downloads: [string, string][] = [];
    const api = createHttpApi({ token: 't', fetch: f.fn, download: (u, n) => downloads.push([u, n]) });
    await api.exportReport(blankReport({ unit: '甲', kind: 'township', year: 2025 }), 'pdf', '年报');
    expect(downloads).toEqual([['/download/x/a.pdf?token=t', '年报（1）.pdf']]);
    expect(inlineUrl(downloads[0]![0])).toBe('/download/x/a.pdf?token=t&inline=1');
  });

  it('print() opens the PDF in the browser’s viewer and downloads nothing', async () => {
    const f = fakeFetch(() => ({ status: 200, json: { ok: true, result: { fonts: [], url: '/download/p/a.pdf?token=t' } } }));
    const downloads: string[] = [];
    const viewed: string[] = [];
    const api = createHttpApi({ token: 't', fetch: f.fn, download: (u) => downloads.push(u), view: (u) => viewed.push(u) });
    await api.print(blankReport({ unit: '甲', kind: 'township', year: 2025 }));
    expect(f.calls[0]!.url).toBe('/api/print');
    expect(viewed).toEqual(['/download/p/a.pdf?token=t&inline=1']);
    expect(downloads).toEqual([]);
  });

  it('has every method of the contract, each posting to its own route', async () => {
    const f = fakeFetch(() => ({ status: 200, json: { ok: true, result: null } }));
    const api = createHttpApi({ token: 't', fetch: f.fn, pick: async () => null });
    // The methods with a step in the page are tested above.
    const plain = API_METHODS.filter((m) => !['open', 'exportReport', 'print', 'reviewFolder', 'exportBatch', 'readLedger'].includes(m));
    for (const m of plain) await (api[m] as (...a: unknown[]) => Promise<unknown>)();
    expect(f.calls.map((c) => c.url)).toEqual(plain.map((m) => `/api/${m}`));
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort());
  });

  it('encodes large byte arrays to base64 without overflowing the stack', () => {
    const bytes = new Uint8Array(300_000).map((_, i) => i % 256);
    expect(Buffer.from(bytesToBase64(bytes), 'base64').equals(Buffer.from(bytes))).toBe(true);
  });

  it('finds the file to open on start in the URL hash', () => {
    expect(startupFileId({ hash: '#open=0123456789abcdef01234567' })).toBe('0123456789abcdef01234567');
    expect(startupFileId({ hash: '' })).toBeNull();
    expect(startupFileId({ hash: '#open=../../etc' })).toBeNull();
  });

  it('reviewFolder() sends the picked folder’s reports in parts (not hidden files, lock files or others) and reviews them under one id', async () => {
    const file = (path: string, text: string) => {
      const f = new File([text], path.split('/').pop()!);
      Object.defineProperty(f, 'webkitRelativePath', { value: path });
      return f;
    };
    const picked = [
      file('各单位/甲.nianbao', '{"a":1}'),
      file('各单位/乡镇/乙.docx', 'PK'),
      file('各单位/.nianbao/backups/甲.nianbao', 'x'),
      file('各单位/~$乙.docx', 'x'),
      file('各单位/说明.xls', 'x'),
    ];
    const f = fakeFetch((url, body) => {
      if (url === '/api/batchUpload') return { status: 200, json: { ok: true, result: 'b1' } };
      return { status: 200, json: { ok: true, result: { id: 'r1', name: (body as { args: [{ name: string }] }).args[0].name, entries: [], sum: {} } } };
    });
    const api = createHttpApi({ token: 't', fetch: f.fn, pickFolder: async () => picked });
    expect((await api.reviewFolder())?.name).toBe('各单位');
    const sent = f.calls.filter((c) => c.url === '/api/batchUpload').flatMap((c) => (c.body as { args: [unknown, { path: string; data: string }[]] }).args[1]);
    expect(sent.map((s) => s.path)).toEqual(['甲.nianbao', '乡镇/乙.docx']);
    expect(atob(sent[0]!.data)).toBe('{"a":1}');
    expect(f.calls.at(-1)!.body).toEqual({ args: [{ batch: 'b1', name: '各单位' }] });
    const cancelled = createHttpApi({ token: 't', fetch: f.fn, pickFolder: async () => null });
    expect(await cancelled.reviewFolder()).toBeNull();
  });

  it('a folder upload is split under the request limit; a file too large to send goes alone as null', () => {
    const mb = 1024 * 1024;
    const item = (size: number) => ({ file: { size } });
    // 60 MB is past the one limit for a report file (50 MB): it is sent as null, counting nothing.
    const parts = uploadParts([item(9 * mb), item(9 * mb), item(60 * mb), item(1 * mb)]);
    expect(parts.map((p) => p.map((i) => i.file.size / mb))).toEqual([[9], [9, 60, 1]]);
    // A file under the limit but over a part's size goes alone.
    expect(uploadParts([item(1 * mb), item(30 * mb), item(1 * mb)]).map((p) => p.map((i) => i.file.size / mb))).toEqual([[1], [30], [1]]);
    expect(uploadParts(Array.from({ length: 1200 }, () => item(10))).map((p) => p.length)).toEqual([500, 500, 200]);
    expect(folderFiles([new File(['x'], 'a.txt')])).toMatchObject({ name: '所选文件', files: [{ path: 'a.txt' }] });
  });
});
