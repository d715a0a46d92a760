import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultFontDirs, listFontFiles, matchOfficialFonts } from './font-files.ts';
import { bundledFontDir, describeDocxFonts, describeFonts, resolveFonts, standIns } from './fonts.ts';
import { fontUsable, parsedFont } from './font-metrics.ts';

describe('font discovery', () => {
  it('knows the Windows and Linux (UOS/Kylin included) font folders', () => {
    expect(defaultFontDirs({ WINDIR: 'D:\\Windows', LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32')).toEqual([
      join('D:\\Windows', 'Fonts'),
      join('C:\\Users\\a\\AppData\\Local', 'Microsoft', 'Windows', 'Fonts'),
    ]);
    const linux = defaultFontDirs({}, 'linux');
    expect(linux).toContain('/usr/share/fonts');
    expect(linux).toContain('/usr/local/share/fonts');
  });

  it('prefers the GB2312 faces, then their successors, by file name', () => {
    const windows = ['C:/Windows/Fonts/simfang.ttf', 'C:/Windows/Fonts/SIMHEI.TTF', 'C:/Windows/Fonts/simkai.ttf', 'C:/Windows/Fonts/simsun.ttc'];
    const found = matchOfficialFonts([...windows, 'C:/Windows/Fonts/仿宋_GB2312.ttf', 'C:/Windows/Fonts/FZXBSJW.TTF']);
    expect(found.body?.candidate.family).toBe('仿宋_GB2312');
    expect(found.heading?.candidate.family).toBe('黑体');
    expect(found.subheading?.candidate.family).toBe('楷体');
    expect(found.title?.candidate.family).toBe('方正小标宋简体');
    expect(found.table).toMatchObject({ candidate: { family: '宋体', postscriptName: 'SimSun' } });
    const uos = matchOfficialFonts(['/usr/share/fonts/fonts-cesi/CESI_FS_GB2312.TTF', '/usr/share/fonts/fonts-cesi/CESI_XBS_GB2312.TTF']);
    expect(uos.body?.candidate.family).toBe('CESI仿宋-GB2312');
    expect(uos.title?.candidate.family).toBe('CESI小标宋-GB2312');
    expect(uos.heading).toBeUndefined();
    const kylin = matchOfficialFonts(['/usr/share/fonts/truetype/founder/FZFSK.TTF', '/usr/share/fonts/truetype/founder/FZXBSJW--GB1-0.ttf']);
    expect(kylin.body?.candidate.family).toBe('方正仿宋_GBK');
    expect(kylin.title?.candidate.family).toBe('方正小标宋简体');
  });

  it('uses an installed official font and the bundled ones for the rest, and says which', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-fonts-'));
    mkdirSync(join(dir, 'truetype', 'win'), { recursive: true });
    // Any real font file will do: discovery goes by file name.
    symlinkSync(join(bundledFontDir(), 'NotoSansSC-Regular.ttf'), join(dir, 'truetype', 'win', 'simhei.ttf'));
    expect(await listFontFiles([dir, join(dir, 'missing')])).toEqual([join(dir, 'truetype', 'win', 'simhei.ttf')]);
    const fonts = await resolveFonts({ dirs: [dir] });
    expect(fonts.heading).toMatchObject({ official: true, docxFamily: '黑体' });
    expect(fonts.body).toMatchObject({ official: false, docxFamily: '仿宋_GB2312' });
    // One short line that names each stand-in and what it replaces; 黑体 is installed, so not listed.
    expect(describeFonts(fonts)).toEqual([
      '本机缺少官方字体，已用替代字体：方正小标宋简体→思源宋体 Noto Serif SC Bold；楷体_GB2312→年报楷体（霞鹜文楷 GB2312 子集）；仿宋_GB2312、宋体→思源宋体 Noto Serif SC',
    ]);
    expect(describeDocxFonts(fonts)[0]).toContain('本机缺少方正小标宋简体、楷体_GB2312、仿宋_GB2312、宋体');
    // What the export dialog names, role by role: 黑体 is here, the rest stand in.
    expect(standIns(fonts).map((s) => `${s.role}:${s.official}→${s.standIn}`)).toEqual([
      'title:方正小标宋简体→思源宋体 Noto Serif SC Bold',
      'subheading:楷体_GB2312→年报楷体（霞鹜文楷 GB2312 子集）',
      'body:仿宋_GB2312→思源宋体 Noto Serif SC',
      'table:宋体→思源宋体 Noto Serif SC',
      'pageNumber:宋体→思源宋体 Noto Serif SC',
    ]);
    // A font that cannot draw Chinese is not used.
    const refused = await resolveFonts({ dirs: [dir], usable: (f) => !f.path.endsWith('simhei.ttf') });
    expect(refused.heading).toMatchObject({ official: false, docxFamily: '黑体' });
    expect(fontUsable({ ...fonts.heading, bytes: new Uint8Array([0, 1, 0, 0, 9, 9]) })).toBe(false);
    expect(fontUsable(fonts.heading)).toBe(true);
  });

  it('parses each font once per process', async () => {
    const fonts = await resolveFonts({ dirs: [] });
    expect(parsedFont(fonts.body.bytes)).toBe(parsedFont(fonts.table.bytes));
    expect(parsedFont(fonts.body.bytes)).not.toBe(parsedFont(fonts.heading.bytes));
    expect(parsedFont(fonts.subheading.bytes).postscriptName).toBe('NianbaoKai-Regular');
  });
});
