/**
 * The web build's API client, generated from the contract's method list: each call is a POST to the
 * local server (token from the meta tag the server put into index.html). The browser cannot reach
 * the disk, so a method gets the page's step around the call that the contract declares for it
 * (PAGE_STEPS: pick and upload a file, download the export, show the PDF, or a step of its own here).
 */
import { API_METHODS, PAGE_STEPS, apiRoute, type ApiMethod, type ExportResult, type NianbaoApi, type OwnSteps, type PageStep } from '../../shared/api/contract.ts';
import { ApiCallError, type Envelope } from '../../shared/api/envelope.ts';
import { isBatchFile } from '../../shared/api/open-formats.ts';
import { BATCH_UPLOAD_MAX_FILES, MAX_PAGE_UPLOADS, UPLOAD_MAX_BYTES } from '../../shared/api/contract.ts';
import { tooLargeError } from '../../shared/file/size-limit.ts';
import { reportReachable } from './connection.ts';

export const TOKEN_META = 'nianbao-token';

export function tokenFromPage(doc: Document = document): string | null {
  return doc.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content || null;
}

const OFFLINE_MESSAGE = '无法连接到本机的年报编辑器（启动它的命令行窗口是否已关闭？），修改仍在本页面和本浏览器中，请在同一文件夹重新启动年报编辑器后再保存';

/** Lets the clerk pick files with a hidden `<input type=file>` set up by `setup`; null when the picker is closed without a choice. */
function pickWith(setup: (input: HTMLInputElement) => void, doc: Document): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.hidden = true;
    setup(input);
    const done = (files: File[] | null) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => done(Array.from(input.files ?? [])), { once: true });
    input.addEventListener('cancel', () => done(null), { once: true });
    doc.body.append(input);
    input.click();
  });
}

/** Lets the clerk pick one file, or several with `multiple`; null when the picker is closed without a choice. */
export async function pickFiles(accept: string, multiple = false, doc: Document = document): Promise<File[] | null> {
  const files = await pickWith((input) => {
    input.accept = accept;
    input.multiple = multiple;
    input.setAttribute('data-nianbao-upload', '');
  }, doc);
  return files?.length ? files : null;
}

/** Lets the clerk pick one file; null when the picker is closed without a choice. */
export async function pickFile(accept: string, doc: Document = document): Promise<File | null> {
  return (await pickFiles(accept, false, doc))?.[0] ?? null;
}

/** Lets the clerk pick a folder (the browser's folder picker: every file in it and its subfolders); null when closed. */
export function pickFolder(doc: Document = document): Promise<File[] | null> {
  return pickWith((input) => {
    input.webkitdirectory = true;
    input.multiple = true;
    input.setAttribute('data-nianbao-folder', '');
  }, doc);
}

/** The folder's name and each report file's path inside it, from what the folder picker gives. */
export function folderFiles(files: readonly File[]): { name: string; files: { path: string; file: File }[] } {
  const rel = (f: File) => f.webkitRelativePath || f.name;
  const name = files.map(rel).find((p) => p.includes('/'))?.split('/')[0] ?? '所选文件';
  const inside = files.map((file) => ({ path: rel(file).split('/').slice(rel(file).includes('/') ? 1 : 0).join('/'), file }));
  return { name, files: inside.filter((f) => isBatchFile(f.path)) };
}

/** Raw bytes per request of a folder upload (one larger file goes alone): its base64 stays under the server's body limit. */
const PART_BYTES = 16 * 1024 * 1024;

