import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxDocument } from './docx.ts';
import { sampleReport } from '../../test/fixtures/sample-report.ts';
import { FONT_ROLES, type FontRole } from '../../shared/export/layout.ts';
import { buildDocModel } from '../../shared/export/model.ts';
import { GRID_MARKER, NORMAL_STYLE, finishStyles } from '../../shared/export/docx-package.ts';

const names = Object.fromEntries(FONT_ROLES.map((r) => [r, '仿宋_GB2312'])) as Record<FontRole, string>;
const measure = { textWidth: (_role: FontRole, text: string, size: number) => [...text].length * size };

/** styles.xml exactly as the docx library writes it for our document, before the rewrite. */
async function libraryStyles(): Promise<string> {
  const bytes = new Uint8Array(await Packer.toArrayBuffer(docxDocument(buildDocModel(sampleReport()), { fontNames: names, measure })));
  return strFromU8(unzipSync(bytes)['word/styles.xml']!);
}

const styleOf = (xml: string, id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`, 's').exec(xml)?.[0] ?? '';

describe('the one rewrite of the docx library’s styles.xml', () => {
  it('still finds what it rewrites in the library’s output: the bare Normal style, and grid styles whose paragraph properties lack the switches', async () => {
    const xml = await libraryStyles();
    expect(xml).toContain(NORMAL_STYLE);
    for (const id of ['NbBody', 'NbHeading', 'NbSubheading', 'NbTitle', 'NbGap', 'NbBreak', 'NbTablesec3']) {
      expect(styleOf(xml, id), id).toContain(GRID_MARKER);
      expect(styleOf(xml, id), id).not.toMatch(/<w:pPr>.*(autoSpaceDE|overflowPunct|<w:snapToGrid).*<\/w:pPr>/s);
    }
  });

  it('turns off grid snapping, automatic spacing and hanging punctuation on every paragraph style, in the schema’s order, and gives Normal the body size', async () => {
    const xml = finishStyles(await libraryStyles(), 32);
    expect(styleOf(xml, 'NbBody')).toContain('<w:pPr><w:widowControl/><w:overflowPunct w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:snapToGrid w:val="0"/><w:spacing ');
    const marked = xml.match(/<w:style [^>]*>.*?<\/w:style>/gs)!.filter((s) => s.includes(GRID_MARKER));
    expect(marked.length).toBeGreaterThan(6);
    for (const s of marked) expect(s).toContain('<w:snapToGrid w:val="0"/><w:spacing ');
    expect(styleOf(xml, 'Normal')).toContain('<w:rPr><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>');
  });

  it('refuses, rather than write a document LibreOffice sets 14 characters a line, when the library’s output has changed', async () => {
    const xml = await libraryStyles();
    expect(() => finishStyles(xml.replace(NORMAL_STYLE, NORMAL_STYLE.replace('<w:qFormat/>', '')), 32)).toThrow(/docx library has changed/);
    expect(() => finishStyles(xml.replaceAll('<w:spacing w:after', '<w:spacing2 w:after'), 32)).toThrow(/docx library has changed/);
  });
});
