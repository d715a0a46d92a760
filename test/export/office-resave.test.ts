/**
 * Our Word document as it comes back after an office suite saved it: the leader edits it in WPS or
 * LibreOffice and saves (.docx again, .odt by LibreOffice's default, a web page or a PDF for the website),
 * or an office system hands it out as Word 2003 XML or RTF named .doc, or an old PC saves it as Word 97–2003 .doc.
 * Each read back gives the report's every number, its unit and year and its paragraphs.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderExport } from '../../electron/export/index.ts';
import { wordBinaryText } from '../../electron/files/word-binary-text.ts';
import { importFile } from '../../shared/import/index.ts';
import { getCell } from '../../shared/report/cells.ts';
import type { Report } from '../../shared/report/model.ts';
import { ALL_CELLS } from '../../shared/schema/index.ts';
import { randomReport } from '../fixtures/random-report.ts';
import { sampleReport } from '../fixtures/sample-report.ts';
import { libreOfficeConvert } from '../../test/export/poppler.ts';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-resave-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REPORTS: [string, Report][] = [
  ['sample', sampleReport()],
  ['random-1', randomReport(101)],
  ['random-2', randomReport(202)],
];

const paragraphs = (r: Report) => Object.values(r.sections).flatMap((s) => s.paragraphs.map((p) => p.text));

describe('办公软件另存后的报告仍能完整读回', () => {
  it.each<[string, string]>([
    ['LibreOffice 另存为 .docx', 'docx:MS Word 2007 XML'],
    ['LibreOffice 默认的 .odt', 'odt'],
    ['LibreOffice 另存为网页', 'html'],
    ['LibreOffice 导出 PDF（网站发布时常这样转换）', 'pdf'],
    ['Word 2003 XML 存成的 .doc（办公系统“导出 Word”常见的文件）', 'xml:MS Word 2003 XML'],
    ['旧版 Word 97–2003 的 .doc', 'doc:MS Word 97'],
    ['RTF 存成的 .doc', 'rtf'],
  ])('%s：每个数字、单位和年度、各段正文', async (_what, to) => {
    const sources = await Promise.all(
      REPORTS.map(async ([name, r]) => {
        const file = join(dir, `${name}.docx`);
        writeFileSync(file, (await renderExport(r, 'docx')).bytes);
        return file;
      }),
    );
    const saved = libreOfficeConvert(sources, dir, to);
    for (const [i, [name, r]] of REPORTS.entries()) {
      // An office system names its Word XML or RTF .doc; Word and WPS open it by its content.
      const asNamed = saved[i]!.split('/').pop()!.replace(/\.(xml|rtf)$/, '.doc');
      const back = (await importFile(asNamed, new Uint8Array(readFileSync(saved[i]!)), { wordBinary: wordBinaryText })).report;
      const wrong = ALL_CELLS.filter((d) => getCell(back, d.address).value !== getCell(r, d.address).value).map((d) => d.address);
      expect(wrong, name).toEqual([]);
      expect([back.unit.name, back.year], name).toEqual([r.unit.name, r.year]);
      expect(paragraphs(back), name).toEqual(paragraphs(r));
    }
  }, 300_000);
});
