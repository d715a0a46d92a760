import { existsSync } from 'node:fs';
import { link, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeReport } from '../../shared/file/codec.ts';
import { sampleReport } from '../../test/fixtures/sample-report.ts';
import { runCli as run } from '../../test/fixtures/cli.ts';
import { CJK, englishIn } from '../../test/fixtures/english.ts';
import { useTempDir } from '../../test/fixtures/temp-dir.ts';

const tmp = useTempDir('nianbao-outputs-');

async function report(name = 'r.nianbao'): Promise<string> {
  const p = join(tmp.path, name);
  await writeFile(p, serializeReport(sampleReport()));
  return p;
}

describe('one output policy for export, import -o and new -o', () => {
  it('the output can never be an input, by any spelling, even with --force', async () => {
    const file = await report();
    const before = await readFile(file, 'utf8');
    await symlink(file, join(tmp.path, 'link.nianbao'));
    const spellings = [file, join(tmp.path, '.', 'r.nianbao'), relative(process.cwd(), file), join(tmp.path, 'link.nianbao')];
    for (const out of spellings) {
      const imp = await run('import', file, '-o', out, '--force');
      expect(imp.code).toBe(2);
      expect(imp.err).toContain('就是要读取的文件');
      const roll = await run('new', '--from', file, '-o', out, '--force');
      expect(roll.err).toContain('就是要读取的文件');
    }
    // Same stem, but the extension must match the format: the report is not turned into a PDF.
    const exp = await run('export', file, '--pdf', file, '--force');
    expect(exp.code).toBe(2);
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('the extension must match the format', async () => {
    const file = await report();
    const wrong = await run('export', file, '--pdf', join(tmp.path, 'out.docx'));
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('扩展名应为 .pdf');
    expect((await run('export', file, '--docx', join(tmp.path, 'out.pdf'))).err).toContain('扩展名应为 .docx');
    expect((await run('import', file, '-o', join(tmp.path, 'x.json'))).err).toContain('扩展名应为 .nianbao');
    expect((await run('new', '--unit', '某镇', '-o', join(tmp.path, 'x.txt'))).err).toContain('扩展名应为 .nianbao');
    expect(existsSync(join(tmp.path, 'out.docx'))).toBe(false);
  });

  it('an existing output needs --force', async () => {
    const file = await report();
    const existing = await report('existing.nianbao');
    await writeFile(existing, 'keep me');
    const refused = await run('import', file, '-o', existing);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('已存在');
    expect(await readFile(existing, 'utf8')).toBe('keep me');
    expect((await run('import', file, '-o', existing, '--force')).code).toBe(0);
    expect(await readFile(existing, 'utf8')).toContain('"format": "nianbao"');
    const pdf = join(tmp.path, 'out.pdf');
    await writeFile(pdf, 'old');
    expect((await run('export', file, '--pdf', pdf)).err).toContain('已存在');
    expect(await readFile(pdf, 'utf8')).toBe('old');
  });
});

describe('every write command follows links before it writes (issue #26)', () => {
  it('tally -o: the last year’s report it reads, reached through a link, is never written over', async () => {
    const last = await report('2023.nianbao');
    const before = await readFile(last, 'utf8');
    const ledger = join(tmp.path, '台账.csv');
    await writeFile(ledger, '收到日期,申请人类型,办理结果,办结日期\n2024-03-01,公民,予以公开,2024-03-10\n');
    await symlink(last, join(tmp.path, 'last-link.nianbao'));
    await mkdir(join(tmp.path, 'sub'));
    await symlink(tmp.path, join(tmp.path, 'sub', 'up'));
    for (const out of [join(tmp.path, 'last-link.nianbao'), join(tmp.path, 'sub', 'up', '2023.nianbao')]) {
      const r = await run('tally', ledger, '--year', '2024', '--from', last, '-o', out, '--force');
      expect(r.code).toBe(2);
      expect(r.err).toContain('就是要读取的文件');
    }
    expect(await readFile(last, 'utf8')).toBe(before);
    // A hard link is the same file under another name.
    await link(last, join(tmp.path, 'hard.nianbao'));
    expect((await run('tally', ledger, '--year', '2024', '--from', last, '-o', join(tmp.path, 'hard.nianbao'), '--force')).err).toContain('就是要读取的文件');
    expect(await readFile(last, 'utf8')).toBe(before);
  });

  it('export: an existing file reached through a link needs --force like any other', async () => {
    const file = await report();
    const pdf = join(tmp.path, 'old.pdf');
    await writeFile(pdf, 'old');
    await mkdir(join(tmp.path, 'sub'));
    await symlink(tmp.path, join(tmp.path, 'sub', 'up'));
    const viaLink = await run('export', file, '--pdf', join(tmp.path, 'sub', 'up', 'old.pdf'));
    expect(viaLink.code).toBe(2);
    expect(viaLink.err).toContain('已存在');
    expect(await readFile(pdf, 'utf8')).toBe('old');
  });
});

describe('argument errors are Chinese', () => {
  it.each([
    [['check', 'a', '--frob'], '没有“--frob”这个参数'],
    [['import', 'a', '-o'], '参数“--output”后面缺少值'],
    [['check', 'a', '--json=1'], '参数“--json”后面不能跟值'],
    [['new', 'x', '-o', 'y.nianbao'], '多余的参数“x”'],
    [['help', 'frob'], '没有“frob”这个命令'],
  ])('%j', async (argv, text) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(text);
    expect(r.err).toMatch(CJK);
    expect(englishIn(r.err)).toBeNull();
  });
});
