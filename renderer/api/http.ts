/**
 * The web build's API client: POSTs each call to the local server (token from the meta tag the
 * server put into index.html). The browser cannot reach the disk, so open() uploads the file the
 * clerk picks and exportReport() downloads the result from the URL the server returns.
 */
import type { ExportFormat, ExportPurpose, ExportResult, FileRef, NianbaoApi, OpenResult } from '../../shared/api/contract.ts';
import { ApiCallError, type Envelope } from '../../shared/api/envelope.ts';
import type { ApiMethod, Upload } from '../../shared/api/wire.ts';
import { OPEN_ACCEPT } from '../../shared/api/open-formats.ts';
import type { Report } from '../../shared/report/model.ts';

export const TOKEN_META = 'nianbao-token';

export function tokenFromPage(doc: Document = document): string | null {
  return doc.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content || null;
}

const OFFLINE_MESSAGE = '无法连接到本机的年报编辑器服务（nianbao serve 窗口是否已关闭？），修改仍在本页面中，请重新启动服务后再保存';

/** Lets the clerk pick one file; null when the picker is closed without a choice. */
export function pickFile(accept: string, doc: Document = document): Promise<File | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    input.setAttribute('data-nianbao-upload', '');
    const done = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => done(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => done(null), { once: true });
    doc.body.append(input);
    input.click();
  });
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** Starts a browser download of a URL the server handed out. */
export function download(url: string, name: string, doc: Document = document): void {
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
}

/** The same export opened in the browser's PDF viewer, for 打印. */
export function inlineUrl(url: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}inline=1`;
}

export interface HttpApiOptions {
  token: string;
  fetch?: typeof fetch;
  pick?: (accept: string) => Promise<File | null>;
  download?: (url: string, name: string) => void;
}

export function createHttpApi(opts: HttpApiOptions): NianbaoApi {
  const doFetch = opts.fetch ?? ((input, init) => fetch(input, init));
  const pick = opts.pick ?? ((accept) => pickFile(accept));
  const save = opts.download ?? ((url, name) => download(url, name));

  async function call<T>(method: ApiMethod | 'open', args: unknown[]): Promise<T> {
    let res: Response;
    try {
      res = await doFetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Nianbao-Token': opts.token },
        body: JSON.stringify({ args }),
      });
    } catch {
      throw new ApiCallError({ code: 'offline', message: OFFLINE_MESSAGE });
    }
    let env: Envelope<T>;
    try {
      env = (await res.json()) as Envelope<T>;
    } catch {
      throw new ApiCallError({ code: 'internal', message: `服务返回了无法识别的结果（HTTP ${res.status}），未执行任何操作` });
    }
    if (env.ok) return env.result;
    throw new ApiCallError(env.error);
  }

  return {
    info: () => call('info', []),
    async open(): Promise<OpenResult | null> {
      const file = await pick(OPEN_ACCEPT);
      if (!file) return null;
      const upload: Upload = { name: file.name, data: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
      return call('open', [upload]);
    },
    openRecent: (id: string) => call('openRecent', [id]),
    listRecent: () => call('listRecent', []),
    save: (file: FileRef, report: Report) => call('save', [file, report]),
    saveAs: (report: Report, suggestedName: string) => call('saveAs', [report, suggestedName]),
    async exportReport(report: Report, format: ExportFormat, suggestedName: string, purpose: ExportPurpose = 'file'): Promise<ExportResult | null> {
      const result = await call<ExportResult>('exportReport', [report, format, suggestedName, purpose]);
      if (result.url && purpose === 'file') save(result.url, result.file?.name ?? suggestedName);
      return result;
    },
    writeRecovery: (report: Report, file: FileRef | null) => call('writeRecovery', [report, file]),
    readRecovery: () => call('readRecovery', []),
    discardRecovery: () => call('discardRecovery', []),
  };
}
