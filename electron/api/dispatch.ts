/**
 * One API call, from untrusted data to an envelope — shared by the web server and Electron's IPC:
 * the method name must be in API_METHODS, the arguments must pass their schema (checked against the
 * contract at compile time), and every failure becomes a Chinese message, never a stack trace or
 * half a write.
 */
import type { ApiArgs, ApiMethod, ApiResult, NianbaoApi } from '../../shared/api/contract.ts';
import { isApiMethod, parseArgs, type Envelope, type WireError } from '../../shared/api/wire.ts';
import { FileError } from '../../shared/file/errors.ts';

export function errorEnvelope(e: unknown): { ok: false; error: WireError } {
  if (e instanceof FileError) return { ok: false, error: { code: e.code, message: e.message } };
  const detail = e instanceof Error ? e.message : String(e);
  return { ok: false, error: { code: 'internal', message: `操作未完成（内部错误：${detail}），文件未改动` } };
}

const badRequest = (message: string): { ok: false; error: WireError } => ({ ok: false, error: { code: 'bad-request', message } });

function call<M extends ApiMethod>(impl: NianbaoApi, method: M, args: ApiArgs<M>): Promise<ApiResult<M>> {
  // TypeScript cannot relate impl[method] to ApiArgs<M> for a generic M; the schemas did the checking.
  const fn = impl[method] as (...a: ApiArgs<M>) => Promise<ApiResult<M>>;
  return fn.apply(impl, args);
}

/** Calls `impl[method]` with validated arguments; `status` is the HTTP status the web server answers with. */
export async function invokeApi(impl: NianbaoApi, method: string, args: unknown): Promise<{ status: number; envelope: Envelope }> {
  if (!isApiMethod(method)) return { status: 404, envelope: badRequest(`没有“${method.slice(0, 40)}”这个操作`) };
  const parsed = parseArgs(method, args);
  if (!parsed.ok) return { status: 400, envelope: parsed };
  try {
    const result = await call(impl, method, parsed.args);
    return { status: 200, envelope: { ok: true, result: result ?? null } };
  } catch (e) {
    const env = errorEnvelope(e);
    return { status: env.error.code === 'internal' ? 500 : 200, envelope: env };
  }
}
