import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { serializeReport } from '../../shared/file/codec.ts';
import type { Report } from '../../shared/report/model.ts';
import { sec2Address, sec3Address } from '../../shared/schema/index.ts';
import { cellFromNumber } from '../../shared/values/parse.ts';
import { consistentReport } from '../../test/fixtures/consistent-report.ts';
import { useTempDir } from '../../test/fixtures/temp-dir.ts';
import { FileService } from '../files/file-service.ts';
import { createApi } from './create-api.ts';
import type { Platform } from './platform.ts';
import { TOO_LARGE_IN_LIST } from '../../shared/file/size-limit.ts';

const tmp = useTempDir('nianbao-batch-api-');

function unit(name: string, licensing: number): Report {
  const r = consistentReport();
  r.unit.name = name;
  r.cells[sec2Address('licensing')] = cellFromNumber(licensing);
  return r;
}

/** The desktop's dialogs answered: the folder to review and where exports go. */
function api(folder: string | null) {
  const platform: Platform = {
    name: 'electron',
    chooseReport: async () => null,
    chooseFolder: async () => folder,
    keepUpload: async () => null,
    chooseTarget: async (name, ext) => join(tmp.path, `${name}${ext}`),
    whenLocked: async () => null,
    fileUrl: () => undefined,
    showPdf: async () => ({}),
  };
  return createApi({ files: new FileService({ dataDir: join(tmp.path, 'data') }), platform, version: 't' });
}

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('批量审核 through the API', () => {
  it('desktop: the chosen folder reviewed; a unit opens where it is; findings and 汇总表 exported; a unit with table errors stops the sum unless forced', async () => {
    const dir = join(tmp.path, '各单位');
    await mkdir(join(dir, '乡镇'), { recursive: true });
    await writeFile(join(dir, '乡镇', '甲.nianbao'), serializeReport(unit('示例区甲镇人民政府', 10)));
    const wrong = unit('示例区乙局', 20);
    wrong.cells[sec3Address('granted', 0)] = cellFromNumber(99);
    await writeFile(join(dir, '乙.nianbao'), serializeReport(wrong));
    await writeFile(join(dir, '坏.nianbao'), '{"format":');
    const nianbao = api(dir);
    const review = (await nianbao.reviewFolder())!;
    expect(review.name).toBe('各单位');
    // Sorted as Chinese readers sort: by pinyin (乡 xiāng before 乙 yǐ).
    expect(review.entries.map((e) => e.file)).toEqual(['坏.nianbao', '乡镇/甲.nianbao', '乙.nianbao']);
    expect(review.entries[0]!.findings[0]!.rule).toBe('unreadable');
    expect(review.sum.included.map((i) => [i.unit, i.tableErrors > 0])).toEqual([
      ['示例区甲镇人民政府', false],
      ['示例区乙局', true],
    ]);
    expect(review.sum.excluded.map((e) => e.file)).toEqual(['坏.nianbao']);

    const opened = await nianbao.openBatchReport(review.id, 1);
    expect(opened.file?.name).toBe('甲.nianbao');
    expect(opened.report.unit.name).toBe('示例区甲镇人民政府');
    await expect(nianbao.openBatchReport(review.id, 0)).rejects.toThrow('无法打开');

    const findings = (await nianbao.exportBatch(review.id, 'findings', false))!;
    expect(findings.file?.name).toBe('各单位批量审核结果.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(tmp.path, findings.file!.name));
    expect(wb.getWorksheet('审核结果')!.rowCount).toBeGreaterThan(3);

    await expect(nianbao.exportBatch(review.id, 'sumXlsx', false)).rejects.toThrow('示例区乙局的表格有错误');
    const sum = (await nianbao.exportBatch(review.id, 'sumXlsx', true))!;
    const sumBook = new ExcelJS.Workbook();
    await sumBook.xlsx.readFile(join(tmp.path, sum.file!.name));
    const rows = sumBook.getWorksheet('汇总')!.getSheetValues() as unknown[][];
    expect(rows.find((r) => r?.[4] === sec2Address('licensing'))![3]).toBe(30);
    const docx = (await nianbao.exportBatch(review.id, 'sumDocx', true))!;
    expect(docx.file!.name.endsWith('.docx')).toBe(true);
    expect((await readFile(join(tmp.path, docx.file!.name))).subarray(0, 2).toString()).toBe('PK');
  }, 60_000);

  it('desktop: no folder chosen is no review', async () => {
    expect(await api(null).reviewFolder()).toBeNull();
  });

  it('web: the picked folder arrives in parts, is reviewed in path order; a file too large is one entry; an old id is refused in Chinese', async () => {
    const web = api(null);
    const first = await web.batchUpload(null, [{ path: '乙/b.nianbao', data: b64(serializeReport(unit('示例区乙局', 5))) }]);
    const same = await web.batchUpload(first, [
      { path: 'a.nianbao', data: b64(serializeReport(unit('示例区甲镇人民政府', 7))) },
      { path: '大.pdf', data: null },
    ]);
    expect(same).toBe(first);
    const review = (await web.reviewFolder({ batch: first, name: '上传的文件夹' }))!;
    expect(review.entries.map((e) => e.file)).toEqual(['大.pdf', '乙/b.nianbao', 'a.nianbao']);
    expect(review.entries[0]!.findings[0]!.message).toBe(TOO_LARGE_IN_LIST);
    const opened = await web.openBatchReport(review.id, 1);
    expect(opened).toMatchObject({ file: null, name: 'b.nianbao', report: { unit: { name: '示例区乙局' } } });
    await expect(web.batchUpload(first, [])).rejects.toThrow('请重新选择文件夹');
    await expect(web.reviewFolder({ batch: first, name: 'x' })).rejects.toThrow('请重新选择文件夹');
    const next = (await web.reviewFolder({ batch: await web.batchUpload(null, []), name: '空' }))!;
    expect(next.entries).toEqual([]);
    await expect(web.openBatchReport(review.id, 0)).rejects.toThrow('请重新选择文件夹');
  });
});
