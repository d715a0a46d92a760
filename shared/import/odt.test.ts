import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importTruth, tableFacts } from '../../test/fixtures/import-truth.ts';
import { renderReport } from '../../test/fixtures/report-text.ts';
import { FileError } from '../file/errors.ts';
import { importFile } from './index.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A report as LibreOffice writes it to content.xml: the section headings as text:h, the prose as text:p
 * (its indent as text:s, spans inside), each table as table:table with its header rows apart, a blank
 * cell repeated by count, and an empty row repeated at its end (as a saved table often has).
 */
function odtOf(text: string, titleBox?: 'in a paragraph' | 'on the page'): Uint8Array {
  const body: string[] = [];
  let rows: string[][] = [];
  const flush = () => {
    if (!rows.length) return;
    const row = (cells: string[]) => {
      const out: string[] = [];
      for (let i = 0; i < cells.length; i++) {
        let n = 1;
        while (cells[i] === '' && cells[i + n] === '') n++;
        if (cells[i] === '' && n > 1) {
          out.push(`<table:table-cell table:number-columns-repeated="${n}"/>`);
          i += n - 1;
        } else out.push(`<table:table-cell><text:p><text:span>${esc(cells[i]!)}</text:span></text:p></table:table-cell>`);
      }
      return `<table:table-row>${out.join('')}</table:table-row>`;
    };
    body.push(`<table:table><table:table-header-rows>${row(rows[0]!)}</table:table-header-rows>${rows.slice(1).map(row).join('')}<table:table-row table:number-rows-repeated="1000"><table:table-cell/></table:table-row></table:table>`);
    rows = [];
  };
  for (const line of text.split('\n')) {
    if (line.includes('\t')) rows.push(line.split('\t'));
    else {
      flush();
      if (!line.trim()) continue;
      // The title drawn as a text box: in a frame anchored in an empty paragraph, or anchored to the page.
      const box = `<draw:frame text:anchor-type="${titleBox === 'on the page' ? 'page' : 'paragraph'}"><draw:text-box><text:p>${esc(line)}</text:p></draw:text-box></draw:frame>`;
      if (titleBox && !body.length) body.push(titleBox === 'on the page' ? box : `<text:p>${box}</text:p>`);
      else if (/^[一二三四五六]、/.test(line)) body.push(`<text:h text:outline-level="1">${esc(line)}</text:h>`);
      else body.push(`<text:p><text:s text:c="2"/>${esc(line)}</text:p>`);
    }
  }
  flush();
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"><office:body><office:text>${body.join('')}</office:text></office:body></office:document-content>`;
  return zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }], 'content.xml': strToU8(content) });
}

describe('OpenDocument 文本（.odt，LibreOffice 默认保存的格式）', () => {
  it('标题、各部分正文和三张表都读出，与原报告一致', async () => {
    const truth = importTruth();
    const { report, format } = await importFile('上年报告.odt', odtOf(renderReport(truth, 'tab')));
    expect(format).toBe('odt');
    expect(report.unit.name).toBe(truth.unit.name);
    expect(report.year).toBe(truth.year);
    expect(tableFacts(report)).toEqual(tableFacts(truth));
    expect(report.sections.overview.paragraphs.map((p) => p.text)).toEqual(truth.sections.overview.paragraphs.map((p) => p.text));
  });

  it('标题画在文本框里（锚定在段落中或页面上）：单位和年度照样读出', async () => {
    const truth = importTruth();
    for (const where of ['in a paragraph', 'on the page'] as const) {
      const { report } = await importFile('标题在文本框中.odt', odtOf(renderReport(truth, 'tab'), where));
      expect(report.unit.name, where).toBe(truth.unit.name);
      expect(report.year, where).toBe(truth.year);
      expect(tableFacts(report)).toEqual(tableFacts(truth));
    }
  });

  it('不是文本文档的 OpenDocument（如 .ods 表格）：说明不是 Word 文档', async () => {
    const ods = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<office:document-content/>') });
    const e = await importFile('表格.ods', ods).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(FileError);
    expect((e as FileError).message).toContain('不是 Word 文档');
  });

  it('content.xml 损坏：说明已损坏，不崩溃', async () => {
    const bad = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<office:document-content><office:body>') });
    const e = await importFile('坏的.odt', bad).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(FileError);
    expect((e as FileError).message).toContain('已损坏');
  });
});
