import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedTable } from '../../test/fixtures/ledger-expected.ts';
import { generateCases, expectedSec4 } from '../../test/fixtures/ledger-cases.ts';
import { generateLedger } from '../../test/fixtures/ledger-generator.ts';
import { bookToXlsx } from '../../test/fixtures/ledger-xlsx.ts';
import { EMPTY_MAPPING } from '../../shared/ledger/mapping.ts';
import { sec3Values, sec4Values, tallyLedger } from '../../shared/ledger/tally.ts';
import { ledgerFromBytes } from './read-ledger.ts';

describe('读取 .xlsx 台账', () => {
  it('Excel 日期、序列号、合并的标题、表头上方的说明：表三与独立数出的相同；复议诉讼工作表填表四', async () => {
    const gen = generateLedger({ seed: 11, rows: 600, year: 2024, titleRows: 3 });
    const cases = generateCases(11, 40, 2024);
    const bytes = await bookToXlsx({ ...gen.book, sheets: [...gen.book.sheets, cases.sheet] }, { mergedRows: gen.titleRows, width: gen.columnCount });
    const book = await ledgerFromBytes(bytes, '白沙镇台账.xlsx');
    expect(book.sheets.map((s) => s.name)).toEqual(['2024年台账', '复议诉讼']);
    // Real date cells arrive as dates, serial numbers as numbers, and rows keep Excel's numbers.
    const values = book.sheets[0]!.rows.flat();
    expect(values.some((v) => v !== null && typeof v === 'object')).toBe(true);
    expect(values.some((v) => typeof v === 'number' && v > 40000)).toBe(true);
    const t = tallyLedger(book, 2024, EMPTY_MAPPING);
    expect(t.layout.applications[0]!.header.row + 1).toBe(gen.headerRow);
    const got = sec3Values(t.applications);
    for (const [address, n] of Object.entries(expectedTable(gen).cells)) expect(got[address], address).toBe(n);
    const sec4 = sec4Values(t.cases!);
    expect(Array.from({ length: 15 }, (_, i) => sec4[`sec4[${i}]`])).toEqual(expectedSec4(cases.cases, 2024));
  });

  it('LibreOffice 保存的 .xlsx（部分日期为日期单元格、部分为文字）：与独立数出的相同；同一台账的 .xls 说明另存为 .xlsx', async () => {
    const dir = join(import.meta.dirname, '../../test/fixtures/ledger');
    const gen = generateLedger({ seed: 77, rows: 40, year: 2024, dateForms: ['iso', 'slash'], titleRows: 2 });
    const book = await ledgerFromBytes(await readFile(join(dir, 'libreoffice-ledger.xlsx')), '台账.xlsx');
    expect(book.sheets[0]!.rows.flat().some((v) => v !== null && typeof v === 'object')).toBe(true);
    const t = tallyLedger(book, 2024, EMPTY_MAPPING);
    const got = sec3Values(t.applications);
    for (const [address, n] of Object.entries(expectedTable(gen).cells)) expect(got[address], address).toBe(n);
    await expect(ledgerFromBytes(await readFile(join(dir, 'libreoffice-ledger.xls')), '台账.xls')).rejects.toThrow(/旧版 Excel 工作簿（.xls）/);
  });

  it('CSV（GBK 或 UTF-8）', async () => {
    const book = await ledgerFromBytes(new TextEncoder().encode('编号,收到日期,申请人类型,办理结果,办结日期\nA1,2024/3/18,公民,同意公开,2024/4/1\n'), '台账.csv');
    expect(sec3Values(tallyLedger(book, 2024, EMPTY_MAPPING).applications)['sec3.rows.granted[0]']).toBe(1);
  });

  it.each([
    ['台账.xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], /旧版 Excel 工作簿（.xls）.*另存为.*\.xlsx/],
    ['台账.et', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], /WPS 表格文件（.et）.*另存为/],
    ['台账.ods', [0x50, 0x4b, 3, 4], /OpenDocument 表格/],
    ['台账.xlsx', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], /打开密码/],
    ['台账.xlsx', [0x50, 0x4b, 3, 4, 1, 2, 3], /已损坏/],
    ['台账.xlsx', [0x3c, 0x68, 0x74, 0x6d, 0x6c], /不是有效的 .xlsx/],
    ['台账.docx', [0x50, 0x4b, 3, 4, 1, 2, 3], /已损坏/],
    ['台账.pdf', [0x25, 0x50, 0x44, 0x46], /不是台账表格/],
    ['台账.xlsx', [], /空文件/],
  ])('%s：说明原因和办法，不崩溃', async (name, bytes, message) => {
    await expect(ledgerFromBytes(new Uint8Array(bytes), name)).rejects.toThrow(message);
  });
});
