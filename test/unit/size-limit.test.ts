/**
 * One size limit for a report file wherever it comes in (the app's 打开, the web build's upload, the CLI's
 * file and standard input, the importer itself), with one Chinese message.
 */
import { open as openFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invokeApi } from '../../electron/api/dispatch.ts';
import { createApi } from '../../electron/api/create-api.ts';
import type { Platform } from '../../electron/api/platform.ts';
import { FileService } from '../../electron/files/file-service.ts';
import { readInputFile } from '../../electron/files/read-bytes.ts';
import { UPLOAD_MAX_BYTES } from '../../shared/api/contract.ts';
import { ApiCallError } from '../../shared/api/envelope.ts';
import { MAX_REPORT_FILE_BYTES } from '../../shared/file/size-limit.ts';
import { importFile } from '../../shared/import/index.ts';
import { createHttpApi } from '../../renderer/api/http.ts';
import { useTempDir } from '../fixtures/temp-dir.ts';

const tmp = useTempDir('nianbao-size-');
const OVER = MAX_REPORT_FILE_BYTES + 1;
const MESSAGE = /^“上年报告\.pdf”有 51 MB，超过 50 MB 的上限，不像是一份年度报告/;

describe('one limit for a report file, one message', () => {
  it('the web upload allows what the importer reads', () => {
    expect(UPLOAD_MAX_BYTES).toBe(MAX_REPORT_FILE_BYTES);
  });

  it('the importer refuses a file past it', async () => {
    await expect(importFile('上年报告.pdf', new Uint8Array(OVER))).rejects.toThrow(MESSAGE);
  });

  it('a file on disk past it is refused before it is read', async () => {
    const path = join(tmp.path, '上年报告.pdf');
    const fh = await openFile(path, 'w');
    await fh.truncate(OVER);
    await fh.close();
    await expect(readInputFile(path)).rejects.toThrow(MESSAGE);
  });

  it('an upload past it gets the same message from the server, not a malformed-request one', async () => {
    const platform = { name: 'web' } as unknown as Platform;
    const api = createApi({ files: new FileService({ dataDir: join(tmp.path, 'data') }), platform, version: 't' });
    const data = Buffer.alloc(OVER).toString('base64');
    const { envelope } = await invokeApi(api, 'open', [{ name: '上年报告.pdf', data }]);
    expect(envelope.ok).toBe(false);
    expect(!envelope.ok && envelope.error.message).toMatch(MESSAGE);
  });

  it('the web page refuses a picked file past it without sending it', async () => {
    const calls: string[] = [];
    const big = { name: '上年报告.pdf', size: OVER, arrayBuffer: async () => new ArrayBuffer(0) } as unknown as File;
    const api = createHttpApi({
      token: 't',
      fetch: (async (url: string) => (calls.push(url), new Response('{}'))) as unknown as typeof fetch,
      pick: async () => [big],
    });
    const err = await api.open().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiCallError);
    expect((err as ApiCallError).message).toMatch(MESSAGE);
    expect(calls).toEqual([]);
  });
});
