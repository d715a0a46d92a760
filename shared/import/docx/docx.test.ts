import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ALL_CELLS } from '../../schema/index.ts';
import type { SourceBlock, SourceCell } from '../source.ts';
import { readDocx } from './index.ts';
import { ORIGINALS } from '../../../test/fixtures/corpus.ts';
import { expectFileError } from '../../../test/fixtures/file-error.ts';
import { consistentReport } from '../../../test/fixtures/consistent-report.ts';
import { buildDocx, documentXml, p, tc } from '../../../test/fixtures/docx-build.ts';
import { importFile } from '../index.ts';
import { DOCX_FIXTURES } from '../../../test/fixtures/make-docx-fixtures.ts';

const load = (path: string) => new Uint8Array(readFileSync(path));
const tables = (blocks: SourceBlock[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b.rows] : []));
const texts = (rows: SourceCell[][]) => rows.map((r) => r.map((c) => c.text));

/** The value cells of the statutory tables in reading order: cells of rows that end in numbers-to-be. */
function valueCells(rows: SourceCell[][], labelCols: (row: SourceCell[]) => number): string[] {
  return rows.flatMap((r) => r.slice(labelCols(r)).map((c) => c.text));
}

describe('readDocx on the real WPS blank template', () => {
  it('reads three tables with their merges, every value cell empty', async () => {
    const doc = await readDocx(load(join(ORIGINALS, 'template_zhengwugongkai_nianbao.docx')));
    expect(doc.format).toBe('docx');
    const [t2, t3, t4] = tables(doc.blocks);
    expect(tables(doc.blocks)).toHaveLength(3);
    expect(t2).toHaveLength(14);
    expect(t2![0]).toEqual([{ text: '第二十条第（一）项', rowSpan: 1, colSpan: 4 }]);
    expect(texts(t2!)[3]).toEqual(['行政规范性文件', '', '', '']);
    expect(t2![6]).toEqual([{ text: '行政许可', rowSpan: 1, colSpan: 1 }, { text: '', rowSpan: 1, colSpan: 3 }]);
    expect(t3).toHaveLength(28);
    expect(t3![0]![0]).toMatchObject({ rowSpan: 3, colSpan: 3 });
    const results = t3![5]![0]!;
    expect(results).toEqual({ text: '三、本年度办理结果', rowSpan: 22, colSpan: 1 });
    expect(t3![7]![0]).toMatchObject({ text: '（三）不予公开', rowSpan: 8 });
    // Rows under a vertical merge start with the next label, then the 7 value cells.
    expect(texts(t3!)[8]).toEqual(['2.其他法律行政法规禁止公开', '', '', '', '', '', '', '']);
    expect(t4).toHaveLength(4);
    expect(t4![3]).toHaveLength(15);
    const values = [...texts(t2!).flat(), ...texts(t3!).slice(3).flat(), ...texts(t4!)[3]!].filter((t) => t === '');
    expect(values.length).toBeGreaterThanOrEqual(200);
    expect(doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toContain('三、收到和处理政府信息公开申请情况');
  });
});

describe('readDocx on the template filled the way a clerk does', () => {
  it('gives every typed number in its cell, in the schema order', async () => {
    const report = consistentReport();
    const doc = await readDocx(load(join(DOCX_FIXTURES, 'filled-template.docx')));
    const [t2, t3, t4] = tables(doc.blocks);
    const got = [
      ...valueCells(t2!.filter((r) => r.length > 1 && !r[0]!.text.startsWith('信息内容')), () => 1),
      ...valueCells(t3!.slice(3), (r) => r.length - 7),
      ...texts(t4!)[3]!,
    ];
    expect(got).toEqual(ALL_CELLS.map((c) => report.cells[c.address]!.raw));
    const paras = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
    expect(paras[0]).toBe('示例县青石镇人民政府2026年政府信息公开工作年度报告');
    expect(paras).toContain('（二）依申请公开。本年度共收到政府信息公开申请15件，均在法定期限内答复。');
    expect(paras.some((t) => t.includes('文字描述'))).toBe(false);
  });

  it('leaves the cells the clerk did not fill empty', async () => {
    const doc = await readDocx(load(join(DOCX_FIXTURES, 'filled-template-partial.docx')));
    const t4 = tables(doc.blocks)[2]!;
    expect(texts(t4)[3]).toEqual(Array(15).fill(''));
    expect(texts(tables(doc.blocks)[0]!)[6]).toEqual(['行政许可', '2365']);
  });
});

describe('readDocx on the structures naive readers get wrong', () => {
  it('resolves vMerge, gridBefore/gridAfter, hMerge, content controls, tracked changes and nested tables', async () => {
    const doc = await readDocx(load(join(DOCX_FIXTURES, 'tricky.docx')));
    const paras = doc.blocks.filter((b) => b.kind === 'paragraph');
    expect(paras.slice(0, 8)).toEqual([
      { kind: 'paragraph', text: '示例市某某局2025年政府信息公开工作年度报告', style: 'Title' },
      { kind: 'paragraph', text: '总体情况', style: 'Heading 1' },
      { kind: 'paragraph', text: '控件中的段落' },
      { kind: 'paragraph', text: '智能标记之后' },
      { kind: 'paragraph', text: '保留插入的字' },
      { kind: 'paragraph', text: '甲\t乙\n丙' },
      { kind: 'paragraph', text: '（一）主动公开' },
      { kind: 'paragraph', text: '（二）依申请公开' },
    ]);
    const [t, nested] = tables(doc.blocks);
    expect(t).toEqual([
      [{ text: '纵向合并', rowSpan: 3, colSpan: 1 }, { text: '横向', rowSpan: 1, colSpan: 2 }, { text: '末列', rowSpan: 1, colSpan: 1 }],
      [1, 2, 3].map((n) => ({ text: String(n), rowSpan: 1, colSpan: 1 })),
      [4, 5, 6].map((n) => ({ text: String(n), rowSpan: 1, colSpan: 1 })),
      ['', '前空一格', '控件单元格', ''].map((text) => ({ text, rowSpan: 1, colSpan: 1 })),
      [{ text: '旧式合并', rowSpan: 1, colSpan: 2 }, { text: '7', rowSpan: 1, colSpan: 1 }, { text: '8', rowSpan: 1, colSpan: 1 }],
    ]);
    // The one-cell frame around a heading and a table is layout: its content comes out as blocks.
    expect(texts(nested!)).toEqual([['内层', '10']]);
    expect(paras.map((b) => b.text)).toContain('外框表格中的标题');
  });

  it('reads a text box once (DrawingML and its VML fallback are the same box), before the paragraph it is anchored in', async () => {
    const dml = (inner: string) => `<w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${inner}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
    const vml = (inner: string) => `<w:pict><v:shape><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></v:shape></w:pict>`;
    const body = [
      `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps">${dml(p('文本框中的标题'))}</mc:Choice><mc:Fallback>${vml(p('文本框中的标题'))}</mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>锚定的段落</w:t></w:r></w:p>`,
      `<w:p><w:r>${vml(p('旧式文本框') + '<w:tbl><w:tr>' + tc('框中表格') + '</w:tr></w:tbl>')}</w:r></w:p>`,
      `<w:p><w:del><w:r>${vml(p('删除的文本框'))}</w:r></w:del><w:r><w:t>删除之后</w:t></w:r></w:p>`,
    ].join('');
    const doc = await readDocx(buildDocx({ 'word/document.xml': documentXml(body) }));
    expect(doc.blocks.filter((b) => b.kind === 'table' || b.text !== '')).toEqual([
      { kind: 'paragraph', text: '文本框中的标题' },
      { kind: 'paragraph', text: '锚定的段落' },
      { kind: 'paragraph', text: '旧式文本框' },
      { kind: 'table', rows: [[{ text: '框中表格', rowSpan: 1, colSpan: 1 }]] },
      { kind: 'paragraph', text: '删除之后' },
    ]);
  });

  it('finds the unit and year of a report whose title WPS drew in a text box', async () => {
    const bytes = load(join(DOCX_FIXTURES, 'filled-template.docx'));
    const files = unzipSync(bytes);
    const xml = strFromU8(files['word/document.xml']!);
    const at = xml.indexOf('示例县青石镇人民政府');
    const start = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
    const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
    const title = xml.slice(start, end);
    expect(title).toMatch(/^<w:p[ >]/);
    const boxed = `<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>${title}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`;
    files['word/document.xml'] = strToU8(xml.slice(0, start) + boxed + xml.slice(end));
    const { report } = await importFile('标题在文本框中.docx', zipSync(files));
    expect(report.unit.name).toBe('示例县青石镇人民政府');
    expect(report.year).toBe(2026);
  });

  it('reads a document whose WordprocessingML prefix is not w:', async () => {
    const body = '<ns0:p><ns0:r><ns0:t>前缀不同</ns0:t></ns0:r></ns0:p>';
    const doc = await readDocx(buildDocx({ 'word/document.xml': documentXml(body, 'ns0') }));
    expect(doc.blocks).toEqual([{ kind: 'paragraph', text: '前缀不同' }]);
  });
});

