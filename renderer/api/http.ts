/**
 * The web build's API client, generated from the contract's method list: each call is a POST to the
 * local server (token from the meta tag the server put into index.html). The browser cannot reach
 * the disk, so three methods get a step in the page around the call: open() lets the clerk pick the
 * file and uploads it, exportReport() downloads the result, print() opens the PDF in the browser's viewer.
 */
import { API_METHODS, apiRoute, type ApiMethod, type NianbaoApi } from '../../shared/api/contract.ts';
import { ApiCallError, type Envelope } from '../../shared/api/envelope.ts';
import { OPEN_ACCEPT } from '../../shared/api/open-formats.ts';
import { reportReachable } from './connection.ts';

export const TOKEN_META = 'nianbao-token';

export function tokenFromPage(doc: Document = document): string | null {
  return doc.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content || null;
}

const OFFLINE_MESSAGE = '无法连接到本机的年报编辑器（启动它的命令行窗口是否已关闭？），修改仍在本页面和本浏览器中，请在同一文件夹重新启动年报编辑器后再保存';

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

/** The same file shown in the browser (its PDF viewer) rather than downloaded. */
export function inlineUrl(url: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}inline=1`;
}

export interface HttpApiOptions {
  token: string;
  fetch?: typeof fetch;
  pick?: (accept: string) => Promise<File | null>;
  download?: (url: string, name: string) => void;
  /** Opens a URL in a new tab (the PDF viewer for 打印). */
  view?: (url: string) => void;
}

export function createHttpApi(opts: HttpApiOptions): NianbaoApi {
  const doFetch = opts.fetch ?? ((input, init) => fetch(input, init));
  const pick = opts.pick ?? ((accept) => pickFile(accept));
  const save = opts.download ?? ((url, name) => download(url, name));
  const view = opts.view ?? ((url) => void window.open(url, '_blank', 'noopener'));

  async function post(method: ApiMethod, args: unknown[]): Promise<unknown> {
    let res: Response;
    try {
      res = await doFetch(apiRoute(method), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Nianbao-Token': opts.token },
        body: JSON.stringify({ args }),
      });
    } catch {
      reportReachable(false);
      throw new ApiCallError({ code: 'offline', message: OFFLINE_MESSAGE });
    }
    reportReachable(true);
    let env: Envelope;
    try {
      env = (await res.json()) as Envelope;
    } catch {
      throw new ApiCallError({ code: 'internal', message: `服务返回了无法识别的结果（HTTP ${res.status}），未执行任何操作` });
    }
    if (env.ok) return env.result;
    throw new ApiCallError(env.error);
  }

  const remote = Object.fromEntries(API_METHODS.map((m) => [m, (...args: unknown[]) => post(m, args)])) as unknown as NianbaoApi;

  // The page's part of the three calls that need one; every other method is the plain POST.
  const steps: Partial<NianbaoApi> = {
    async open(upload) {
      if (upload) return remote.open(upload);
      const file = await pick(OPEN_ACCEPT);
      if (!file) return null;
      return remote.open({ name: file.name, data: bytesToBase64(new Uint8Array(await file.arrayBuffer())) });
    },
    async exportReport(report, format, suggestedName) {
      const result = await remote.exportReport(report, format, suggestedName);
      if (result?.url) save(result.url, result.file?.name ?? suggestedName);
      return result;
    },
    async print(report) {
      const result = await remote.print(report);
      if (result.url) view(inlineUrl(result.url));
      return result;
    },
  };
  return { ...remote, ...steps };
}
