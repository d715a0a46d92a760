/**
 * app://nianbao/… serves the built renderer to Electron instead of file:// (which would let a page
 * read any local file): only files inside dist/renderer, with the app's CSP on every response — and
 * under /print/ the PDFs of 打印 from the app's print folder, for the preview window's PDF viewer.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { APP_CSP, PDF_VIEW_CSP } from '../server/csp.ts';
import { containedFile, MIME } from '../server/static-files.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'nianbao';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const PRINT_PATH = '/print/';

/** `printDir`: the folder of print copies; only its .pdf files are served, nothing beside them. */
export function appProtocolHandler(distDir: string, printDir?: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return new Response('', { status: 404 });
    const isPrint = url.pathname.startsWith(PRINT_PATH);
    const file = isPrint
      ? printDir && url.pathname.toLowerCase().endsWith('.pdf')
        ? await containedFile(printDir, url.pathname.slice(PRINT_PATH.length - 1))
        : null
      : await containedFile(distDir, url.pathname);
    if (!file) return new Response('', { status: 404 });
    const body = await readFile(file);
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Security-Policy': isPrint ? PDF_VIEW_CSP : APP_CSP,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}
