/**
 * The glyph check: characters no font draws (CJK Extension B, emoji) are drawn by an installed
 * fallback font or listed with where they stand; XML-illegal characters never reach the DOCX.
 */
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../test/fixtures/sample-report.ts';
import { libreOfficeToPdf, pdfFonts, pdfText, tempDir, writeTemp } from '../../test/export/poppler.ts';
import { zipEntry } from '../../test/export/zip.ts';
import { systemFontFile } from '../../test/system/packages.ts';
import { checkGlyphs, renderExportWith } from './index.ts';

function odd() {
  const r = sampleReport();
  r.unit.name = '示例县𠮷祥镇人民政府';
  r.sections.overview.paragraphs[0]!.text = '本年度😀共收到\uffff申请，电话0517-83605210。';
  return r;
}

// fonts-noto-cjk, which this test's vitest project needs (test/system/packages.ts), has Extension B characters such as 𠮷.
const NOTO_CJK = systemFontFile('Noto Serif CJK SC')!;

describe('glyph check', () => {
  it('lists Extension B characters, emoji and U+FFFF with where they stand when no font draws them', async () => {
    const list = await checkGlyphs(odd(), { dirs: [] });
    expect(list).toEqual(
      expect.arrayContaining([
        { char: '\uffff', where: '一、总体情况 第1段' },
        { char: '𠮷', where: '标题' },
        { char: '😀', where: '一、总体情况 第1段' },
      ]),
    );
    const pdf = await renderExportWith(odd(), 'pdf', { dirs: [] });
    expect(pdf.fonts.join('\n')).toMatch(/无法打印.*U\+FFFF：一、总体情况 第1段.*𠮷（U\+20BB7）：标题.*😀（U\+1F600）/);
  });

  it('draws an Extension B character with an installed CJK font instead', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-fallback-'));
    symlinkSync(NOTO_CJK, join(dir, basename(NOTO_CJK)));
    const list = await checkGlyphs(odd(), { dirs: [dir] });
    expect(list.map((u) => u.char)).not.toContain('𠮷');
    const file = writeTemp(tempDir(), 'x.pdf', (await renderExportWith(odd(), 'pdf', { dirs: [dir] })).bytes);
    expect(pdfText(file)).toContain('示例县𠮷祥镇人民政府');
    expect(pdfFonts(file).map((f) => f.name).join(' ')).toContain('NotoSerifCJK');
  });

  it('never writes an XML-illegal character into the DOCX, and keeps telephone numbers whole', async () => {
    const docx = (await renderExportWith(odd(), 'docx', { dirs: [] })).bytes;
    const xml = zipEntry(docx, 'word/document.xml');
    expect([...xml].some((ch) => ch === '\uffff' || ch.charCodeAt(0) < 9)).toBe(false);
    expect(xml).toContain('<w:t xml:space="preserve">本年度😀共收到申请，电话</w:t></w:r><w:r><w:rPr><w:lang w:val="en-US" w:eastAsia="en-US"/></w:rPr><w:t xml:space="preserve">0517-\u206083605210</w:t>');
    const dir = tempDir();
    const lo = libreOfficeToPdf(writeTemp(dir, 'x.docx', docx), dir);
    expect(pdfText(lo)).toContain('本年度');
  }, 120_000);
});
