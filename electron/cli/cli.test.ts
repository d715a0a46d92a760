import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/fixtures/temp-dir.ts';
import { consistentReport } from '../../test/fixtures/consistent-report.ts';
import { parseReportFile, serializeReport } from '../../shared/file/codec.ts';
import { runCli as run } from '../../test/fixtures/cli.ts';

import { CORPUS } from '../../test/fixtures/corpus.ts';
const tmp = useTempDir('nianbao-cli-');

describe('nianbao check', () => {
  it('一致的已发布报告：退出码 0，说明相符', async () => {
    const r = await run('check', `${CORPUS}/000_5087c93da9e13ba9.expected.json`);
    expect(r.code).toBe(0);
    expect(r.out).toContain('西工区人民政府 2024年政府信息公开工作年度报告：错误 0 项，警告 0 项');
  });

  it('有错误：退出码 1，--json 输出 findings', async () => {
    const r = await run('check', `${CORPUS}/originals/102_hongze_2023.expected.json`, '--json');
    expect(r.code).toBe(1);
    const { findings } = JSON.parse(r.out);
    expect(findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([
      {
        rule: 'sec4-sums',
        severity: 'error',
        cells: ['sec4[0]', 'sec4[1]', 'sec4[2]', 'sec4[3]', 'sec4[4]'],
        message: '表四行政复议：结果维持 10 + 结果纠正 1 + 其他结果 0 + 尚未审结 0 = 11，总计填写 0，相差 11',
      },
      {
        rule: 'sec4-sums',
        severity: 'error',
        cells: ['sec4[10]', 'sec4[11]', 'sec4[12]', 'sec4[13]', 'sec4[14]'],
        message: '表四行政诉讼（复议后起诉）：结果维持 5 + 结果纠正 0 + 其他结果 0 + 尚未审结 0 = 5，总计填写 0，相差 5',
      },
    ]);
    for (const f of findings) expect(Object.keys(f)).toEqual(f.paragraph ? ['rule', 'severity', 'cells', 'paragraph', 'message'] : ['rule', 'severity', 'cells', 'message']);
  });

  it('--last 核对上年结转', async () => {
    const last = consistentReport();
    last.year = 2025;
    last.cells['sec3.rows.carriedForward[0]'] = { raw: '5', value: 5 };
    await writeFile(join(tmp.path, 'last.nianbao'), serializeReport(last));
    await writeFile(join(tmp.path, 'this.nianbao'), serializeReport(consistentReport()));
    const r = await run('check', join(tmp.path, 'this.nianbao'), '--last', join(tmp.path, 'last.nianbao'), '--json');
    const rules = JSON.parse(r.out).findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain('cross-year-carried-over');
  });

  it('文件无法读取：退出码 2，stderr 为中文说明', async () => {
    await writeFile(join(tmp.path, 'bad.nianbao'), '{"format":"nianbao","version":1,');
    const broken = await run('check', join(tmp.path, 'bad.nianbao'));
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('已损坏或不是年报文件');
    const missing = await run('check', join(tmp.path, 'none.nianbao'));
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.err).toContain('找不到文件“none.nianbao”');
    // An old Word file (OLE compound file), whatever its extension: unreadable, with how to save it as .docx.
    await writeFile(join(tmp.path, '上年报告.docx'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(504).fill(0)]));
    const doc = await run('check', join(tmp.path, '上年报告.docx'));
    expect(doc.code).toBe(2);
    expect(doc.err).toContain('上年报告.docx');
    expect(doc.err).toContain('另存为');
  });

  it('参数有误时退出码 2', async () => {
    expect((await run('check')).code).toBe(2);
    expect((await run('check', 'a', '--bogus')).err).toContain('没有“--bogus”这个参数');
    expect((await run('frobnicate')).err).toContain('未知命令“frobnicate”');
  });
});

describe('nianbao new', () => {
  it('新建空白报告', async () => {
    const out = join(tmp.path, 'new.nianbao');
    const r = await run('new', '--unit', '示例县白沙镇人民政府', '--kind', '乡镇/街道', '--year', '2026', '-o', out);
    expect(r.code).toBe(0);
    const report = parseReportFile(await readFile(out, 'utf8'));
    expect(report).toMatchObject({ unit: { name: '示例县白沙镇人民政府', kind: 'township' }, year: 2026 });
    expect(report.autoTotals).toEqual({ sec3: true, sec4: true });
  });

  it('从上年报告滚动，不覆盖已有文件', async () => {
    const last = consistentReport();
    last.year = 2025;
    await writeFile(join(tmp.path, 'last.nianbao'), serializeReport(last));
    const out = join(tmp.path, 'new.nianbao');
    expect((await run('new', '--from', join(tmp.path, 'last.nianbao'), '-o', out)).code).toBe(0);
    const report = parseReportFile(await readFile(out, 'utf8'));
    expect(report.year).toBe(2026);
    expect(report.cells['sec3.rows.carriedOver[0]']).toEqual({ raw: '1', value: 1 });
    const again = await run('new', '--from', join(tmp.path, 'last.nianbao'), '-o', out);
    expect(again.code).toBe(2);
    expect(again.err).toContain('已存在');
  });

  it('单位类型无效时说明', async () => {
    const r = await run('new', '--unit', 'x', '--kind', '村', '-o', join(tmp.path, 'x.nianbao'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('单位类型“村”无效');
  });
});

describe('nianbao import', () => {
  it('--json 输出表格数据与 flags', async () => {
    const r = await run('import', `${CORPUS}/originals/103_hongze_2024.expected.json`, '--json');
    expect(r.code).toBe(0);
    const facts = JSON.parse(r.out);
    expect(Object.keys(facts)).toEqual(['unit', 'year', 'sec2', 'sec3', 'sec4', 'notes', 'preamble', 'sections', 'flags']);
    expect(facts.sec2.fees).toBe(7545);
    expect(facts.flags).toHaveLength(7);
    expect(facts.flags[0]).toMatchObject({ cell: 'sec3.rows.other_3[0]' });
  });

  it('-o 保存为 .nianbao，再检查结果相同', async () => {
    const out = join(tmp.path, 'x.nianbao');
    expect((await run('import', `${CORPUS}/002_43b3efced0382fbe.expected.json`, '-o', out)).code).toBe(0);
    const r = await run('check', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain('西塞山区 2024年');
  });
});

describe('bin/nianbao.mjs', () => {
  it('作为独立命令运行，退出码与 JSON 输出', async () => {
    const exec = promisify(execFile);
    const ok = await exec(process.execPath, ['bin/nianbao.mjs', 'check', `${CORPUS}/001_59838382079b1902.expected.json`, '--json']);
    expect(JSON.parse(ok.stdout)).toEqual({ findings: [] });
    const bad = await exec(process.execPath, ['bin/nianbao.mjs', 'check', `${CORPUS}/originals/102_hongze_2023.expected.json`]).catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect((bad as { code: number }).code).toBe(1);
  });
});
