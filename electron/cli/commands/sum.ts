/** `nianbao sum 文件夹`: the district's 汇总 of its units' tables 二/三/四. */
import { basename, extname } from 'node:path';
import type { SumFormat } from '../../batch/sum-output.ts';
import { selectForSum, type SumSelection } from '../../../shared/batch/select.ts';
import { sumReports, sumUnitName } from '../../../shared/batch/sum.ts';
import { reportToFacts } from '../../../shared/report/facts.ts';
import { reportYearSchema } from '../../../shared/file/format.ts';
import { writeFileAtomic } from '../../files/atomic-write.ts';
import { readFolder } from '../../batch/folder.ts';
import { parseCliArgs } from '../args.ts';
import { EXIT_FINDINGS, EXIT_OK, usageError, type CliIO } from '../io.ts';
import { checkOutput, insideFolder, sameFile } from '../outputs.ts';
import { formatFinding } from './check.ts';

export const sumHelp = `nianbao sum 文件夹 [--year 年度] [--unit 名称] [--json] [-o 输出.nianbao|输出.xlsx|输出.docx] [--force]
  将文件夹中（含子文件夹）各单位同一年度报告的表二、表三、表四逐格相加（现行有效件数同样相加），
  并列出计入和未计入的文件及原因（无法读取、其他年度、同一单位重复）。文件夹中有唯一一份县级人民政府的报告时，
  视为本级报告，不计入汇总（nianbao check 文件夹 把它与各单位之和对照）。
  --year   汇总的年度（默认为文件夹中报告最多的年度）
  --unit   汇总报告的单位名称（默认“N个单位汇总”）
  --json   以 JSON 输出汇总后的表格数据，另附 included、excluded 两个清单
  -o       写出汇总结果：.nianbao 年报文件，.xlsx 表格（每个单元格一行），或 .docx 汇总报告（标准版式的三张表格，开头列出计入的单位）
  --force  有单位的表格有错误时仍然汇总；输出文件已存在时覆盖
  退出码：0 已汇总，1 有单位的表格有错误而未汇总或没有可汇总的报告，2 文件夹无法读取或参数有误`;

function outputFormat(path: string): SumFormat {
  const ext = extname(path).toLowerCase().slice(1);
  return ext === 'xlsx' || ext === 'docx' ? ext : 'nianbao';
}

function printSelection(sel: SumSelection, io: CliIO): void {
  io.out(`汇总 ${sel.year}年度：计入 ${sel.included.length} 个单位，未计入 ${sel.excluded.length} 个文件。`);
  for (const i of sel.included) io.out(`  计入    ${i.file}  ${i.unit}`);
  for (const e of sel.excluded) io.out(`  未计入  ${e.file}  ${e.reason}`);
}

export async function sumCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCliArgs('sum', {
    args,
    allowPositionals: true,
    options: {
      year: { type: 'string' },
      unit: { type: 'string' },
      json: { type: 'boolean', default: false },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw usageError('sum', '请给出一个存放各单位报告的文件夹');
  const dir = positionals[0]!;
  const year = values.year === undefined ? undefined : reportYearSchema.safeParse(Number(values.year));
  if (year && !year.success) throw usageError('sum', `年度“${values.year}”无效`);
  const out = values.output;
  if (out) {
    await checkOutput(out, outputFormat(out), { command: 'sum', inputs: [dir], force: values.force });
    // A sum saved among the units' reports would be counted as one more unit next time.
    if (await insideFolder(dir, out)) throw usageError('sum', '输出文件不能放在要汇总的文件夹中（下次汇总时会被当作一个单位计入），请换一个位置');
  }
  const files = await readFolder(dir, (done, total, file) => io.err(`正在读取 ${done}/${total}：${file}`));
  // A unit's file may be a link to the output from anywhere (the folder walk lists links to files).
  for (const f of out ? files : []) {
    if (f.path && (await sameFile(f.path, out!))) {
      throw usageError('sum', `输出文件“${basename(out!)}”就是要汇总的文件“${f.file}”（链接到同一个文件），不能覆盖它，请换一个输出文件名`);
    }
  }
  const sel = selectForSum(files, year?.data);
  if (!sel.included.length) {
    if (!values.json) printSelection(sel, io);
    io.err('没有可汇总的报告。');
    return EXIT_FINDINGS;
  }
  const wrong = sel.included.filter((i) => i.tableErrors.length);
  for (const i of wrong) {
    io.err(`${i.file}（${i.unit}）的表格有错误：`);
    for (const f of i.tableErrors) io.err(`  ${formatFinding(f)}`);
  }
  if (wrong.length && !values.force) {
    io.err(`未汇总：${wrong.length} 个单位的表格有错误，相加会把错误带入汇总表。请先请这些单位更正；确需照现状汇总请加 --force。`);
    return EXIT_FINDINGS;
  }
  const unit = values.unit?.trim() || sumUnitName(sel.included.length);
  const summed = sumReports(
    sel.included.map((i) => i.report),
    { unit, year: sel.year! },
  );
  if (out) {
    const { sumBytes } = await import('../../batch/sum-output.ts');
    await writeFileAtomic(out, await sumBytes(outputFormat(out), summed, sel));
    io.err(`已写出汇总：${out}`);
  }
  if (values.json) {
    const { flags: _flags, ...facts } = reportToFacts(summed);
    const included = sel.included.map((i) => ({ file: i.file, unit: i.unit }));
    io.out(JSON.stringify({ ...facts, included, excluded: sel.excluded }, null, 2));
  } else {
    printSelection(sel, io);
  }
  return EXIT_OK;
}
