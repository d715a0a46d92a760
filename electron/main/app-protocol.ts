/**
 * app://nianbao/… serves the built renderer to Electron instead of file:// (which would let a page
 * read any local file): only files inside dist/renderer, with the app's CSP on every response.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { APP_CSP } from '../server/csp.ts';
import { containedFile, MIME } from '../server/static-files.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'nianbao';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export function appProtocolHandler(distDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return new Response('', { status: 404 });
    const file = await containedFile(distDir, url.pathname);
    if (!file) return new Response('', { status: 404 });
    const body = await readFile(file);
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Security-Policy': APP_CSP,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}
