// The web build's server lets only its own page in: wrong or missing token, foreign Host, path escapes.
import { test, expect } from './fixtures.ts';

test('API 调用缺少或使用错误令牌时被拒绝，正确令牌可以调用', async ({ server, request }) => {
  const call = (token: string | undefined) =>
    request.post(`${server.origin}/api/info`, {
      headers: { 'Content-Type': 'application/json', ...(token === undefined ? {} : { 'X-Nianbao-Token': token }) },
      data: { args: [] },
    });
  for (const bad of [undefined, '', 'x'.repeat(48), server.token.slice(0, -1) + (server.token.endsWith('a') ? 'b' : 'a')]) {
    const res = await call(bad);
    expect(res.status()).toBe(403);
    const body = (await res.json()) as { ok: boolean; error: { message: string } };
    expect(body.ok).toBe(false);
    expect(body.error.message).toContain('地址不完整或已失效');
  }
  const ok = await call(server.token);
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toEqual({ ok: true, result: { version: expect.any(String), platform: 'web', workspace: server.workspace } });
});

test('页面地址令牌错误时不给出页面，也不泄露令牌', async ({ server, request }) => {
  const res = await request.get(`${server.origin}/?token=wrong`);
  expect(res.status()).toBe(403);
  const text = await res.text();
  expect(text).toContain('拒绝访问');
  expect(text).not.toContain(server.token);
  const good = await request.get(server.url);
  expect(good.status()).toBe(200);
  expect(await good.text()).toContain(`content="${server.token}"`);
  expect(good.headers()['content-security-policy']).toContain("script-src 'self'");
});

test('不认识的操作、错误的参数和越界路径都给出中文说明', async ({ server, request }) => {
  const headers = { 'Content-Type': 'application/json', 'X-Nianbao-Token': server.token };
  const unknown = await request.post(`${server.origin}/api/readFile`, { headers, data: { args: ['/etc/passwd'] } });
  expect(unknown.status()).toBe(404);
  const badArgs = await request.post(`${server.origin}/api/saveAs`, { headers, data: { args: [{ not: 'a report' }, 'x'] } });
  expect(badArgs.status()).toBe(400);
  expect(((await badArgs.json()) as { error: { message: string } }).error.message).toMatch(/数据有误.*未执行任何操作/);
  for (const path of ['/..%2f..%2fetc%2fpasswd', '/%2e%2e/package.json', '/../package.json']) {
    const res = await request.get(`${server.origin}${path}`);
    expect(res.status()).toBe(404);
  }
  const foreignHost = await request.post(`${server.origin}/api/info`, { headers: { ...headers, Host: 'evil.example:80' }, data: { args: [] } });
  expect(foreignHost.status()).toBe(403);
});
