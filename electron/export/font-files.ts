/**
 * Finding the official 公文 fonts on this computer by file name (parsing every installed font would
 * cost seconds): Windows, the usual Linux folders, and UOS/Kylin, which ship the CESI and 方正 faces.
 */
import { readdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import type { FontRole } from '../../shared/export/layout.ts';

export interface FontCandidate {
  /** Family name as Word/WPS know it; the DOCX names it. */
  family: string;
  /** File names (lower case, no folder) that hold this face. */
  files: RegExp;
  /** Face inside a .ttc collection. */
  postscriptName?: string;
}

/** 宋体 for tables and page numbers. */
const SONG: readonly FontCandidate[] = [
  { family: '宋体', files: /^simsun\.ttc$/, postscriptName: 'SimSun' },
  { family: '宋体', files: /^(simsun|宋体)\.(ttf|otf)$/ },
  { family: '方正书宋_GBK', files: /^(方正书宋_gbk|fzssk)\.(ttf|otf)$/ },
  { family: 'CESI宋体-GB2312', files: /^cesi_ss_gb2312\.(ttf|otf)$/ },
];

/** Per role, in order of preference: the GB2312 face the standard names, then its common successors. */
export const OFFICIAL_CANDIDATES: Record<FontRole, readonly FontCandidate[]> = {
  title: [
    { family: '方正小标宋简体', files: /^(方正小标宋简体|fzxbsjw|fzxiaobiaosong-b05s?)([-_].*)?\.(ttf|otf)$/ },
    { family: '方正小标宋_GBK', files: /^(方正小标宋_gbk|fzxbsk)\.(ttf|otf)$/ },
    { family: 'CESI小标宋-GB2312', files: /^cesi_xbs_gb2312\.(ttf|otf)$/ },
  ],
  heading: [
    { family: '黑体', files: /^(simhei|黑体)\.(ttf|otf)$/ },
    { family: '方正黑体_GBK', files: /^(方正黑体_gbk|fzhtk)\.(ttf|otf)$/ },
    { family: 'CESI黑体-GB2312', files: /^cesi_ht_gb2312\.(ttf|otf)$/ },
  ],
  subheading: [
    { family: '楷体_GB2312', files: /^(楷体_gb2312|kaiti_gb2312|simkai_gb2312)\.(ttf|otf)$/ },
    { family: '楷体', files: /^(simkai|楷体)\.(ttf|otf)$/ },
    { family: '方正楷体_GBK', files: /^(方正楷体_gbk|fzktk)\.(ttf|otf)$/ },
    { family: 'CESI楷体-GB2312', files: /^cesi_kt_gb2312\.(ttf|otf)$/ },
  ],
  body: [
    { family: '仿宋_GB2312', files: /^(仿宋_gb2312|fangsong_gb2312|fs_gb2312|simfang_gb2312)\.(ttf|otf)$/ },
    { family: '仿宋', files: /^(simfang|仿宋)\.(ttf|otf)$/ },
    { family: '方正仿宋_GBK', files: /^(方正仿宋_gbk|fzfsk)\.(ttf|otf)$/ },
    { family: 'CESI仿宋-GB2312', files: /^cesi_fs_gb2312\.(ttf|otf)$/ },
  ],
  table: SONG,
  pageNumber: SONG,
};

/** Where Windows, Debian/UOS/Kylin and per-user installs keep fonts. */
export function defaultFontDirs(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string[] {
  if (platform === 'win32') {
    const dirs = [join(env.WINDIR ?? env.SystemRoot ?? 'C:\\Windows', 'Fonts')];
    if (env.LOCALAPPDATA) dirs.push(join(env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts'));
    return dirs;
  }
  const home = homedir();
  const dirs = ['/usr/share/fonts', '/usr/local/share/fonts', join(home, '.local/share/fonts'), join(home, '.fonts')];
  // WPS for Linux (UOS, Kylin) may carry fonts of its own.
  dirs.push('/opt/kingsoft/wps-office/office6/fonts', '/usr/share/wps-office/fonts');
  if (platform === 'darwin') dirs.push('/Library/Fonts', '/System/Library/Fonts', join(home, 'Library/Fonts'));
  return dirs;
}

const FONT_FILE = /\.(ttf|otf|ttc)$/i;
const MAX_DEPTH = 5;

/** Every font file under the folders (missing folders are skipped). */
export async function listFontFiles(dirs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  async function walk(dir: string, depth: number): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    await Promise.all(
      entries.map(async (e) => {
        const p = join(dir, e.name);
        if (e.isDirectory() && depth < MAX_DEPTH) await walk(p, depth + 1);
        else if ((e.isFile() || e.isSymbolicLink()) && FONT_FILE.test(e.name)) out.push(p);
      }),
    );
  }
  await Promise.all(dirs.map((d) => walk(d, 0)));
  return out.sort();
}

export interface FoundFont {
  candidate: FontCandidate;
  path: string;
}

/** The most preferred official face installed for each role, if any. */
export function matchOfficialFonts(files: readonly string[]): Partial<Record<FontRole, FoundFont>> {
  const byName = new Map<string, string>();
  for (const f of files) if (!byName.has(basename(f).toLowerCase())) byName.set(basename(f).toLowerCase(), f);
  const found: Partial<Record<FontRole, FoundFont>> = {};
  for (const [role, candidates] of Object.entries(OFFICIAL_CANDIDATES) as [FontRole, FontCandidate[]][]) {
    for (const candidate of candidates) {
      const hit = [...byName].find(([name]) => candidate.files.test(name));
      if (hit) {
        found[role] = { candidate, path: hit[1] };
        break;
      }
    }
  }
  return found;
}

/**
 * Fonts that draw what the official ones lack (rare CJK Extension B characters in names, symbols),
 * in order of preference: Windows' Extension B faces, HanaMin, then the Noto CJK and LXGW faces of
 * Linux desktops, then symbol fonts for emoji-like characters.
 */
export const FALLBACK_CANDIDATES: readonly FontCandidate[] = [
  { family: 'SimSun-ExtB', files: /^simsunb\.ttf$/ },
  { family: 'MingLiU-ExtB', files: /^mingliub\.ttc$/, postscriptName: 'MingLiU-ExtB' },
  { family: 'HanaMinB', files: /^hanaminb\.(ttf|otf)$/ },
  { family: 'HanaMinA', files: /^hanamina\.(ttf|otf)$/ },
  { family: 'Noto Serif CJK SC', files: /^notoserifcjk-regular\.ttc$/, postscriptName: 'NotoSerifCJKsc-Regular' },
  { family: 'Noto Serif CJK SC', files: /^notoserifcjksc-regular\.otf$/ },
  { family: 'Noto Sans CJK SC', files: /^notosanscjk-regular\.ttc$/, postscriptName: 'NotoSansCJKsc-Regular' },
  { family: 'LXGW WenKai', files: /^lxgwwenkai-regular\.ttf$/ },
  { family: 'Segoe UI Symbol', files: /^seguisym\.ttf$/ },
  { family: 'Noto Emoji', files: /^notoemoji-regular\.ttf$/ },
  { family: 'DejaVu Sans', files: /^dejavusans\.ttf$/ },
];

/** The fallback fonts installed, in order of preference. */
export function matchFallbackFonts(files: readonly string[]): FoundFont[] {
  const byName = new Map<string, string>();
  for (const f of files) if (!byName.has(basename(f).toLowerCase())) byName.set(basename(f).toLowerCase(), f);
  return FALLBACK_CANDIDATES.flatMap((candidate) => {
    const hit = [...byName].find(([name]) => candidate.files.test(name));
    return hit ? [{ candidate, path: hit[1] }] : [];
  });
}
