/**
 * Reads named entries of a .docx (a zip) with fflate's inflater, guarded against zip bombs: the
 * entry count, each entry's real (not declared) inflated size and the total are capped while
 * inflating, so a lying header cannot make us allocate or loop past the caps. fflate because it is
 * small, dependency-free, fast and runs unchanged in Node and the browser (the docx exporter already
 * pulls it in).
 */
import { Inflate } from 'fflate';
import { FileError } from '../../file/errors.ts';
import { who } from '../sniff.ts';

export const ZIP_LIMITS = {
  /** A real report .docx has a few dozen entries; an embedded-image-heavy one a few hundred. */
  maxEntries: 5000,
  /**
   * document.xml of a long report is ~1 MB; 12 MB leaves room for reports pasted from the web with heavy
   * markup. Parsed XML costs ~40× its size in memory: 30 MB took 1.1–1.5 GB (issue #26 case 4).
   */
  maxEntryBytes: 12 * 1024 * 1024,
  maxTotalBytes: 24 * 1024 * 1024,
};

interface Entry {
  method: number;
  compressedSize: number;
  offset: number;
}

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;

function broken(name: string | undefined): FileError {
  return new FileError('invalid', `文件已损坏：${who(name)}是 Word 文档（.docx），但其压缩包结构已损坏，可能下载不完整。请重新下载或在 Word/WPS 中打开后另存为 .docx`);
}

function tooBig(name: string | undefined): FileError {
  return new FileError('invalid', `${who(name)}解压后过大，不像年度报告文档，已停止读取（可能是损坏或恶意构造的文件）`);
}

function centralDirectory(bytes: Uint8Array, name: string | undefined): Map<string, Entry> {
  let eocd = -1;
  // The end record sits in the last 22 + 65535 (comment) bytes.
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 0xffff; i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw broken(name);
  const count = u16(bytes, eocd + 10);
  let p = u32(bytes, eocd + 16);
  if (count === 0xffff || p === 0xffffffff) throw tooBig(name); // ZIP64: no report needs it
  if (count > ZIP_LIMITS.maxEntries) throw tooBig(name);
  const entries = new Map<string, Entry>();
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw broken(name);
    const method = u16(bytes, p + 10);
    const compressedSize = u32(bytes, p + 20);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const offset = u32(bytes, p + 42);
    if (p + 46 + nameLen > bytes.length) throw broken(name);
    const entryName = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    entries.set(entryName.replace(/\\/g, '/').replace(/^\//, ''), { method, compressedSize, offset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function inflateCapped(data: Uint8Array, cap: number, name: string | undefined): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > cap) throw tooBig(name);
    chunks.push(chunk);
  });
  // Small pushes bound how far one step can overshoot the cap (deflate expands at most ~1032×).
  const STEP = 16 * 1024;
  try {
    for (let i = 0; i < data.length; i += STEP) inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof FileError) throw e;
    throw broken(name);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The wanted entries that exist (absent ones are simply missing from the map). */
export function readZipEntries(bytes: Uint8Array, wanted: readonly string[], name?: string): Map<string, Uint8Array> {
  const dir = centralDirectory(bytes, name);
  const out = new Map<string, Uint8Array>();
  let budget = ZIP_LIMITS.maxTotalBytes;
  for (const w of wanted) {
    const e = dir.get(w);
    if (!e) continue;
    const p = e.offset;
    if (p + 30 > bytes.length || u32(bytes, p) !== 0x04034b50) throw broken(name);
    const start = p + 30 + u16(bytes, p + 26) + u16(bytes, p + 28);
    const end = start + e.compressedSize;
    if (end > bytes.length) throw broken(name);
    const raw = bytes.subarray(start, end);
    let data: Uint8Array;
    if (e.method === 0) data = raw;
    else if (e.method === 8) data = inflateCapped(raw, Math.min(ZIP_LIMITS.maxEntryBytes, budget), name);
    else throw broken(name);
    if (data.length > ZIP_LIMITS.maxEntryBytes || data.length > budget) throw tooBig(name);
    budget -= data.length;
    out.set(w, data);
  }
  return out;
}
