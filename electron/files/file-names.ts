/**
 * File names the app chooses for the clerk: a suggested name made safe for every file system we ship
 * to (Windows forbids more than Linux), and a free variant 「年报（1）.docx」 so nothing is overwritten
 * silently and a file held open by Word/WPS can be saved beside itself.
 */
import { access } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

// eslint-disable-next-line no-control-regex -- Windows forbids control characters in file names
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/g;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
/**
 * Bidirectional-text controls (U+202E turns 「年报‮fdp.exe」 into what reads as 「年报exe.pdf」),
 * zero-width characters and BOMs: they make a name look like another, so names never carry them.
 */
export const DECEPTIVE_CHARS = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

export function hasDeceptiveChars(name: string): boolean {
  return new RegExp(DECEPTIVE_CHARS.source).test(name);
}

/** A bare file name with extension `ext` (e.g. '.nianbao'); folders and forbidden characters are dropped. */
export function safeFileName(suggested: string, ext: string, fallback = '年度报告'): string {
  const bare = basename(suggested.replace(/\\/g, '/'));
  let stem = bare.toLowerCase().endsWith(ext.toLowerCase()) ? bare.slice(0, -ext.length) : bare;
  stem = stem.replace(FORBIDDEN, '').replace(DECEPTIVE_CHARS, '').replace(/[. ]+$/, '').replace(/^[. ]+/, '').trim();
  if (!stem || RESERVED.test(stem)) stem = fallback;
  // Stay well inside Windows' 255-character name limit (Chinese names count characters, not bytes).
  if (stem.length > 120) stem = stem.slice(0, 120);
  return `${stem}${ext}`;
}

/** 「年报.docx」 → 「年报（n）.docx」. */
export function numberedName(name: string, n: number): string {
  const ext = extname(name);
  return `${name.slice(0, name.length - ext.length)}（${n}）${ext}`;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** `path` itself if nothing is there, else the first free 「名（n）.ext」 beside it. */
export async function freePath(path: string): Promise<string> {
  if (!(await exists(path))) return path;
  return nextFreePath(path);
}

/** The first free 「名（n）.ext」 beside `path`, for when `path` itself cannot be written. */
export async function nextFreePath(path: string): Promise<string> {
  const dir = dirname(path);
  const name = basename(path);
  for (let n = 1; n < 10000; n++) {
    const candidate = join(dir, numberedName(name, n));
    if (!(await exists(candidate))) return candidate;
  }
  throw new Error(`no free name for ${name}`);
}
