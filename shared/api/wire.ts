/**
 * How a `NianbaoApi` call crosses a process boundary (HTTP for the web build, IPC for Electron): the
 * argument shapes each side validates before acting, and the envelope results and errors travel in.
 * One definition, so the server, the Electron main process and both renderer clients agree.
 */
import { z } from 'zod';
import { reportSchema } from '../file/format.ts';
import { API_METHODS, type NianbaoApi } from './contract.ts';
import type { WireError } from './envelope.ts';

export { ApiCallError, unwrap, type Envelope, type WireError } from './envelope.ts';

export type ApiMethod = (typeof API_METHODS)[number];

const fileRefSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().max(500),
  modifiedAt: z.string().max(100).optional(),
});

/** A file name the clerk may see; folders are never accepted from the renderer. */
const suggestedName = z.string().max(200);

export const API_ARGS = {
  info: z.tuple([]),
  open: z.tuple([]),
  openRecent: z.tuple([z.string().min(1).max(200)]),
  listRecent: z.tuple([]),
  save: z.tuple([fileRefSchema, reportSchema]),
  saveAs: z.tuple([reportSchema, suggestedName]),
  exportReport: z.tuple([reportSchema, z.enum(['pdf', 'docx']), suggestedName, z.enum(['file', 'print']).optional()]),
  writeRecovery: z.tuple([reportSchema, fileRefSchema.nullable()]),
  readRecovery: z.tuple([]),
  discardRecovery: z.tuple([]),
} satisfies Record<ApiMethod, z.ZodType<unknown[]>>;

/** The web build's `open()`: the file the clerk picked in the browser, uploaded as base64. */
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
export const uploadSchema = z.object({
  name: z.string().min(1).max(200),
  data: z.string().max(Math.ceil((UPLOAD_MAX_BYTES * 4) / 3) + 4),
});
export type Upload = z.infer<typeof uploadSchema>;

export type ApiArgs<M extends ApiMethod> = Parameters<NianbaoApi[M]>;
export type ApiResult<M extends ApiMethod> = Awaited<ReturnType<NianbaoApi[M]>>;

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && (API_METHODS as readonly string[]).includes(name);
}

/** Validates a call's arguments; the Chinese message names the first problem, never echoes the data. */
export function parseArgs(method: ApiMethod, args: unknown): { ok: true; args: unknown[] } | { ok: false; error: WireError } {
  const parsed = API_ARGS[method].safeParse(args);
  if (parsed.success) return { ok: true, args: parsed.data as unknown[] };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : '参数';
  return { ok: false, error: { code: 'bad-request', message: `请求“${method}”的数据有误（${where}），未执行任何操作` } };
}
