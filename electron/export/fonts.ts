/**
 * The font for each role of the layout: the official face when this computer has it, otherwise the
 * bundled OFL fallback. Files are read once per process; exports reuse the bytes.
 */
import { close, existsSync, fstatSync, openSync, read } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_FONTS, type BundledFont } from '../../shared/export/font-credits.ts';
import { FONT_ROLES, OFFICIAL_FONTS, type FontRole } from '../../shared/export/layout.ts';
import type { FontStandIn } from '../../shared/export/font-stand-ins.ts';
import { defaultFontDirs, listFontFiles, matchFallbackFonts, matchOfficialFonts, type FoundFont } from './font-files.ts';

export interface ResolvedFont {
  /** The name the DOCX gives Word/WPS. */
  docxFamily: string;
  /** Shown to the clerk. */
  label: string;
  path: string;
  bytes: Uint8Array;
  /** Face inside a .ttc collection. */
  postscriptName?: string;
  official: boolean;
}

export type FontSet = Record<FontRole, ResolvedFont>;

const BUNDLED: Record<FontRole, BundledFont> = {
  // 小标宋 is a heavy Song face: a bold serif looks like it; 黑体 is a plain sans of regular weight.
  title: BUNDLED_FONTS.serifBold,
  heading: BUNDLED_FONTS.sans,
  subheading: BUNDLED_FONTS.kai,
  body: BUNDLED_FONTS.serif,
  table: BUNDLED_FONTS.serif,
  pageNumber: BUNDLED_FONTS.serif,
};

/**
 * resources/fonts of the checkout (found from this module's folder upwards, so bundles at any depth
 * in the repository find it), or beside the packaged app.
 */
export function bundledFontDir(): string {
  const candidates: string[] = [];
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++, dir = dirname(dir)) candidates.push(join(dir, 'resources', 'fonts'));
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) candidates.push(join(resourcesPath, 'fonts'), join(resourcesPath, 'resources', 'fonts'));
  return candidates.find((d) => existsSync(join(d, BUNDLED.body.file))) ?? candidates[2]!;
}

/**
 * A whole file in one read on libuv's thread pool, started before this returns: the thread that
 * asked is free meanwhile (fs.readFile reads 512 KB a turn, each turn waiting for that thread).
 */
