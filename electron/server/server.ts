/**
 * The web build's server: plain Node HTTP on 127.0.0.1 with a random token kept per workspace
 * (web-identity.ts). Three kinds of request and nothing else: GET of the built renderer (index.html only with the token), POST
 * /api/<method> (token in a header), and GET /download/<id> of an export (token in the query).
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdir, readFile, realpath } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { basename, extname, join } from 'node:path';
import { UPLOAD_MAX_BASE64, type Envelope } from '../../shared/api/wire.ts';
import { APP_VERSION } from '../../shared/file/codec.ts';
import { FileService } from '../files/file-service.ts';
import { PDF_VIEW_CSP, SECURITY_HEADERS } from './csp.ts';
import { createApi } from '../api/create-api.ts';
import { invokeApi } from '../api/dispatch.ts';
import { loadStatic, MIME } from './static-files.ts';
import { webPlatform } from './platform.web.ts';
import { loadIdentity, writeIdentity } from './web-identity.ts';
import { lockWorkspace } from './workspace-lock.ts';
import { cleanFolderTemps } from '../files/atomic-write.ts';

export const TOKEN_HEADER = 'x-nianbao-token';
/** The largest upload (a report file as base64) and its envelope. */
const BODY_LIMIT = UPLOAD_MAX_BASE64 + 1024 * 1024;

export interface ServerOptions {
  /** The built renderer (dist/renderer). */
  distDir: string;
  /** Where opened copies, saved reports and exports go. */
  workspace: string;
  /** Backups, recent list, recovery copy; defaults to `<workspace>/.nianbao`. */
  dataDir?: string;
  port?: number;
  /** A report to open on start: it heads the recent list and the URL carries its id (#open=…). */
  openFile?: string;
}

export interface RunningServer {
  url: string;
  origin: string;
  token: string;
  port: number;
  files: FileService;
  /** Id of `openFile`, when given. */
  openId: string | null;
  close(): Promise<void>;
}

function sameToken(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

function sendJson(res: ServerResponse, status: number, env: Envelope): void {
  send(res, status, JSON.stringify(env), 'application/json; charset=utf-8');
}

function refuse(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { ok: false, error: { code: status === 403 ? 'forbidden' : 'bad-request', message } });
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > BODY_LIMIT) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  await mkdir(opts.workspace, { recursive: true });
  const workspace = await realpath(opts.workspace);
  const dataDir = opts.dataDir ?? join(workspace, '.nianbao');
  // One server per folder; then what a killed save left in it goes, before anything is opened.
  const lock = await lockWorkspace(workspace, dataDir);
  await cleanFolderTemps(workspace);
  // One token and, unless a port is asked for, one address per workspace across restarts.
  const identity = await loadIdentity(dataDir);
  const token = identity.token;
  const files = new FileService({ dataDir, refKey: `file-ref:${token}` });
  const downloads = new Map<string, string>();
  let port = 0;

  const api = createApi({
    files,
    version: APP_VERSION,
    platform: webPlatform({
      workspace,
      downloadUrl(path) {
        const id = files.refs.idFor(path);
        downloads.set(id, path);
        return `/download/${id}/${encodeURIComponent(basename(path))}?token=${token}`;
      },
    }),
  });

  const hostOk = (req: IncomingMessage) => {
    // DNS rebinding: a page on another site resolving its name to 127.0.0.1 still sends its own Host.
    const host = req.headers.host ?? '';
    return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Routes are chosen on the path exactly as sent (the URL parser would fold `..`, `\\` and `%2e`);
    // static files then go through the one canonical form of static-files.ts.
    const rawPath = (req.url ?? '/').split('?')[0]!;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!hostOk(req)) return refuse(res, 403, '拒绝访问：地址不对');
    if (rawPath.startsWith('/api/')) {
      if (req.method !== 'POST') return refuse(res, 405, '只接受 POST 请求');
      const origin = req.headers.origin;
      if (origin && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) return refuse(res, 403, '拒绝访问：来源不对');
      if (!sameToken(req.headers[TOKEN_HEADER] as string | undefined, token)) return refuse(res, 403, '拒绝访问：地址不完整或已失效，请用启动年报编辑器时显示的完整地址重新打开');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, '请求格式不对');
      const raw = await readBody(req);
      if (!raw) return refuse(res, 413, '数据太大，未处理');
      let body: unknown;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return refuse(res, 400, '请求数据不是有效的 JSON，未执行任何操作');
      }
      const args = (body as { args?: unknown } | null)?.args;
      const { status, envelope } = await invokeApi(api, rawPath.slice('/api/'.length), args);
      return sendJson(res, status, envelope);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, '不支持的请求');
    if (rawPath.startsWith('/download/')) {
      if (!sameToken(url.searchParams.get('token'), token)) return refuse(res, 403, '拒绝访问：地址不完整或已失效');
      const path = downloads.get(rawPath.split('/')[2] ?? '');
      if (!path) return refuse(res, 404, '找不到这个导出文件，请重新导出');
      const body = await readFile(path);
      const disposition = url.searchParams.get('inline') === '1' ? 'inline' : 'attachment';
      const type = MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
      return send(res, 200, body, type, {
        'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(basename(path))}`,
        'Content-Security-Policy': PDF_VIEW_CSP,
      });
    }
    const file = await loadStatic(opts.distDir, rawPath, token);
    if (!file) return send(res, 404, '找不到', 'text/plain; charset=utf-8');
    if (file.page && !sameToken(url.searchParams.get('token'), token)) {
      return send(res, 403, '<!doctype html><meta charset="utf-8"><title>年报编辑器</title><p>拒绝访问：请使用 nianbao serve 打印的完整地址（含 token）打开。</p>', 'text/html; charset=utf-8');
    }
    return send(res, 200, file.body, file.type);
  }

  let openId: string | null = null;
  if (opts.openFile) {
    // Before listening: an unreadable FILE stops the start with its message and leaves no server behind.
    await files.openPath(opts.openFile).catch(async (e: unknown) => {
      await lock.release();
      throw e;
    });
    openId = files.refs.idFor(opts.openFile);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) refuse(res, 500, '服务器内部错误，未执行任何操作');
      else res.destroy();
    });
  });
  const listen = (p: number) =>
    new Promise<void>((resolveListen, reject) => {
      server.once('error', reject);
      server.listen(p, '127.0.0.1', () => {
        server.off('error', reject);
        resolveListen();
      });
    });
  if (opts.port === undefined && identity.port) {
    // The last port may have been taken meanwhile: then any free one (the page must be reopened).
    await listen(identity.port).catch(() => listen(0));
  } else {
    await listen(opts.port ?? 0).catch(async (e: unknown) => {
      await lock.release();
      throw e;
    });
  }
  port = (server.address() as AddressInfo).port;
  if (port !== identity.port) await writeIdentity(dataDir, { token, port }).catch(() => undefined);
  const origin = `http://127.0.0.1:${port}`;
  const url = `${origin}/?token=${token}${openId ? `#open=${openId}` : ''}`;
  await lock.setUrl(`${origin}/?token=${token}`).catch(() => undefined);
  return {
    url,
    origin,
    token,
    port,
    files,
    openId,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => void lock.release().finally(r));
      }),
  };
}