const failure = (bytes: Uint8Array) => expectFileError(readDocx(bytes, '上年报告.docx'));

describe('readDocx refuses what it cannot read, in Chinese', () => {
  it('explains how to save an old .doc/.wps (OLE) file as .docx', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(504).fill(0)]);
    const e = await failure(ole);
    expect(e.message).toContain('另存为');
    expect(e.message).toContain('Word 文档 (*.docx)');
    expect(e.message).toContain('WPS');
  });

  it('tells an Excel workbook, an image and an empty file apart', async () => {
    expect((await failure(zipSync({ 'xl/workbook.xml': new TextEncoder().encode('<workbook/>') }))).message).toContain('Excel');
    expect((await failure(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).message).toContain('图片');
    expect((await failure(new Uint8Array(0))).code).toBe('empty');
  });

  it('reports malformed XML and a truncated archive', async () => {
    expect((await failure(buildDocx({ 'word/document.xml': documentXml(p('未闭合') + '<w:p>') }))).message).toContain('XML');
    const good = buildDocx({ 'word/document.xml': documentXml(p('正文')) });
    expect((await failure(good.subarray(0, good.length - 30))).message).toContain('损坏');
  });

  it('stops a zip bomb by the real inflated size, whatever the header declares', async () => {
    const huge = new Uint8Array(80 * 1024 * 1024).fill(0x20);
    const bomb = zipSync({ 'word/document.xml': huge }, { level: 9 });
    // Lie in the headers: declare 100 bytes uncompressed, in the local header and the central directory.
    for (let i = 0; i + 4 <= bomb.length; i++) {
      const sig = bomb[i]! | (bomb[i + 1]! << 8) | (bomb[i + 2]! << 16) | (bomb[i + 3]! << 24);
      if (sig === 0x04034b50) bomb.set([100, 0, 0, 0], i + 22);
      if (sig === 0x02014b50) bomb.set([100, 0, 0, 0], i + 24);
    }
    const e = await failure(bomb);
    expect(e.message).toContain('过大');
  });
});
