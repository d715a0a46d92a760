/**
 * Static files of the built renderer, contained in `root`: a request can never leave that folder
 * (no `..`, no absolute paths, no symlinks out). index.html gets the per-run token as a meta tag.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

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

/** Resolves a URL path inside `root`, or null when it would escape it or names nothing servable. */
export async function containedFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const rel = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  if (rel.split('/').some((part) => part === '..' || part === '.')) return null;
  const rootReal = await realpath(root).catch(() => resolve(root));
  const candidate = resolve(rootReal, rel);
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

export async function loadStatic(root: string, urlPath: string, token: string): Promise<{ body: Buffer; type: string } | null> {
  const file = await containedFile(root, urlPath);
  if (!file) return null;
  const ext = extname(file).toLowerCase();
  const type = MIME[ext] ?? 'application/octet-stream';
  const body = await readFile(file);
  if (file === join(await realpath(root), 'index.html')) return { body: Buffer.from(injectToken(body.toString('utf8'), token)), type };
  return { body, type };
}
