/**
 * The corpus reports (test/corpus: published reports as text) and the three published PDFs,
 * imported and exported: LibreOffice draws each DOCX on our PDF's pages, with the same table rows
 * on each page, nothing drawn over anything and every table number whole (issue #21).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, it } from 'vitest';
import { renderExportWith } from '../../electron/export/index.ts';
import { buildDocModel } from '../../shared/export/model.ts';
import { importFile } from '../../shared/import/index.ts';
import { CORPUS, ORIGINALS } from '../fixtures/corpus.ts';
import { libreOfficeToPdfs, tempDir, writeTemp } from '../../test/export/poppler.ts';
import { expectSameLayout } from './page-words.ts';

const files = [
  ...readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => join(CORPUS, f)),
  ...readdirSync(ORIGINALS).filter((f) => f.endsWith('.pdf')).map((f) => join(ORIGINALS, f)),
];
const done = new Map<string, { pdf: string; lo: string; numbers: string[] }>();

beforeAll(async () => {
  const dir = tempDir();
  const docx: string[] = [];
  for (const file of files) {
    const name = file.replace(/^.*\//, '').replace(/\.\w+$/, '');
    const { report } = await importFile(file.replace(/^.*\//, ''), new Uint8Array(readFileSync(file)));
    const numbers = buildDocModel(report).blocks.flatMap((b) => (b.type === 'table' ? b.table.rows.flat().filter((x) => x.isValue && x.text).map((x) => x.text) : []));
    const pdf = writeTemp(dir, `${name}.pdf`, (await renderExportWith(report, 'pdf', { dirs: [] })).bytes);
    docx.push(writeTemp(dir, `${name}.docx`, (await renderExportWith(report, 'docx', { dirs: [] })).bytes));
    done.set(file, { pdf, lo: '', numbers });
  }
  console.log(`corpus-layout: ${docx.length} DOCX files planned for LibreOffice`);
  const lo = libreOfficeToPdfs(docx, dir);
  files.forEach((f, i) => (done.get(f)!.lo = lo[i]!));
  console.log(`corpus-layout: ${lo.length} converted`);
}, 600_000);

describe('published reports, imported and exported: the DOCX in LibreOffice', () => {
  for (const file of files) {
    it(`${file.replace(/^.*\//, '')}: the same pages as our PDF, each with the same table rows, nothing drawn over anything, every table number whole`, () => {
      expectSameLayout(done.get(file)!);
    });
  }
});
