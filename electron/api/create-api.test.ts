import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeReport } from '../../shared/file/codec.ts';
import { LockedError } from '../../shared/file/errors.ts';
import { blankReport } from '../../shared/report/blank.ts';
import { OFFICIAL_FONTS } from '../../shared/export/layout.ts';
import { resolveFonts } from '../export/fonts.ts';
import { useTempDir } from '../../test/fixtures/temp-dir.ts';
import { FileService } from '../files/file-service.ts';
import { createApi } from './create-api.ts';
import type { Platform } from './platform.ts';

const tmp = useTempDir('nianbao-api-');

/** A platform whose "dialogs" answer from `answers` and which records what it was asked to show. */
function testPlatform(answers: { target?: string | null; keep?: boolean; folder?: string | null; ledger?: string | null } = {}) {
  const shown: string[] = [];
  const platform: Platform = {
    name: 'web',
    chooseReport: async (what) => (what === 'ledger' && answers.ledger ? [answers.ledger] : null),
    chooseFolder: async () => answers.folder ?? null,
    keepUpload: async (name, bytes) => {
      if (!answers.keep) return null;
      const { writeFile } = await import('node:fs/promises');
      await writeFile(join(tmp.path, name), bytes);
      return join(tmp.path, name);
    },
    chooseTarget: async (name, ext) => (answers.target === undefined ? join(tmp.path, `${name}${ext}`) : answers.target),
    whenLocked: async () => null,
    fileUrl: (path) => `/file/${encodeURIComponent(path)}`,
    showPdf: async (path) => (shown.push(path), { url: '/viewer' }),
  };
  return { platform, shown };
}

const report = () => blankReport({ unit: '某某镇人民政府', kind: 'township', year: 2025 });
const upload = (name: string, text: string) => ({ name, data: Buffer.from(text).toString('base64') });

