/**
 * Static files of the built renderer, contained in `root`: a request can never leave that folder
 * (no `..`, no absolute paths, no symlinks out). index.html gets the per-run token as a meta tag.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.map': 'application/json; charset=utf-8',
};

export const TOKEN_META = 'nianbao-token';

/**
 * One canonical form for a request path, decided once: decoded exactly once, then held to the plain
 * shape of the built renderer's own file names (`/index.html`, `/assets/index-Ab1_c.js`). Anything
 * else — a `%` left after decoding (double encoding), a trailing or doubled slash, `.`/`..` segments,
 * backslashes, NUL or other control characters, spaces — is refused rather than normalised, so no
 * spelling of a path can reach a file while dodging a check made on another spelling.
 */
const PLAIN_PATH = /^(?:\/[A-Za-z0-9_][A-Za-z0-9_.-]*)+$/;

export function canonicalStaticPath(rawPath: string): string | null {
  if (rawPath === '/' || rawPath === '') return '/index.html';
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (!PLAIN_PATH.test(decoded) || decoded.split('/').some((part) => part.endsWith('.'))) return null;
  return decoded;
}

/** Pages get the token injected, so serving one needs the token: the check is on the file type, not on a spelling. */
export function isPage(file: string): boolean {
  const ext = extname(file).toLowerCase();
  return ext === '.html' || ext === '.htm';
}

/** Resolves a URL path inside `root`, or null when it would escape it or names nothing servable. */
export async function containedFile(root: string, urlPath: string): Promise<string | null> {
  const canonical = canonicalStaticPath(urlPath);
  if (!canonical) return null;
  const rootReal = await realpath(root).catch(() => resolve(root));
  const candidate = resolve(rootReal, canonical.slice(1));
  if (!candidate.startsWith(rootReal + sep)) return null;
  // Symlinks: the real target must be inside too.
  const real = await realpath(candidate).catch(() => null);
  if (!real || !real.startsWith(rootReal + sep)) return null;
  const s = await stat(real).catch(() => null);
  return s?.isFile() ? real : null;
}

export function injectToken(html: string, token: string): string {
  // No favicon request (there is no such route): an empty data: icon, which the CSP's img-src allows.
  const icon = /rel=["']?icon/.test(html) ? '' : '<link rel="icon" href="data:,">';
  const meta = `<meta name="${TOKEN_META}" content="${token}">${icon}`;
  return html.includes('<head>') ? html.replace('<head>', `<head>\n    ${meta}`) : `${meta}\n${html}`;
}

export interface StaticFile {
  body: Buffer;
  type: string;
  /** An HTML page: it carries the token, so the caller serves it only to a request that has the token. */
  page: boolean;
}

export async function loadStatic(root: string, urlPath: string, token: string): Promise<StaticFile | null> {
  const file = await containedFile(root, urlPath);
  if (!file) return null;
  const ext = extname(file).toLowerCase();
  const type = MIME[ext] ?? 'application/octet-stream';
  const body = await readFile(file);
  if (isPage(file)) return { body: Buffer.from(injectToken(body.toString('utf8'), token)), type: MIME['.html']!, page: true };
  return { body, type, page: false };
}
