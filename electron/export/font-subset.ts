/**
 * Each export hands pdfmake small fonts holding only the characters of this document, cut with
 * HarfBuzz's hb-subset (harfbuzzjs's wasm build, through HarfBuzz's public C API). pdfmake parses
 * the fonts it is given for every document and cannot keep them between documents through its
 * public API; a 15 MB CJK face costs ~150 ms to parse and shape that way, a subset ~1 ms. The full
 * faces stay loaded in HarfBuzz for the life of the process, so cutting a subset costs ~1 ms.
 * Layout tables are dropped: Chinese official text needs no shaping, and widths come from hmtx.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parsedFont } from './font-metrics.ts';

const require = createRequire(import.meta.url);

/** The hb-subset part of HarfBuzz's C API as harfbuzzjs's wasm build exports it. */
interface HarfBuzz {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(n: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
/** Shaping and vertical-writing tables: pdfkit would parse them for nothing. */
const DROPPED_TABLES = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'vhea', 'vmtx', 'VORG', 'DSIG'];

const tag = (s: string) => [...s].reduce((a, ch) => ((a << 8) | ch.charCodeAt(0)) >>> 0, 0);

let hb: HarfBuzz | undefined;

/** Compiles and starts HarfBuzz (~10 ms) ahead of the first subset; a failure shows there, where it is handled. */
export function loadSubsetter(): void {
  try {
    harfbuzz();
  } catch {
    // subsetFont throws the same, and its caller falls back to the whole font.
  }
}

function harfbuzz(): HarfBuzz {
  if (!hb) {
    const wasm = readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    const instance = new WebAssembly.Instance(new WebAssembly.Module(wasm), {});
    hb = instance.exports as unknown as HarfBuzz;
    hb._initialize();
  }
  return hb;
}

/** HarfBuzz faces by font bytes and face of a collection; the bytes are copied into wasm memory once. */
const faces = new WeakMap<Uint8Array, Map<string, number>>();

/** Which face of a .ttc holds `postscriptName` (0 for a single font). */
function faceIndex(bytes: Uint8Array, postscriptName?: string): number {
  if (!postscriptName) return 0;
  const collection = parsedFont(bytes) as unknown as { fonts?: { postscriptName: string }[] };
  const i = collection.fonts?.findIndex((f) => f.postscriptName === postscriptName) ?? -1;
  return Math.max(0, i);
}

/** A HarfBuzz face over a copy of the bytes in wasm memory, and how to let both go. */
function newFace(bytes: Uint8Array, postscriptName?: string): { face: number; release(): void } {
  const h = harfbuzz();
  const ptr = h.malloc(bytes.byteLength);
  // HarfBuzz's wasm memory is capped (128 MB): a face that does not fit is cut by the caller's fallback.
  if (!ptr) throw new Error('font too large for the subsetter');
  new Uint8Array(h.memory.buffer).set(bytes, ptr);
  const blob = h.hb_blob_create(ptr, bytes.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
  const face = h.hb_face_create(blob, faceIndex(bytes, postscriptName));
  h.hb_blob_destroy(blob);
  return {
    face,
    release: () => {
      h.hb_face_destroy(face);
      h.free(ptr);
    },
  };
}

function face(bytes: Uint8Array, postscriptName?: string): number {
  let byFace = faces.get(bytes);
  if (!byFace) faces.set(bytes, (byFace = new Map()));
  const key = postscriptName ?? '';
  let f = byFace.get(key);
  if (f === undefined) {
    f = newFace(bytes, postscriptName).face;
    byFace.set(key, f);
  }
  return f;
}

/**
 * A TrueType/OpenType font holding the glyphs of `text` (and .notdef), without layout tables.
 * `keep`: the face stays loaded for later exports (the role fonts); a fallback font used for a
 * rare character is loaded for this subset only. Throws when HarfBuzz cannot cut it.
 */
export function subsetFont(bytes: Uint8Array, text: string, postscriptName?: string, keep = true): Uint8Array {
  if (keep) return cut(face(bytes, postscriptName), text);
  const once = newFace(bytes, postscriptName);
  try {
    return cut(once.face, text);
  } finally {
    once.release();
  }
}

function cut(f: number, text: string): Uint8Array {
  const h = harfbuzz();
  const input = h.hb_subset_input_create_or_fail();
  if (!input) throw new Error('hb_subset_input_create_or_fail failed');
  try {
    const unicodes = h.hb_subset_input_unicode_set(input);
    for (const ch of new Set(text)) h.hb_set_add(unicodes, ch.codePointAt(0)!);
    h.hb_set_clear(h.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG));
    const drop = h.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const t of DROPPED_TABLES) h.hb_set_add(drop, tag(t));
    const out = h.hb_subset_or_fail(f, input);
    if (!out) throw new Error('hb_subset_or_fail failed');
    const blob = h.hb_face_reference_blob(out);
    const data = h.hb_blob_get_data(blob, 0);
    const bytesOut = new Uint8Array(h.memory.buffer).slice(data, data + h.hb_blob_get_length(blob));
    h.hb_blob_destroy(blob);
    h.hb_face_destroy(out);
    return bytesOut;
  } finally {
    h.hb_subset_input_destroy(input);
  }
}