function readWhole(path: string): Promise<Uint8Array> {
  let fd: number;
  let size: number;
  try {
    fd = openSync(path, 'r');
    size = fstatSync(fd).size;
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
  const buf = new Uint8Array(size);
  return new Promise<Uint8Array>((resolve, reject) => {
    const from = (at: number) =>
      read(fd, buf, at, size - at, at, (err, n) => {
        if (!err && n > 0 && at + n < size) return from(at + n);
        close(fd, () => {});
        if (err) reject(err);
        else resolve(at + n === size ? buf : buf.subarray(0, at + n));
      });
    from(0);
  });
}

const bytesCache = new Map<string, Promise<Uint8Array>>();

function fontBytes(path: string): Promise<Uint8Array> {
  let p = bytesCache.get(path);
  if (!p) {
    p = readWhole(path);
    p.catch(() => bytesCache.delete(path));
    bytesCache.set(path, p);
  }
  return p;
}

export interface ResolveOptions {
  /** Font folders to search; [] uses only the bundled fonts (tests, reference images). */
  dirs?: readonly string[];
  /**
   * Whether an installed font is usable (parses, maps Unicode Chinese): some old 仿宋_GB2312 files
   * carry only a GB2312-encoded character map. Unusable fonts are replaced by the bundled ones.
   */
  usable?: (font: ResolvedFont) => boolean;
}

const scanCache = new Map<string, Promise<string[]>>();
/** The official fonts found, by folders, once the scan is done. */
const scanned = new Map<string, Partial<Record<FontRole, FoundFont>>>();

function fontFiles(dirs: readonly string[]): Promise<string[]> {
  const key = dirs.join('\n');
  let p = scanCache.get(key);
  if (!p) {
    p = listFontFiles(dirs);
    scanCache.set(key, p);
  }
  return p;
}

function scan(dirs: readonly string[]): Promise<Partial<Record<FontRole, FoundFont>>> {
  return fontFiles(dirs).then((files) => {
    const found = matchOfficialFonts(files);
    scanned.set(dirs.join('\n'), found);
    return found;
  });
}

/**
 * Looks through the font folders (once per process). Afterwards resolveFonts starts reading the
 * font files before it first yields, so the caller can do other work while they are read.
 */
export async function scanFonts(opts: ResolveOptions = {}): Promise<void> {
  await scan(opts.dirs ?? defaultFontDirs());
}

/**
 * The installed fonts that may draw characters the role fonts lack, read only when an export
 * needs one (a rare name character); unreadable ones are skipped.
 */
export async function resolveFallbacks(opts: ResolveOptions = {}): Promise<ResolvedFont[]> {
  const found = matchFallbackFonts(await fontFiles(opts.dirs ?? defaultFontDirs()));
  const out: ResolvedFont[] = [];
  for (const hit of found) {
    try {
      const font: ResolvedFont = { docxFamily: hit.candidate.family, label: hit.candidate.family, path: hit.path, bytes: await fontBytes(hit.path), official: false };
      if (hit.candidate.postscriptName) font.postscriptName = hit.candidate.postscriptName;
      out.push(font);
    } catch {
      // An unreadable font is no fallback.
    }
  }
  return out;
}

export async function resolveFonts(opts: ResolveOptions = {}): Promise<FontSet> {
  const dirs = opts.dirs ?? defaultFontDirs();
  const official = scanned.get(dirs.join('\n')) ?? (await scan(dirs));
  const dir = bundledFontDir();
  const entries = await Promise.all(
    FONT_ROLES.map(async (role): Promise<[FontRole, ResolvedFont]> => {
      const hit = official[role];
      if (hit) {
        try {
          const font: ResolvedFont = {
            docxFamily: hit.candidate.family,
            label: `${hit.candidate.family}（本机字体）`,
            path: hit.path,
            bytes: await fontBytes(hit.path),
            official: true,
          };
          if (hit.candidate.postscriptName) font.postscriptName = hit.candidate.postscriptName;
          if (!opts.usable || opts.usable(font)) return [role, font];
        } catch {
          // An unreadable or unparsable system font: fall through to the bundled one.
        }
      }
      const b = BUNDLED[role];
      const path = join(dir, b.file);
      return [
        role,
        { docxFamily: OFFICIAL_FONTS[role][0]!, label: `${b.label}（内置替代字体）`, path, bytes: await fontBytes(path), official: false },
      ];
    }),
  );
  return Object.fromEntries(entries) as FontSet;
}

/** Each role whose official font this computer lacks, with the bundled font that stands in (for the export dialog). */
export function standIns(fonts: FontSet): FontStandIn[] {
  return FONT_ROLES.filter((role) => !fonts[role].official).map((role) => ({ role, official: fonts[role].docxFamily, standIn: BUNDLED[role].label }));
}

/** The official name each role asks for, and what stands in for it here when it is missing. */
function substitutes(fonts: FontSet): Map<string, string> {
  return new Map(standIns(fonts).map((s) => [s.official, s.standIn]));
}

/**
 * PDF, in one line: the official fonts used, or which stand-ins replaced which missing fonts
 * 「本机缺少官方字体，已用替代字体：方正小标宋简体→思源宋体 Noto Serif SC Bold；…」.
 */
export function describeFonts(fonts: FontSet): string[] {
  const subs = substitutes(fonts);
  if (!subs.size) return [`使用本机官方字体：${[...new Set(FONT_ROLES.map((r) => fonts[r].docxFamily))].join('、')}`];
  const byStandIn = new Map<string, string[]>();
  for (const [official, standIn] of subs) byStandIn.set(standIn, [...(byStandIn.get(standIn) ?? []), official]);
  return [`本机缺少官方字体，已用替代字体：${[...byStandIn].map(([standIn, names]) => `${names.join('、')}→${standIn}`).join('；')}`];
}

/** DOCX, in one line: the file names the official fonts; which of them this computer lacks. */
export function describeDocxFonts(fonts: FontSet): string[] {
  const named = [...new Set(FONT_ROLES.map((r) => fonts[r].docxFamily))].join('、');
  const missing = [...substitutes(fonts).keys()];
  return [`文件中写明官方字体（${named}）${missing.length ? `；本机缺少${missing.join('、')}，在本机打开时显示为替代字体` : ''}`];
}
