import { mkdir, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './server.ts';
import { canonicalStaticPath } from './static-files.ts';

let dir: string;
let server: RunningServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-paths-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'assets', 'app-Ab1_c.js'), 'console.log(1)');
  await writeFile(join(dir, 'other.html'), '<html><head></head></html>');
  server = await startServer({ distDir: dir, workspace: join(dir, 'ws') });
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

/** A GET with the request line exactly as given: fetch and URL would normalise the very spellings under test. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolveGet, reject) => {
    const socket = connect(server.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('connect', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close\r\n\r\n`, 'latin1'));
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      resolveGet({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1] ?? 0), body: text });
    });
  });
}

const TRICKY = [
  '/index.html/',
  '/%69ndex.html',
  '/index%2ehtml',
  '/index%2Ehtml',
  '/index%252ehtml',
  '/%2569ndex.html',
  '/./index.html',
  '/%2e/index.html',
  '/assets/../index.html',
  '/assets/%2e%2e/index.html',
  '/assets/%252e%252e/index.html',
  '//index.html',
  '/index.html.',
  '/index.html%20',
  '/index.html%00',
  '/index.html%00.js',
  '/%5cindex.html',
  '/\\index.html',
  '/assets\\..\\index.html',
  '/INDEX.HTML',
  '/Index.html',
  '/index.HTML',
  '/other.html',
  '/index.html;x=1',
  '/index.html?token=wrong',
  '/?token=',
  '/',
  '/%2F',
  '/%2Findex.html',
  '/index.html%2F',
  '/%C0%AEindex.html',
  '/index.html%E2%80%AE',
  '/%',
  '/%zz',
];

describe('the web build never hands out its token without the token', () => {
  it.each(TRICKY)('GET %s: no page, no token', async (path) => {
    const res = await rawGet(path);
    expect(res.body).not.toContain(server.token);
    expect(res.status).toBeGreaterThanOrEqual(400);
  });

  it('the real spellings still work: the page with the token, assets without', async () => {
    const page = await rawGet(`/?token=${server.token}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(server.token);
    expect((await rawGet(`/index.html?token=${server.token}`)).status).toBe(200);
    const asset = await rawGet('/assets/app-Ab1_c.js');
    expect(asset.status).toBe(200);
    expect(asset.body).toContain('console.log(1)');
  });

  it('canonical form: decoded once, plain names only', () => {
    expect(canonicalStaticPath('/')).toBe('/index.html');
    expect(canonicalStaticPath('/assets/app-Ab1_c.js')).toBe('/assets/app-Ab1_c.js');
    expect(canonicalStaticPath('/%61ssets/x.js')).toBe('/assets/x.js');
    for (const p of ['/a/', '/a//b', '/.env', '/a/..', '/%252e', '/a\u0000', '/a b', '/年报.html']) expect(canonicalStaticPath(p)).toBeNull();
  });
});
