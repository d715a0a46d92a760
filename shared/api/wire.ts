/**
 * How a `NianbaoApi` call crosses a process boundary (HTTP for the web build, IPC for Electron): the
 * argument shapes each side validates before acting, and the envelope results and errors travel in.
 * One definition, so the server, the Electron main process and both renderer clients agree.
 */
import { API_ARGS, API_METHODS, type ApiArgs, type ApiMethod } from './contract.ts';
import type { WireError } from './envelope.ts';

export { ApiCallError, unwrap, type Envelope, type WireError } from './envelope.ts';
export { UPLOAD_MAX_BASE64, UPLOAD_MAX_BYTES } from './contract.ts';
export type { ApiArgs, ApiMethod, ApiResult } from './contract.ts';

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && (API_METHODS as readonly string[]).includes(name);
}

/** Validates a call's arguments; the Chinese message names the first problem, never echoes the data. */
export function parseArgs<M extends ApiMethod>(method: M, args: unknown): { ok: true; args: ApiArgs<M> } | { ok: false; error: WireError } {
  const parsed = API_ARGS[method].safeParse(args);
  if (parsed.success) return { ok: true, args: parsed.data as ApiArgs<M> };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : '参数';
  return { ok: false, error: { code: 'bad-request', message: `请求“${method}”的数据有误（${where}），未执行任何操作` } };
}
