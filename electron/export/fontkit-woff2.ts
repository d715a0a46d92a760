/**
 * The one place nianbao relies on an internal of a library, because no public way exists: fontkit
 * loads brotli's WOFF2 decoder as it loads, and brotli then parses a 750 KB dictionary (~20–60 ms of a
 * first export in a fresh process). Our fonts are TrueType/OpenType, never WOFF2, so fontkit is handed
 * a stand-in — an entry in require.cache, which Node documents as writable — that loads the real
 * decoder the first time a WOFF2 font is decoded.
 *
 * What this knows of fontkit 2.0.4 (package.json pins that version exactly): its CommonJS build
 * requires `brotli/decompress.js` from its own folder and calls it as `(buffer, decompressedSize)`;
 * and of brotli 1.3, that decompress.js is dec/decode.js's BrotliDecompressBuffer.
 * fontkit-woff2.test.ts decodes a WOFF2 font through the stand-in and fails when any of that changes.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

/** The fontkit this stand-in was written against; package.json's `fontkit` is exactly this. */
export const FONTKIT_VERSION = '2.0.4';

/** The module fontkit requires for WOFF2, resolved from fontkit's own folder. */
export const BROTLI_DECODER = 'brotli/decompress.js';

const require = createRequire(import.meta.url);

/** Plants the stand-in before fontkit is first required (pdfkit loads the same fontkit); harmless when too late. */
export function deferWoff2Decoder(): void {
  let fromFontkit: NodeJS.Require;
  let path: string;
  try {
    fromFontkit = createRequire(require.resolve('fontkit'));
    path = fromFontkit.resolve(BROTLI_DECODER);
  } catch {
    return;
  }
  if (require.cache[path]) return;
  const decode = (buffer: Uint8Array, size?: number): Uint8Array =>
    (fromFontkit('brotli/dec/decode.js') as { BrotliDecompressBuffer(b: Uint8Array, n?: number): Uint8Array }).BrotliDecompressBuffer(buffer, size);
  require.cache[path] = { id: path, filename: path, path: dirname(path), loaded: true, exports: decode, children: [], paths: [] } as unknown as NodeJS.Module;
}
