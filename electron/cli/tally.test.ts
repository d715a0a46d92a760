import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportFile, serializeReport } from '../../shared/file/codec.ts';
import { blankReport } from '../../shared/report/blank.ts';
import { cellFromNumber } from '../../shared/values/parse.ts';
import { runCli as run } from '../../test/fixtures/cli.ts';
import { expectedTable } from '../../test/fixtures/ledger-expected.ts';
import { generateLedger, type GeneratedLedger } from '../../test/fixtures/ledger-generator.ts';
import { bookToXlsx } from '../../test/fixtures/ledger-xlsx.ts';
import { useTempDir } from '../../test/fixtures/temp-dir.ts';
import { main } from './main.ts';

const tmp = useTempDir('nianbao-tally-');

async function ledgerFile(gen: GeneratedLedger, name = '台账.xlsx'): Promise<string> {
  const path = join(tmp.path, name);
  await writeFile(path, await bookToXlsx(gen.book, { mergedRows: gen.titleRows, width: gen.columnCount }));
  return path;
}

const rowsOf = (sec3: Record<string, number[]>) => Object.fromEntries(Object.entries(sec3).flatMap(([k, v]) => v.map((n, c) => [`sec3.rows.${k}[${c}]`, n])));

describe('nianbao tally', () => {
  it('--json：表三与独立数出的相同；未能计入的行列在 flags 中（行号、编号、原值），退出码 1', async () => {
    const gen = generateLedger({ seed: 21, rows: 300, year: 2024, unknownRate: 0.05 });
    const r = await run('tally', await ledgerFile(gen), '--year', '2024', '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.year).toBe(2024);
    expect(rowsOf(json.sec3.rows)).toEqual(expectedTable(gen).cells);
    const expected = expectedTable(gen).leftOutRows;
    expect(json.flags.map((f: { row: number }) => f.row).sort((a: number, b: number) => a - b)).toEqual([...expected].sort((a, b) => a - b));
    const byRow = new Map(gen.apps.map((a) => [a.row, a]));
    for (const f of json.flags) expect(f).toMatchObject({ number: byRow.get(f.row)!.number, value: byRow.get(f.row)!.unknown!.text });
    // Each number traceable to its applications.
    expect(json.trace['sec3.rows.newReceived[6]']).toHaveLength(json.sec3.rows.newReceived[6]);
    expect(json.ledger.sheets[0]).toMatchObject({ kind: 'applications', headerRow: gen.headerRow });
    // 表四 is not counted from a ledger without a 复议/诉讼 sheet: null, never 0.
    expect(json.sec4.every((v: unknown) => v === null)).toBe(true);
  });

  it('--map 说明后全部计入；-o 保存的报告记住说明，下一年从它新建并统计时不再询问', async () => {
    const gen = generateLedger({ seed: 22, rows: 200, year: 2024, unknownRate: 0.08 });
    const ledger = await ledgerFile(gen);
    const out = join(tmp.path, '2024.nianbao');
    const answers = ['个体户=商业企业', '法人=科研机构', '单位=其他', '律师=法律服务机构', '撤回申请=其他处理-其他', '转交其他机关=本机关不掌握相关政府信息', '驳回=重复申请'];
    const r = await run('tally', ledger, '--year', '2024', '--unit', '白沙镇人民政府', '-o', out, ...answers.flatMap((a) => ['--map', a]));
    expect(r.err).not.toMatch(/未计入/);
    expect(r.code).toBe(0);
    const report = parseReportFile(await readFile(out, 'utf8'));
    expect(report.unit.name).toBe('白沙镇人民政府');
    expect(report.cells['sec3.rows.total[6]']!.value).toBe(expectedTable(gen, () => true).cells['sec3.rows.total[6]']);
    expect(report.ledger!.mapping.values.applicantType).toMatchObject({ 个体户: 1 });

    const next = generateLedger({ seed: 23, rows: 200, year: 2025, unknownRate: 0.08 });
    const r2 = await run('tally', await ledgerFile(next, '2025台账.xlsx'), '--from', out, '-o', join(tmp.path, '2025.nianbao'), '--json');
    expect(JSON.parse(r2.out).flags.map((f: { reason: string }) => f.reason)).toEqual([]);
    expect(r2.code).toBe(0);
  });

  describe('--into 已有报告', () => {
    async function setup() {
      const gen = generateLedger({ seed: 24, rows: 100, year: 2024 });
      const report = blankReport({ unit: '白沙镇', kind: 'township', year: 2024 });
      report.cells['sec3.rows.granted[0]'] = cellFromNumber(999);
      const path = join(tmp.path, '报告.nianbao');
      await writeFile(path, serializeReport(report));
      return { gen, ledger: await ledgerFile(gen), path };
    }

    it('已填写的数字将被改变：脚本中不询问也不覆盖，说明加 --force；加 --force 覆盖', async () => {
      const { gen, ledger, path } = await setup();
      const before = await readFile(path, 'utf8');
      const r = await run('tally', ledger, '--into', path);
      expect(r.code).toBe(1);
      expect(r.err).toContain('未修改“报告.nianbao”');
      expect(r.err).toContain('表三（一）予以公开 · 自然人（现为 999）');
      expect(r.err).toContain('--force');
      expect(await readFile(path, 'utf8')).toBe(before);
      expect((await run('tally', ledger, '--into', path, '--force')).code).toBe(0);
      expect(parseReportFile(await readFile(path, 'utf8')).cells['sec3.rows.granted[0]']!.value).toBe(expectedTable(gen).cells['sec3.rows.granted[0]']);
    });

    it('在终端上询问：回答“是”才覆盖', async () => {
      const { ledger, path } = await setup();
      const asked: string[] = [];
      const io = (answer: boolean) => ({ out: () => undefined, err: () => undefined, confirm: async (q: string) => (asked.push(q), answer) });
      expect(await main(['tally', ledger, '--into', path], io(false))).toBe(1);
      expect(parseReportFile(await readFile(path, 'utf8')).cells['sec3.rows.granted[0]']!.value).toBe(999);
      expect(await main(['tally', ledger, '--into', path], io(true))).toBe(0);
      expect(parseReportFile(await readFile(path, 'utf8')).cells['sec3.rows.granted[0]']!.value).not.toBe(999);
      expect(asked[0]).toMatch(/已填写的 1 个单元格将被台账的统计数字替换.*是否覆盖/);
    });
  });

  it('上年结转与上年报告的结转下年度不同：说明相差的申请', async () => {
    const gen = generateLedger({ seed: 25, rows: 150, year: 2024 });
    const last = blankReport({ unit: '白沙镇', kind: 'township', year: 2023 });
    for (let c = 0; c < 7; c++) last.cells[`sec3.rows.carriedForward[${c}]`] = cellFromNumber(c === 6 ? 0 : 0);
    const lastPath = join(tmp.path, '2023.nianbao');
    await writeFile(lastPath, serializeReport(last));
    const r = await run('tally', await ledgerFile(gen), '--from', lastPath);
    expect(r.out).toMatch(/与上年报告不一致：二、上年结转 · 总计：台账 \d+ 件，上年报告结转下年度 0 件；台账中计入的是：2023-/);
  });

  it('找不到必需的列：说明缺哪一列，用 --column 指定后统计', async () => {
    const path = join(tmp.path, '台账.csv');
    await writeFile(path, '编号,收件时刻,申请人类型,办理结果,办结日期\nA1,2024-03-01,公民,予以公开,2024-03-10\n');
    const r = await run('tally', path, '--year', '2024');
    expect(r.code).toBe(2);
    expect(r.err).toContain('没有找到这些列：收到日期');
    const ok = await run('tally', path, '--year', '2024', '--column', '收件时刻=收到日期', '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).sec3.rows.granted[0]).toBe(1);
  });

  it.each(['台账.xls', '台账.et'])('%s：退出码 2，说明另存为 .xlsx', async (name) => {
    const path = join(tmp.path, name);
    await writeFile(path, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const r = await run('tally', path);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/另存为.*xlsx/);
  });

  it('参数有误：退出码 2', async () => {
    expect((await run('tally')).code).toBe(2);
    expect((await run('tally', 'a.xlsx', '-o', 'x.nianbao', '--into', 'y.nianbao')).err).toContain('只能选一个');
  });
});
