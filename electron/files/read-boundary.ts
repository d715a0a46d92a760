/**
 * The one place every reader runs (CLI, server, folder review, the desktop app): whatever a parser does
 * with a file — reject, throw, recurse past the stack, loop, allocate without end — ends as that file's
 * Chinese FileError, never as a dead or frozen process (issue #26).
 *
 * The app's own files, JSON and small plain text are read here on the calling thread (milliseconds, by
 * linear code). PDF, Word (old .doc too), web pages and large text go to a worker thread with budgets: time (counted
 * from when the worker begins the file, so a cold start is not held against it), memory (the process's
 * resident size watched while the worker reads; the worker's heap capped) — past either, the worker is
 * stopped and a fresh one serves the next file.
 */
import { isMainThread, Worker } from 'node:worker_threads';
import { FileError, readFailureMessage, type FileErrorCode } from '../../shared/file/errors.ts';
import type { ImportResult } from '../../shared/import/index.ts';
import { sniffFormat } from '../../shared/import/sniff.ts';
import type { ReadReply, ReadRequest } from './read-protocol.ts';
import { wordBinaryText } from './word-binary-text.ts';

export const READ_BUDGET = {
  /** From the worker beginning the file to its answer. */
  ms: 10_000,
  /** From the file being sent to the worker beginning it: a cold worker under tsx on a loaded machine takes seconds. */
  startMs: 90_000,
  /** What reading one file may add to the process's resident memory (the whole stays under 1 GB). */
  bytes: 600 * 1024 * 1024,
  /** The worker's own JavaScript heap. */
  heapMb: 512,
};

/** Plain text past this goes to the worker too: the text importer is linear, but not free. */
const INLINE_TEXT_BYTES = 256 * 1024;
const MEMORY_POLL_MS = 20;

const importers = () => import('../../shared/import/index.ts');

/** Whether a file is cheap enough to read on the calling thread. */
export function readsInline(name: string, bytes: Uint8Array): boolean {
  const binary = sniffFormat(bytes);
  if (binary === 'pdf' || binary === 'zip' || binary === 'ole' || binary === 'rtf') return false;
  if (binary !== 'unknown' || bytes.length === 0) return true; // refused at once with its message
  if (/\.(nianbao|json)$/i.test(name)) return true;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && i < 4096 && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  if (bytes[i] === 0x7b) return true; // '{': JSON, parsed in linear time
  if (bytes[i] === 0x3c || /\.html?$/i.test(name)) return false; // '<': a web page
  return bytes.length <= INLINE_TEXT_BYTES;
}

/** Any failure of a reader as the file's FileError: ours as they are, anything else as a damaged file. */
export function asFileError(e: unknown, name: string): FileError {
  if (e instanceof FileError) return e;
  return new FileError('damaged', readFailureMessage('damaged', name));
}

function fromReply(error: { code: FileErrorCode; message: string; where?: string }, name: string): FileError {
  if (!error.message) return asFileError(null, name);
  return new FileError(error.code, error.message, error.where);
}

async function readInline(name: string, bytes: Uint8Array): Promise<ImportResult> {
  try {
    return await (await importers()).importFile(name, bytes, { wordBinary: wordBinaryText });
  } catch (e) {
    throw asFileError(e, name);
  }
}

let worker: Worker | null = null;
let seq = 0;
/** Set when a worker could not start at all (no TypeScript loader, a missing bundle file): read inline from then on. */
let noWorker = false;

function spawn(): Worker {
  const w = new Worker(new URL('./read-worker.mjs', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: READ_BUDGET.heapMb } });
  // An idle reader never keeps a CLI command alive; a file being read does (ref() in readInWorker).
  w.unref();
  w.on('error', () => undefined);
  return w;
}

/** Starts the reader worker ahead of the first file (the server and the app at start-up). */
export function warmReader(): void {
  if (!noWorker && !worker) worker = spawn();
}

class WorkerDidNotStart extends Error {}

function readInWorker(name: string, bytes: Uint8Array): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const w = (worker ??= spawn());
    const id = ++seq;
    let started = false;
    const base = process.memoryUsage.rss();
    const finish = () => {
      clearTimeout(timer);
      clearInterval(poll);
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
      w.unref();
    };
    const discard = () => {
      finish();
      if (worker === w) worker = null;
      void w.terminate();
    };
    const stop = (code: 'too-slow' | 'too-big' | 'damaged') => {
      discard();
      reject(new FileError(code, readFailureMessage(code, name)));
    };
    let timer = setTimeout(() => stop('too-slow'), READ_BUDGET.startMs);
    const poll = setInterval(() => {
      if (process.memoryUsage.rss() - base > READ_BUDGET.bytes) stop('too-big');
    }, MEMORY_POLL_MS);
    const onMessage = (m: ReadReply) => {
      if (m.id !== id) return;
      if ('started' in m) {
        started = true;
        clearTimeout(timer);
        timer = setTimeout(() => stop('too-slow'), READ_BUDGET.ms);
        return;
      }
      finish();
      if ('result' in m) resolve(m.result);
      else reject(fromReply(m.error, name));
    };
    const onError = (e: Error & { code?: string }) => {
      if (!started) {
        discard();
        reject(new WorkerDidNotStart(e.message));
        return;
      }
      stop(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'too-big' : 'damaged');
    };
    const onExit = () => {
      if (!started) {
        discard();
        reject(new WorkerDidNotStart('exited'));
      } else stop('damaged');
    };
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
    w.ref();
    const copy = new Uint8Array(bytes);
    w.postMessage({ id, name, bytes: copy } satisfies ReadRequest, [copy.buffer]);
  });
}

// One file at a time in the worker: each file's budget is its own, and a stopped worker loses no other file.
let line: Promise<unknown> = Promise.resolve();

function inLine<T>(job: () => Promise<T>): Promise<T> {
  const next = line.then(job, job);
  line = next.catch(() => undefined);
  return next;
}

/** Reads a file's bytes as a report in any format the importers know, or throws its Chinese FileError. */
export async function readReportBytes(name: string, bytes: Uint8Array): Promise<ImportResult> {
  // A worker thread is already behind a boundary (the folder check's pool holds its budget, pool.ts):
  // a reader nested inside it would double the threads and see the other workers' memory as its own.
  if (noWorker || !isMainThread || readsInline(name, bytes)) return readInline(name, bytes);
  return inLine(async () => {
    try {
      return await readInWorker(name, bytes);
    } catch (e) {
      if (!(e instanceof WorkerDidNotStart)) throw e;
      noWorker = true;
      console.error(`读取线程无法启动（${e.message}），改在本线程读取`);
      return readInline(name, bytes);
    }
  });
}
