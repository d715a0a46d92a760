import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportFile } from '../../../shared/file/codec.ts';
import { main } from '../main.ts';
import { runCli as run } from '../../../test/fixtures/cli.ts';
import { CORPUS } from '../../../test/fixtures/corpus.ts';
import { encodeGbk } from '../../../test/fixtures/gbk.ts';
import { useTempDir } from '../../../test/fixtures/temp-dir.ts';

const tmp = useTempDir('nianbao-import-');
const TEXT = `${CORPUS}/000_5087c93da9e13ba9.txt`;

async function runWithStdin(bytes: Uint8Array, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), stdin: async () => bytes });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('nianbao import（上年发布的报告）', () => {
  it('--json：表格数据与 expected.json 一致，另有开头段落、六个部分的正文和存疑标记', async () => {
    const r = await run('import', TEXT, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const { notes: _n, ...expected } = JSON.parse(await readFile(TEXT.replace('.txt', '.expected.json'), 'utf8'));
    for (const key of Object.keys(expected)) expect(json[key]).toEqual(expected[key]);
    expect(json.preamble).toEqual([]);
    expect(Object.keys(json.sections)).toEqual(['overview', 'proactive', 'applications', 'review', 'problems', 'other']);
    expect(json.sections.overview.paragraphs[1]).toEqual({ heading: '（一）主动公开', text: expect.stringMatching(/^我区持续加强/) });
    expect(json.flags).toContainEqual({ paragraph: { section: 'problems', index: 2 }, reason: expect.stringContaining('分页') });
    expect(json.flags.filter((f: { cell?: string }) => f.cell)).toEqual([]);
    expect(json.flags).toContainEqual({ field: 'unitKind', reason: '单位类型按名称推断为“县级人民政府”，请确认' });
  });

  it('- 从标准输入读取（GB18030 编码的文本也认得）', async () => {
    const text = await readFile(`${CORPUS}/002_43b3efced0382fbe.txt`, 'utf8');
    const gbk = encodeGbk(text);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    const r = await runWithStdin(gbk, 'import', '-', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ unit: '西塞山区', year: 2024, sec2: { fees: 59.91 } });
  });

  it('-o 保存为 .nianbao：开头段落和正文都在，check 与 new --from 也直接接受文本报告', async () => {
    const out = join(tmp.path, '西城区.nianbao');
    const source = `${CORPUS}/001_59838382079b1902.txt`;
    expect((await run('import', source, '-o', out)).code).toBe(0);
    const saved = parseReportFile(await readFile(out, 'utf8'));
    expect(saved.preamble[0]!.text).toMatch(/^依据《中华人民共和国政府信息公开条例》/);
    expect(saved.meta.origin).toBe('import');
    const checked = await run('check', source);
    expect(checked.code).toBe(0);
    expect(checked.out).toContain('西城区政府办公室 2024年');
    const next = join(tmp.path, '2025.nianbao');
    expect((await run('new', '--from', source, '-o', next)).code).toBe(0);
    const rolled = parseReportFile(await readFile(next, 'utf8'));
    expect(rolled.year).toBe(2025);
    expect(rolled.preamble).toEqual(saved.preamble);
  });

  it('无法读取的输入：退出码 2，中文说明', async () => {
    const r = await runWithStdin(new Uint8Array([0, 1, 2, 3, 255, 254, 0, 7, 8]), 'import', '-', '--json');
    expect(r.code).toBe(2);
    expect(r.err).toContain('“标准输入”不是文本文件');
    const empty = await runWithStdin(new Uint8Array(), 'import', '-', '--json');
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('空文件');
  });
});
