/**
 * Fuzzing the readers: 10,000 seeded mutations of .docx and .pdf files (truncated, bytes flipped,
 * chunks shuffled, random bytes, zip bombs, deep nesting, huge entries, broken PDFs) through
 * readDocx, readPdf and importFile. Each either reads or fails with a FileError in Chinese; none
 * crashes or takes more than 2 s of CPU. Cheap mutations of small files make up most of the sample
 * so the suite stays near a minute.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FileError } from '../../shared/file/errors.ts';
import { readDocx } from '../../shared/import/docx/index.ts';
import { importFile as importNamed } from '../../shared/import/index.ts';
import { readPdf } from '../../shared/import/pdf/index.ts';
import { ORIGINALS } from '../fixtures/corpus.ts';
import { buildDocx, documentXml, p } from '../fixtures/docx-build.ts';
import { DOCX_FIXTURES } from '../fixtures/make-docx-fixtures.ts';
import { buildPdf } from '../fixtures/pdf-build.ts';
import { prng } from '../fixtures/prng.ts';

type Reader = (bytes: Uint8Array, name: string) => Promise<unknown>;
const importFile: Reader = (bytes, name) => importNamed(name, bytes);

const rand = prng(20261129);
const int = (n: number) => Math.floor(rand() * n);

function truncate(b: Uint8Array): Uint8Array {
  return b.slice(0, int(b.length));
}
function flip(b: Uint8Array): Uint8Array {
  const out = b.slice();
  for (let i = 1 + int(8); i > 0; i--) out[int(out.length)] = int(256);
  return out;
}
function shuffle(b: Uint8Array): Uint8Array {
  const size = 16 + int(512);
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < b.length; i += size) chunks.push(b.subarray(i, i + size));
  for (let i = chunks.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [chunks[i], chunks[j]] = [chunks[j]!, chunks[i]!];
  }
  const out = new Uint8Array(b.length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
function random(prefix: number[]): Uint8Array {
  const out = new Uint8Array(prefix.length + int(4096));
  out.set(prefix);
  for (let i = prefix.length; i < out.length; i++) out[i] = int(256);
  return out;
}
const MUTATIONS = [truncate, flip, shuffle];

/** A one-page PDF with a text line and a 2×2 ruled table, in a standard font (no font program to parse). */
const smallPdf = () =>
  buildPdf(
    'BT /F1 12 Tf 72 760 Td (Annual report 2024) Tj ET 72 700 m 300 700 l 72 680 m 300 680 l 72 660 m 300 660 l 72 700 m 72 660 l 186 700 m 186 660 l 300 700 m 300 660 l S BT /F1 10 Tf 80 685 Td (12) Tj 120 0 Td (34) Tj ET',
  );

function specialDocx(): Uint8Array[] {
  const deep = '<w:sdt><w:sdtContent>'.repeat(20000) + p('深') + '</w:sdtContent></w:sdt>'.repeat(20000);
  const hugeRow = `<w:tbl><w:tr>${'<w:tc><w:tcPr><w:gridSpan w:val="999999"/></w:tcPr><w:p/></w:tc>'.repeat(200)}</w:tr></w:tbl>`;
  const bomb = zipSync({ 'word/document.xml': new Uint8Array(70 * 1024 * 1024).fill(0x3c) }, { level: 9 });
  const many = zipSync(Object.fromEntries(Array.from({ length: 6000 }, (_, i) => [`x/${i}.xml`, new Uint8Array(1)])));
  return [
    buildDocx({ 'word/document.xml': documentXml(deep) }),
    buildDocx({ 'word/document.xml': documentXml(hugeRow) }),
    buildDocx({ 'word/document.xml': '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><x>&b;</x>' }),
    bomb,
    many,
  ];
}

async function attempt(read: Reader, bytes: Uint8Array, name: string): Promise<{ cpu: number; error?: unknown }> {
  const c0 = process.cpuUsage();
  let error: unknown;
  try {
    await read(bytes, name);
  } catch (e) {
    error = e;
  }
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1000, error };
}

describe('fuzzing the .docx and .pdf readers', () => {
  it('10,000 mutated inputs: no crash, no input over 2 s of CPU, every failure a Chinese FileError', async () => {
    const docxBases = [
      buildDocx({ 'word/document.xml': documentXml(p('正文') + p('二、主动公开政府信息情况')) }),
      new Uint8Array(readFileSync(join(DOCX_FIXTURES, 'tricky.docx'))),
      new Uint8Array(readFileSync(join(DOCX_FIXTURES, 'filled-template.docx'))),
    ];
    const pdfBase = smallPdf();
    const realPdf = new Uint8Array(readFileSync(join(ORIGINALS, '102_hongze_2023.pdf')));
    const cases: [Reader, Uint8Array, string][] = [];
    for (const b of specialDocx()) cases.push([readDocx, b, '特制.docx']);
    // The real PDF only truncated and flipped a few times: each read parses embedded CJK fonts.
    for (let i = 0; i < 4; i++) cases.push([readPdf, i % 2 ? flip(realPdf) : truncate(realPdf), '上年报告.pdf']);
    while (cases.length < 10_000) {
      const k = int(100);
      const mutate = MUTATIONS[int(MUTATIONS.length)]!;
      if (k < 8) cases.push([readPdf, mutate(pdfBase), '上年报告.pdf']);
      else if (k < 10) cases.push([importFile, random(int(2) ? [0x25, 0x50, 0x44, 0x46, 0x2d] : [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), '上年报告.pdf']);
      else if (k < 25) cases.push([importFile, random(int(2) ? [0x50, 0x4b, 0x03, 0x04] : []), '上年报告.docx']);
      else if (k < 60) cases.push([readDocx, mutate(docxBases[0]!), '上年报告.docx']);
      else if (k < 85) cases.push([readDocx, mutate(docxBases[1]!), '上年报告.docx']);
      else cases.push([importFile, mutate(docxBases[int(3)]!), '上年报告.docx']);
    }
    const slow: string[] = [];
    const bad: string[] = [];
    let failures = 0;
    for (const [i, [read, bytes, name]] of cases.entries()) {
      const { cpu, error } = await attempt(read, bytes, name);
      if (cpu > 2000) slow.push(`#${i} ${name}: ${Math.round(cpu)} ms`);
      if (error === undefined) continue;
      failures++;
      if (!(error instanceof FileError) || !/[\u4e00-\u9fff]/.test(error.message)) bad.push(`#${i} ${name}: ${String(error)}`);
    }
    expect(bad).toEqual([]);
    expect(slow).toEqual([]);
    // Most mutations break the file; the count shows the failures were exercised, not skipped.
    expect(failures).toBeGreaterThan(5000);
  }, 240_000);
});
