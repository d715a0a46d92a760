import { lastYearBase } from '../../../shared/report/rollover.ts';
import { finalFindings } from '../../../shared/rules/export-gate.ts';
import { countBySeverity, type Finding } from '../../../shared/rules/index.ts';
import { stat } from 'node:fs/promises';
import { openInput, openInputs, PAGES_HELP } from '../input.ts';
import { parseCliArgs } from '../args.ts';
import { checkFolder } from './check-folder.ts';
import { EXIT_FINDINGS, EXIT_OK, usageError, type CliIO } from '../io.ts';

export const checkHelp = `nianbao check 文件 [--last 上年文件] [--json]
nianbao check 第1页图片 第2页图片 … [--last 上年文件] [--json]
nianbao check 文件夹 [--last 上年文件夹] [--json] [--xlsx 输出.xlsx] [--force]
  检查年报表格的勾稽关系与填写规范，以及正文：与表格不符的数字、上年留下的年份和句子、占位符、
  缺少的部分和说明、文字差错。文件可以是 .nianbao 年报文件、表格数据 JSON，
  或上年发布的报告（Word .docx、PDF、网页 .html、文本 .txt/.md）及其扫描件；写作 - 时从标准输入读取。
  ${PAGES_HELP}。
  给出文件夹时检查其中（含子文件夹）的每一份报告；同一单位上一年度的报告也在其中（或在 --last 文件夹中）时据以核对结转。
  文件夹的提示（不是错误）：与本单位上年相比变化很大的数字，同类单位多数在 10 以上而本单位为 0 的数字，
  以及本级（唯一一份县级人民政府）报告与各单位表格之和的不同之处。
  --last   上年报告（检查文件夹时为上年报告所在文件夹），用于核对上年结转、现行有效件数，并找出与上年相同的句子
  --json   以 JSON 输出 {"findings": [...]}；正文问题带 "paragraph": {"section", "index"}，可一键修改的带 "fix"；
           检查文件夹时输出 {"reports": [{"file", "unit", "year", "findings"}]}
  --xlsx   检查文件夹时另将问题清单写成 Excel 表格（每个问题一行，可筛选）
  --force  输出表格已存在时覆盖
  退出码：0 无错误（可有警告），1 有错误（含文件夹中无法读取的文件），2 文件或文件夹本身无法读取`;

async function isFolder(path: string): Promise<boolean> {
  return path !== '-' && ((await stat(path).catch(() => null))?.isDirectory() ?? false);
}

export function formatFinding(f: Finding): string {
  return `${f.severity === 'error' ? '✗ 错误' : '! 警告'}  ${f.message}${f.fix ? `（建议：${f.fix.label}）` : ''}`;
}

export async function check(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCliArgs('check', {
    args,
    allowPositionals: true,
    options: {
      last: { type: 'string' },
      json: { type: 'boolean', default: false },
      xlsx: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) throw usageError('check', '请给出一个要检查的文件或文件夹');
  if (positionals.length === 1 && (await isFolder(positionals[0]!))) return checkFolder(positionals[0]!, values, io);
  for (const p of positionals.length > 1 ? positionals : []) {
    if (await isFolder(p)) throw usageError('check', `“${p}”是文件夹：检查文件夹时只给出这一个文件夹`);
  }
  if (values.xlsx) throw usageError('check', '--xlsx 只用于检查文件夹');
  const { report } = await openInputs('check', positionals, io);
  if (values.last) report.lastYear = lastYearBase((await openInput(values.last, io)).report);
  const findings = finalFindings(report);
  const { errors, warnings } = countBySeverity(findings);
  if (values.json) {
    io.out(JSON.stringify({ findings }, null, 2));
  } else {
    io.out(`${report.unit.name} ${report.year}年政府信息公开工作年度报告：错误 ${errors} 项，警告 ${warnings} 项`);
    for (const f of findings) io.out(formatFinding(f));
    if (!findings.length) io.out('表格勾稽关系全部相符，正文未发现问题。');
  }
  return errors ? EXIT_FINDINGS : EXIT_OK;
}
