/**
 * Bytes of a text file → text, whatever Windows saved it as: UTF-8 (with or without BOM), UTF-16 (Notepad's
 * "Unicode"), or GB18030/GBK (Notepad's "ANSI" on a Chinese system). Then text → a source document with
 * one paragraph block per line, as the importer expects of text.
 */
import type { SourceDocument } from './source.ts';

function decodeWith(label: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 without a BOM: every other byte of ASCII text is zero. */
function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 2000) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  if (oddZero > n / 8 && evenZero === 0) return 'utf-16le';
  if (evenZero > n / 8 && oddZero === 0) return 'utf-16be';
  return null;
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: string } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const t = decodeWith('utf-8', bytes.subarray(3), true);
    return t === null ? null : { text: t, encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const u16 = utf16Guess(bytes);
  if (u16) return { text: new TextDecoder(u16).decode(bytes), encoding: u16 };
  const utf8 = decodeWith('utf-8', bytes, true);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const gb = decodeWith('gb18030', bytes, true);
  if (gb !== null) return { text: gb, encoding: 'gb18030' };
  return null;
}

/** Control characters other than tab/newline mean the bytes are not text (a binary file renamed .txt). */
export function looksLikeText(text: string): boolean {
  if (!text) return true;
  const sample = text.slice(0, 20000);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / sample.length < 0.01;
}

export function textToSource(text: string): SourceDocument {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\f/g, '\n').split('\n');
  return { format: 'text', blocks: lines.map((line) => ({ kind: 'paragraph', text: line })) };
}
