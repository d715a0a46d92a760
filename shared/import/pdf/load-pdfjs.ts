/**
 * pdf.js loaded once for the whole process, with its worker's code in this thread (the way pdf.js
 * documents for a bundle: the worker module, once imported, is what its stand-in worker runs; otherwise
 * pdf.js imports `./pdf.worker.mjs` beside its own file, which a bundle — the packaged app's main process
 * and the folder check's workers — does not have, and every PDF would be refused as damaged).
 *
 * And without its polyfills' side effect on everything else. pdfjs-dist's legacy build (the one that runs
 * on Node 20) carries core-js, which on an engine that lacks a newer detail replaces built-ins for the
 * whole process: on Node 20 `Array.prototype.push` (for the error a frozen array's length should give),
 * `JSON.parse` (for the reviver's source text) and `JSON.stringify` (for `JSON.rawJSON`) become script
 * versions — every push and every report serialised afterwards in this process ran slower (push alone was
 * 7 % of reading a PDF). pdf.js uses none of those details, so the engine's own are put back. What
 * core-js only adds (Promise.withResolvers, Uint8Array.prototype.toHex …) pdf.js needs and stays.
 * load-pdfjs.test.ts fails if a built-in is left replaced or this stops putting one back.
 */

/** Built-ins core-js may replace, by where they live and their name. */
const RESTORED: [object, string][] = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [JSON, 'stringify'],
];

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<Pdfjs> | undefined;

async function load(): Promise<Pdfjs> {
  const own = RESTORED.map(([where, name]) => Object.getOwnPropertyDescriptor(where, name)!);
  try {
    const [pdfjs] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
    return pdfjs;
  } finally {
    RESTORED.forEach(([where, name], i) => Object.defineProperty(where, name, own[i]!));
  }
}

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= load().catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}
