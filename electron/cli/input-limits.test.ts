import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeReport } from '../../shared/file/codec.ts';
import { cellDef, sec3Address } from '../../shared/schema/index.ts';
import { safeFileName } from '../files/file-names.ts';
import { runCli as run } from '../../test/fixtures/cli.ts';
import { CORPUS } from '../../test/fixtures/corpus.ts';
import { sampleReport } from '../../test/fixtures/sample-report.ts';
import { CJK, englishIn } from '../../test/fixtures/english.ts';
import { useTempDir } from '../../test/fixtures/temp-dir.ts';

const tmp = useTempDir('nianbao-limits-');

function expectChinese(text: string): void {
  expect(text).toMatch(CJK);
  expect(englishIn(text)).toBeNull();
}

describe('input checks at the edges', () => {
  it.each([1999, 0, 2300, 2025.5])('year %s: refused at import and at read, in Chinese', async (year) => {
    const facts = JSON.parse(await readFile(join(CORPUS, '000_5087c93da9e13ba9.expected.json'), 'utf8'));
    facts.year = year;
    const factsFile = join(tmp.path, 'facts.json');
    await writeFile(factsFile, JSON.stringify(facts));
    const out = join(tmp.path, 'out.nianbao');
    const imported = await run('import', factsFile, '-o', out);
    expect(imported.code).toBe(2);
    expect(imported.err).toContain(`年份“${year}”无效`);
    expectChinese(imported.err);
    expect(existsSync(out)).toBe(false);
    const r = sampleReport();
    r.year = year;
    const file = join(tmp.path, 'r.nianbao');
    await writeFile(file, serializeReport(r));
    const checked = await run('check', file);
    expect(checked.code).toBe(2);
    expect(checked.err).toContain(`年份“${year}”无效`);
    expectChinese(checked.err);
  });

  it('check on a FIFO returns at once with a message', async () => {
    const fifo = join(tmp.path, 'pipe.nianbao');
    execFileSync('mkfifo', [fifo]);
    const r = await run('check', fifo);
    expect(r.code).toBe(2);
    expect(r.err).toContain('不是普通文件');
  }, 5_000);

  it('a folder where a file is wanted, or a device, says what it is', async () => {
    // `check` reads a folder as a batch of reports (check-folder.test.ts); `import` wants one file.
    expect((await run('import', tmp.path, '--json')).err).toContain('是文件夹');
    expect((await run('check', '/dev/zero')).err).toContain('不是普通文件');
  });

  it('a 5 MB cell is refused where it is read, naming the cell', async () => {
    const r = sampleReport();
    const address = sec3Address('granted', 0);
    r.cells[address] = { raw: '1'.repeat(5 * 1024 * 1024), value: 1 };
    const file = join(tmp.path, 'big.nianbao');
    await writeFile(file, serializeReport(r));
    const checked = await run('check', file);
    expect(checked.code).toBe(2);
    expect(checked.err).toContain('单元格内容过长');
    expect(checked.err).toContain(cellDef(address)!.label);
  });

  it('new --unit "   " is refused', async () => {
    const r = await run('new', '--unit', '   ', '-o', join(tmp.path, 'x.nianbao'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('单位名称不能为空');
    expect(existsSync(join(tmp.path, 'x.nianbao'))).toBe(false);
  });

  it('file names with bidi controls: refused by the CLI, cleaned when the app picks the name', async () => {
    const out = join(tmp.path, '年报\u202Efdp.nianbao');
    const r = await run('new', '--unit', '某镇', '-o', out);
    expect(r.code).toBe(2);
    expect(r.err).toContain('控制字符');
    expect(existsSync(out)).toBe(false);
    expect(safeFileName('年报\u202Efdp.exe\u200b', '.pdf')).toBe('年报fdp.exe.pdf');
    expect(safeFileName('\u2066\u2067\u2068\u2069', '.pdf')).toBe('年度报告.pdf');
  });
});
