/**
 * One API call, from untrusted data to an envelope — shared by the web server and Electron's IPC:
 * the method name must be in API_METHODS, the arguments must pass their zod schema (a report:
 * `reportSchema`), and every failure becomes a Chinese message, never a stack trace or half a write.
 */
import { isApiMethod, parseArgs, uploadSchema, type Envelope, type WireError } from '../../shared/api/wire.ts';
import { FileError } from '../../shared/file/errors.ts';

export function errorEnvelope(e: unknown): { ok: false; error: WireError } {
  if (e instanceof FileError) return { ok: false, error: { code: e.code, message: e.message } };
  const detail = e instanceof Error ? e.message : String(e);
  return { ok: false, error: { code: 'internal', message: `操作未完成（内部错误：${detail}），文件未改动` } };
}

const badRequest = (message: string): { ok: false; error: WireError } => ({ ok: false, error: { code: 'bad-request', message } });

// Any object with the API's methods (NianbaoApi, or the web build's variant whose open() takes an upload).
type Impl = object;

/** Calls `impl[method]` with validated arguments. `upload`: the web build's open() carries the picked file. */
export async function invokeApi(impl: Impl, method: string, args: unknown, opts: { upload?: boolean } = {}): Promise<{ status: number; envelope: Envelope }> {
  if (!isApiMethod(method)) return { status: 404, envelope: badRequest(`没有“${method.slice(0, 40)}”这个操作`) };
  let valid: unknown[];
  if (method === 'open' && opts.upload) {
    const file = Array.isArray(args) && args.length === 1 ? uploadSchema.safeParse(args[0]) : null;
    if (!file?.success) return { status: 400, envelope: badRequest('没有收到要打开的文件，请重新选择') };
    valid = [file.data];
  } else {
    const parsed = parseArgs(method, args);
    if (!parsed.ok) return { status: 400, envelope: parsed };
    valid = parsed.args;
  }
  try {
    const fn = (impl as Record<string, (...a: unknown[]) => Promise<unknown>>)[method]!.bind(impl);
    const result = await fn(...valid);
    return { status: 200, envelope: { ok: true, result: result ?? null } };
  } catch (e) {
    const env = errorEnvelope(e);
    return { status: env.error.code === 'internal' ? 500 : 200, envelope: env };
  }
}