/** Splits a folder's files into requests of at most PART_BYTES (a file too large to send counts nothing: it goes as null). */
export function uploadParts<T extends { file: { size: number } }>(files: readonly T[]): T[][] {
  const parts: T[][] = [];
  let size = Infinity;
  for (const f of files) {
    const n = f.file.size > UPLOAD_MAX_BYTES ? 0 : f.file.size;
    if (size + n > PART_BYTES || parts[parts.length - 1]!.length >= BATCH_UPLOAD_MAX_FILES) {
      parts.push([]);
      size = 0;
    }
    parts[parts.length - 1]!.push(f);
    size += n;
  }
  return parts;
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

/** The file name at the end of a download URL (its path's last part), when the result names no file. */
export function nameInUrl(url: string): string {
  return decodeURIComponent(url.split('?')[0]!.split('/').pop() || '导出文件');
}

/** The same file shown in the browser (its PDF viewer) rather than downloaded. */
export function inlineUrl(url: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}inline=1`;
}

export interface HttpApiOptions {
  token: string;
  fetch?: typeof fetch;
  /** Picks the file(s) to upload; `multiple`: the clerk may pick several. */
  pick?: (accept: string, multiple: boolean) => Promise<File[] | null>;
  pickFolder?: () => Promise<File[] | null>;
  download?: (url: string, name: string) => void;
  /** Opens a URL in a new tab (the PDF viewer for 打印). */
  view?: (url: string) => void;
}

export function createHttpApi(opts: HttpApiOptions): NianbaoApi {
  const doFetch = opts.fetch ?? ((input, init) => fetch(input, init));
  const pick = opts.pick ?? ((accept, multiple) => pickFiles(accept, multiple));
  const chooseFolder = opts.pickFolder ?? (() => pickFolder());
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

  /** The file the clerk picks in the page, as an upload (several, with `multiple`, as an array); null when the picker is closed. */
  const pickUpload = async (accept: string, multiple: boolean) => {
    const files = await pick(accept, multiple);
    if (!files?.length) return null;
    // Refused here, before the browser reads and sends them, with the message the desktop app gives.
    const size = files.reduce((n, f) => n + f.size, 0);
    if (size > UPLOAD_MAX_BYTES) {
      const name = files.length === 1 ? files[0]!.name : `所选的 ${files.length} 个文件`;
      throw new ApiCallError({ code: 'unknown-format', message: tooLargeError(name, size).message });
    }
    if (files.length > MAX_PAGE_UPLOADS) throw new ApiCallError({ code: 'invalid', message: `一次最多选择 ${MAX_PAGE_UPLOADS} 个文件` });
    const uploads = await Promise.all(files.map(async (file) => ({ name: file.name, data: bytesToBase64(new Uint8Array(await file.arrayBuffer())) })));
    return multiple && uploads.length > 1 ? uploads : uploads[0]!;
  };

  // The steps written for one method alone (PAGE_STEPS' `own`): the compiler asks for exactly these.
  const own: OwnSteps = {
    async reviewFolder(uploaded) {
      if (uploaded) return remote.reviewFolder(uploaded);
      // The browser cannot hand the server a folder: the clerk picks it and its reports are sent in parts.
      const picked = await chooseFolder();
      if (!picked) return null;
      const { name, files } = folderFiles(picked);
      let batch: string | null = null;
      for (const part of uploadParts(files)) {
        const sent = await Promise.all(
          part.map(async ({ path, file }) => ({
            path,
            data: file.size > UPLOAD_MAX_BYTES ? null : bytesToBase64(new Uint8Array(await file.arrayBuffer())),
          })),
        );
        batch = await remote.batchUpload(batch, sent);
      }
      return remote.reviewFolder({ batch: batch ?? (await remote.batchUpload(null, [])), name });
    },
  };

  /** Each method with the page's part of it, as PAGE_STEPS declares (the types were checked there). */
  function withStep(method: ApiMethod): (...args: unknown[]) => Promise<unknown> {
    const call = (...args: unknown[]) => post(method, args);
    const step: PageStep = PAGE_STEPS[method];
    switch (step.kind) {
      case 'call':
        return call;
      case 'upload':
        return async (upload?: unknown, ...rest: unknown[]) => {
          const picked = upload ?? (await pickUpload(step.accept, 'multiple' in step && step.multiple === true));
          return picked ? call(picked, ...rest) : null;
        };
      case 'download':
        return async (...args) => {
          const result = (await call(...args)) as ExportResult | null;
          if (result?.url) save(result.url, result.file?.name ?? nameInUrl(result.url));
          return result;
        };
      case 'view':
        return async (...args) => {
          const result = (await call(...args)) as { url?: string };
          if (result.url) view(inlineUrl(result.url));
          return result;
        };
      case 'own':
        return (own as unknown as Record<ApiMethod, (...args: unknown[]) => Promise<unknown>>)[method];
    }
  }

  return Object.fromEntries(API_METHODS.map((m) => [m, withStep(m)])) as unknown as NianbaoApi;
}
