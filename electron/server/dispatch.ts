/**
 * One API call, from untrusted JSON to an envelope: the method name must be in API_METHODS, the
 * arguments must pass their zod schema (a report: `reportSchema`), and every failure becomes a
 * Chinese message — never a stack trace, never a half-done write.
 */
import { isApiMethod, parseArgs, uploadSchema, type Envelope, type WireError } from '../../shared/api/wire.ts';
import { FileError } from '../../shared/file/errors.ts';
import type { WebApi } from './web-api.ts';

export function errorEnvelope(e: unknown): { ok: false; error: WireError } {
  if (e instanceof FileError) return { ok: false, error: { code: e.code, message: e.message } };
  const detail = e instanceof Error ? e.message : String(e);
  return { ok: false, error: { code: 'internal', message: `操作未完成（内部错误：${detail}），文件未改动` } };
}

export async function dispatch(api: WebApi, method: string, body: unknown): Promise<{ status: number; envelope: Envelope }> {
  if (!isApiMethod(method)) return { status: 404, envelope: { ok: false, error: { code: 'bad-request', message: `没有“${method.slice(0, 40)}”这个操作` } } };
  const args = (body as { args?: unknown } | null)?.args;
  let valid: unknown[];
  if (method === 'open') {
    // The web build's open() carries the file the clerk picked in the browser.
    const tuple = Array.isArray(args) && args.length === 1 ? uploadSchema.safeParse(args[0]) : null;
    if (!tuple?.success) return { status: 400, envelope: { ok: false, error: { code: 'bad-request', message: '没有收到要打开的文件，请重新选择' } } };
    valid = [tuple.data];
  } else {
    const parsed = parseArgs(method, args);
    if (!parsed.ok) return { status: 400, envelope: parsed };
    valid = parsed.args;
  }
  try {
    const fn = api[method] as (...a: unknown[]) => Promise<unknown>;
    const result = await fn(...valid);
    return { status: 200, envelope: { ok: true, result: result ?? null } };
  } catch (e) {
    const env = errorEnvelope(e);
    return { status: env.error.code === 'internal' ? 500 : 200, envelope: env };
  }
}
