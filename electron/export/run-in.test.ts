/**
 * Sub-headings run in to their paragraph when the report says so (「（一）主动公开。本年度……」), in
 * the sub-heading's font, in the PDF and in LibreOffice's rendering of the DOCX; on their own line
 * by default.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocModel, runInLead } from '../../shared/export/model.ts';
import type { Report } from '../../shared/report/model.ts';
import { sampleReport } from '../../test/fixtures/sample-report.ts';
import { libreOfficeToPdfs, pdfLines, tempDir, writeTemp } from '../../test/export/poppler.ts';
import { zipEntry } from '../../test/export/zip.ts';
import { renderExportWith } from './index.ts';

function report(subheadings?: 'runIn' | 'ownLine'): Report {
  const r = sampleReport();
  if (subheadings) r.layout = { subheadings };
  return r;
}

const files: Record<string, string> = {};
let docx: Uint8Array;

beforeAll(async () => {
  const dir = tempDir();
  docx = (await renderExportWith(report('runIn'), 'docx', { dirs: [] })).bytes;
  files.pdf = writeTemp(dir, 'runin.pdf', (await renderExportWith(report('runIn'), 'pdf', { dirs: [] })).bytes);
  files.own = writeTemp(dir, 'own.pdf', (await renderExportWith(report(), 'pdf', { dirs: [] })).bytes);
  files.lo = libreOfficeToPdfs([writeTemp(dir, 'runin.docx', docx)], dir)[0]!;
}, 300_000);

describe('sub-headings', () => {
  it('stand as their own blocks by default, and become the lead of their first paragraph when run in', () => {
    const own = buildDocModel(report()).blocks;
    expect(own.filter((b) => b.type === 'subheading').map((b) => b.text)).toContain('（一）主动公开');
    const runIn = buildDocModel(report('runIn')).blocks;
    expect(runIn.filter((b) => b.type === 'subheading')).toEqual([]);
    const led = runIn.filter((b) => b.type === 'paragraph' && b.lead);
    expect(led.map((b) => (b as { lead: string }).lead)).toContain('（一）主动公开。');
    expect(runInLead('（一）主动公开情况。')).toBe('（一）主动公开情况。');
    expect(runInLead('（二）依申请公开：')).toBe('（二）依申请公开：');
  });

  for (const [name, key] of [
    ['PDF', 'pdf'],
    ['DOCX in LibreOffice', 'lo'],
  ] as const) {
    it(`run in: the text goes on after 「（一）主动公开。」 on the same line (${name})`, () => {
      const line = pdfLines(files[key]!).find((l) => l.text.startsWith('（一）主动公开'));
      expect(line?.text).toMatch(/^（一）主动公开。本年度/);
    });
  }

  it('on their own line by default (PDF)', () => {
    expect(pdfLines(files.own!).find((l) => l.text.startsWith('（一）主动公开'))?.text).toBe('（一）主动公开');
  });

  it('print the run-in words in the sub-heading font inside the body paragraph (DOCX)', () => {
    const xml = zipEntry(docx, 'word/document.xml');
    const para = /<w:p>(?:(?!<\/w:p>).)*?（一）主动公开。(?:(?!<\/w:p>).)*<\/w:p>/s.exec(xml)?.[0] ?? '';
    expect(para).toContain('<w:pStyle w:val="NbBody"/>');
    expect(para).toMatch(/w:eastAsia="楷体_GB2312"[^]*?（一）主动公开。/);
    expect(para).toContain('本年度');
  });
});
