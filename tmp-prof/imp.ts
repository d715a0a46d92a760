import { readFileSync } from 'node:fs';
import { importText, importFile } from '/work/main/shared/import/index.ts';
const text = readFileSync('/tmp/we/body.txt', 'utf8').replace(/\t\t+/g, '\t\n');
const got = importText(text);
const want = await importFile('x.docx', new Uint8Array(readFileSync('/work/main/test/fixtures/docx/filled-template.docx')));
const cells = Object.keys(want.report.cells);
const wrong = cells.filter((a) => got.report.cells[a]?.raw !== want.report.cells[a]!.raw);
console.log(got.report.unit.name, got.report.year, 'cells', cells.length, 'wrong', wrong.length, wrong.slice(0, 10).map((a) => `${a}:${want.report.cells[a]!.raw}→${got.report.cells[a]?.raw}`).join(' '), 'flags', got.flags.length);
