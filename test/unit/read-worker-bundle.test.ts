import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadReply } from '../../electron/files/read-protocol.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The bundler is plain JavaScript (run by node without a TS step).
const bundler = new URL('../../build/electron-bundle.mjs', import.meta.url).href;
const { bundleElectron, READ_WORKER_BUNDLE } = (await import(bundler)) as { bundleElectron: (out: string) => Promise<void>; READ_WORKER_BUNDLE: string };
const originals = join(root, 'test/corpus/originals');

// Bundled into a dist-* folder of the checkout (ignored by git) so the bundle finds node_modules as the app does.
let out = '';
let worker: Worker;

beforeAll(async () => {
  out = await mkdtemp(join(root, 'dist-read-worker-'));
  await bundleElectron(out);
  worker = new Worker(join(out, READ_WORKER_BUNDLE));
}, 120_000);

afterAll(async () => {
  await worker?.terminate();
  if (out) await rm(out, { recursive: true, force: true });
});

function read(id: number, name: string, bytes: Uint8Array): Promise<ReadReply> {
  return new Promise((resolve) => {
    const on = (m: ReadReply) => {
      if (m.id !== id || 'started' in m) return;
      worker.off('message', on);
      resolve(m);
    };
    worker.on('message', on);
    worker.postMessage({ id, name, bytes });
  });
}

describe('桌面版打包后的读取线程', () => {
  it('读出语料中每一份 PDF 年报的单位名称和表格（打包后不会把每份 PDF 都当作损坏的文件）', async () => {
    const pdfs = (await readdir(originals)).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(0);
    for (const [i, f] of pdfs.entries()) {
      const reply = await read(i + 1, f, new Uint8Array(await readFile(join(originals, f))));
      expect(reply, f).toHaveProperty('result');
      if (!('result' in reply)) continue;
      expect(reply.result.format).toBe('pdf');
      expect(reply.result.report.unit.name, f).not.toBe('');
      expect(Object.keys(reply.result.report.cells).length, f).toBeGreaterThan(20);
    }
  }, 120_000);
});
