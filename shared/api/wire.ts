/**
 * How a `NianbaoApi` call crosses a process boundary (HTTP for the web build, IPC for Electron): the
 * argument shapes each side validates before acting, and the envelope results and errors travel in.
 * One definition, so the server, the Electron main process and both renderer clients agree.
 */
import { z } from 'zod';
import { reportSchema } from '../file/format.ts';
import { API_METHODS, type ApiArgs, type ApiMethod } from './contract.ts';
import type { WireError } from './envelope.ts';

export { ApiCallError, unwrap, type Envelope, type WireError } from './envelope.ts';
export type { ApiArgs, ApiMethod, ApiResult } from './contract.ts';

const fileRefSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().max(500),
  modifiedAt: z.string().max(100).optional(),
});

/** A file name the clerk may see; folders are never accepted from the renderer. */
const suggestedName = z.string().max(200);

/** The web build's `open(upload)`: the file the clerk picked in the browser, as base64. */
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
export const uploadSchema = z.object({
  name: z.string().min(1).max(200),
  data: z.string().max(Math.ceil((UPLOAD_MAX_BYTES * 4) / 3) + 4),
});

/**
 * Checked against contract.ts at compile time, both ways: what a schema lets through must be the
 * method's parameter list (below, `satisfies`), and every call the contract allows must pass the
 * schema (after API_ARGS). A schema may accept more on input than the type (a file format default
 * such as an old file's missing preamble), never less.
 */
type ArgSchemas = { [M in ApiMethod]: z.ZodType<ApiArgs<M>, unknown> };

export const API_ARGS = {
  info: z.tuple([]),
  open: z.tuple([uploadSchema.optional()]),
  openRecent: z.tuple([z.string().min(1).max(200)]),
  listRecent: z.tuple([]),
  save: z.tuple([fileRefSchema, reportSchema]),
  saveAs: z.tuple([reportSchema, suggestedName]),
  exportReport: z.tuple([reportSchema, z.enum(['pdf', 'docx']), suggestedName]),
  print: z.tuple([reportSchema]),
  writeRecovery: z.tuple([reportSchema, fileRefSchema.nullable()]),
  readRecovery: z.tuple([]),
  discardRecovery: z.tuple([]),
} satisfies ArgSchemas;

/** The methods whose schema would refuse a call the contract allows; must be none. */
type RefusesValidCalls = { [M in ApiMethod]: ApiArgs<M> extends z.input<(typeof API_ARGS)[M]> ? never : M }[ApiMethod];
const acceptsEveryValidCall: [RefusesValidCalls] extends [never] ? true : RefusesValidCalls = true;
void acceptsEveryValidCall;

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
