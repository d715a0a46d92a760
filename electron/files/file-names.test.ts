import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freePath, nextFreePath, numberedName, safeFileName } from './file-names.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-names-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('file names', () => {
  it('keeps a Chinese name, adds the extension once, drops folders and forbidden characters', () => {
    expect(safeFileName('某某镇2025年报', '.nianbao')).toBe('某某镇2025年报.nianbao');
    expect(safeFileName('年报.nianbao', '.nianbao')).toBe('年报.nianbao');
    expect(safeFileName('../../etc/passwd', '.pdf')).toBe('passwd.pdf');
    expect(safeFileName('C:\\Users\\x\\年报:草稿?.docx', '.docx')).toBe('年报草稿.docx');
    expect(safeFileName('CON', '.pdf')).toBe('年度报告.pdf');
    expect(safeFileName(' .. ', '.pdf')).toBe('年度报告.pdf');
  });

  it('numbers a taken name 「年报（1）.docx」, then （2）', async () => {
    expect(numberedName('年报.docx', 1)).toBe('年报（1）.docx');
    const target = join(dir, '年报.docx');
    expect(await freePath(target)).toBe(target);
    await writeFile(target, 'x');
    expect(await freePath(target)).toBe(join(dir, '年报（1）.docx'));
    await writeFile(join(dir, '年报（1）.docx'), 'x');
    expect(await nextFreePath(target)).toBe(join(dir, '年报（2）.docx'));
  });
});