describe('the one API implementation', () => {
  it('several files opened at once must be the page images of one scan: an image with a text file gets the message, nothing read', async () => {
    const files = new FileService({ dataDir: join(tmp.path, 'data') });
    const api = createApi({ files, platform: testPlatform().platform, version: 't' });
    const png = { name: '第1页.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]).toString('base64') };
    await expect(api.open([png, upload('上年报告.txt', '某某镇人民政府2024年政府信息公开工作年度报告')], 'task-00000001')).rejects.toThrow(
      '“上年报告.txt”不是图片，请单独打开它',
    );
    expect(await api.scanProgress('task-00000001')).toBeNull();
  });

  it('an export target held by Word: the platform is offered the free name beside it and the export goes there; declined, the clerk gets the message', async () => {
    const files = new FileService({ dataDir: join(tmp.path, 'data') });
    const target = join(tmp.path, '年报.docx');
    const write = files.writeExport.bind(files);
    files.writeExport = async (path, bytes) => (path === target ? Promise.reject(new LockedError('文件“年报.docx”正被其他程序占用', join(tmp.path, '年报（1）.docx'))) : write(path, bytes));
    const asked: [string, string, string][] = [];
    const { platform } = testPlatform();
    const offer = (answer: boolean): Platform => ({ ...platform, whenLocked: async (path, alternative, message) => (asked.push([path, alternative, message]), answer ? alternative : null) });
    const taken = await createApi({ files, platform: offer(true), version: 't' }).exportReport(report(), 'docx', '年报');
    expect(asked).toEqual([[target, join(tmp.path, '年报（1）.docx'), '文件“年报.docx”正被其他程序占用']]);
    expect(taken?.file?.name).toBe('年报（1）.docx');
    await expect(createApi({ files, platform: offer(false), version: 't' }).exportReport(report(), 'docx', '年报')).rejects.toThrow('正被其他程序占用');
  });

  it('readLedger reads the ledger the platform chose, or the page uploaded; an .xls gets the message to save it as .xlsx', async () => {
    const files = new FileService({ dataDir: join(tmp.path, 'data') });
    const { writeFile } = await import('node:fs/promises');
    const csv = '编号,收到日期,申请人类型,办理结果,办结日期\nA1,2024-03-18,公民,予以公开,2024-04-01\n';
    await writeFile(join(tmp.path, '台账.csv'), csv);
    const chosen = createApi({ files, platform: testPlatform({ ledger: join(tmp.path, '台账.csv') }).platform, version: 't' });
    expect((await chosen.readLedger())?.sheets[0]!.rows[1]).toEqual(['A1', '2024-03-18', '公民', '予以公开', '2024-04-01']);
    const api = createApi({ files, platform: testPlatform().platform, version: 't' });
    expect(await api.readLedger()).toBeNull();
    expect((await api.readLedger(upload('台账.csv', csv)))?.name).toBe('台账.csv');
    await expect(api.readLedger({ name: '台账.xls', data: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]).toString('base64') })).rejects.toThrow(/另存为/);
  });

  it('saveAs writes where the platform chose; a cancelled choice writes nothing', async () => {
    const files = new FileService({ dataDir: join(tmp.path, 'data') });
    const api = createApi({ files, platform: testPlatform().platform, version: 't' });
    const ref = await api.saveAs(report(), '年报');
    expect(ref?.name).toBe('年报.nianbao');
    expect(await readFile(join(tmp.path, '年报.nianbao'), 'utf8')).toContain('某某镇人民政府');
    const cancelled = createApi({ files, platform: testPlatform({ target: null }).platform, version: 't' });
    expect(await cancelled.saveAs(report(), '另一个')).toBeNull();
    expect(await cancelled.exportReport(report(), 'docx', '另一个')).toBeNull();
    expect((await readdir(tmp.path)).filter((n) => n.startsWith('另一个'))).toEqual([]);
  });

  it('exportFonts names, for each role whose standard font this computer lacks, the bundled font an export uses instead', async () => {
    const files = new FileService({ dataDir: join(tmp.path, 'data') });
    const standIns = await createApi({ files, platform: testPlatform().platform, version: 't' }).exportFonts();
    const fonts = await resolveFonts();
    // The same roles the export itself fills with bundled fonts, each under the standard name it stands in for.
    expect(standIns.map((s) => s.role)).toEqual((Object.keys(OFFICIAL_FONTS) as (keyof typeof OFFICIAL_FONTS)[]).filter((r) => !fonts[r].official));
    for (const s of standIns) {
      expect(OFFICIAL_FONTS[s.role]).toContain(s.official);
      expect(fonts[s.role].label).toContain(s.standIn);
    }
  }, 30_000);

  it('print renders the PDF into the app’s print folder and hands it to the platform to show', async () => {
    const files = new FileService({ dataDir: join(tmp.path, 'data') });
    const { platform, shown } = testPlatform();
    const res = await createApi({ files, platform, version: 't' }).print(report());
    expect(res.url).toBe('/viewer');
    expect(res.fonts.length).toBeGreaterThan(0);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.startsWith(join(tmp.path, 'data', 'print'))).toBe(true);
    expect((await readFile(shown[0]!)).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('an uploaded report is kept only where the platform keeps it; facts JSON is never kept', async () => {
    const files = new FileService({ dataDir: join(tmp.path, 'data') });
    const text = serializeReport(report());
    const desktop = createApi({ files, platform: testPlatform({ keep: false }).platform, version: 't' });
    expect(await desktop.open(upload('甲.nianbao', text))).toMatchObject({ file: null, report: { unit: { name: '某某镇人民政府' } } });
    const web = createApi({ files, platform: testPlatform({ keep: true }).platform, version: 't' });
    expect(await web.open(upload('乙.nianbao', text))).toMatchObject({ file: { name: '乙.nianbao' } });
    expect(await web.open(upload('../../丙.nianbao', text))).toMatchObject({ file: { name: '丙.nianbao' } });
    expect(await web.info()).toEqual({ version: 't', platform: 'web' });
  });

  it('an uploaded document brings every flag of its import to the review: paragraphs and the unit’s kind, not only cells', async () => {
    const files = new FileService({ dataDir: join(tmp.path, 'data') });
    const web = createApi({ files, platform: testPlatform({ keep: true }).platform, version: 't' });
    const text = ['示例县青石镇人民政府2025年政府信息公开工作年度报告', '一、总体情况', '本年度主动公开信息120条。', '七、其他需要报告的事项', '无。'].join('\n');
    const res = (await web.open(upload('上年报告.txt', text)))!;
    expect(res.file).toBeNull();
    expect(res.flags).toContainEqual(expect.objectContaining({ field: 'unitKind' }));
    expect(res.flags).toContainEqual(expect.objectContaining({ paragraph: { section: 'other', index: 0 } }));
  });
});
