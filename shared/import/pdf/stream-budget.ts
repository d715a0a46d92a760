/**
 * A PDF's compressed streams measured before pdf.js reads them. pdf.js inflates a content stream whole
 * and has no limit to set: a 1 MB file whose stream inflates to 1 GB took half a minute and gigabytes
 * before the read boundary's memory watch stopped it (issue #26 case 4). Here each Flate stream is
 * inflated as a stream, counting, and dropped; past the budget the file is refused at once. The
 * budgets are far above what a report holds: a page's text is kilobytes, and an A4 page scanned at
 * 600 dpi in colour, stored as Flate, about 100 MB.
 */
import { FileError, readFailureMessage } from '../../file/errors.ts';

export const STREAM_BUDGET = { perStream: 128 * 1024 * 1024, total: 512 * 1024 * 1024 };

const STREAM = /stream\r?\n/g;

class OverBudget extends Error {}

/** The web platform's inflater (browsers, and Node as a global), typed here: shared/ is compiled without the DOM library. */
interface Inflater {
  writable: { getWriter(): { write(b: Uint8Array): Promise<void>; close(): Promise<void> } };
  readable: { getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(): Promise<void> } };
}
const Decompression = (globalThis as unknown as { DecompressionStream: new (format: 'deflate') => Inflater }).DecompressionStream;

/** Whether the dictionary just before `at` (the `stream` keyword) names the Flate filter. */
function isFlate(text: string, at: number): boolean {
  const dict = text.slice(Math.max(0, at - 1024), at);
  const open = dict.lastIndexOf('<<');
  return open >= 0 && /\/(FlateDecode|Fl)\b/.test(dict.slice(open));
}

/**
 * Bytes one Flate stream (bytes[from, end)) inflates to, counted up to `cap` (then OverBudget). A damaged
 * stream counts what it gave. DecompressionStream is native in browsers and in Node (a pure-JS inflater
 * took 11 s to reach 128 MB).
 */
async function inflatedSize(bytes: Uint8Array, from: number, end: number, cap: number): Promise<number> {
  const inflate = new Decompression('deflate');
  const writer = inflate.writable.getWriter();
  // The writes are not awaited: the reader below pulls, and a damaged stream rejects them (ignored).
  void writer.write(bytes.slice(from, end)).catch(() => undefined);
  void writer.close().catch(() => undefined);
  const reader = inflate.readable.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || !value) return size;
      size += value.length;
      if (size > cap) {
        void reader.cancel().catch(() => undefined);
        throw new OverBudget();
      }
    }
  } catch (e) {
    if (e instanceof OverBudget) throw e;
    return size; // not deflate data, or trailing bytes after the stream's end: what was inflated is the stream
  }
}

/** Refuses a PDF whose streams inflate past the budget, with the boundary's own message. */
export async function checkStreamBudget(bytes: Uint8Array, name = ''): Promise<void> {
  // latin1: one character per byte, so string offsets are byte offsets.
  const text = new TextDecoder('latin1').decode(bytes);
  let total = 0;
  try {
    for (const m of text.matchAll(STREAM)) {
      if (m.index > 0 && text[m.index - 1] === 'd') continue; // "endstream\n"
      if (!isFlate(text, m.index)) continue;
      const from = m.index + m[0].length;
      const end = text.indexOf('endstream', from);
      total += await inflatedSize(bytes, from, end < 0 ? bytes.length : end, Math.min(STREAM_BUDGET.perStream, STREAM_BUDGET.total - total));
    }
  } catch (e) {
    if (e instanceof OverBudget) throw new FileError('too-big', readFailureMessage('too-big', name || '这个文件'));
    throw e;
  }
}
