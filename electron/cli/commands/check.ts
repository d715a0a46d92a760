import { lastYearBase } from '../../../shared/report/rollover.ts';
import { finalFindings } from '../../../shared/rules/export-gate.ts';
import { countBySeverity, type Finding } from '../../../shared/rules/index.ts';
import { openInput } from '../input.ts';
import { parseCliArgs } from '../args.ts';
import { EXIT_FINDINGS, EXIT_OK, usageError, type CliIO } from '../io.ts';

export const checkHelp = `nianbao check 文件 [--last 上年文件] [--json]
  检查年报表格的勾稽关系与填写规范，以及正文：与表格不符的数字、上年留下的年份和句子、占位符、
  缺少的部分和说明、文字差错。文件可以是 .nianbao 年报文件、表格数据 JSON，
  或上年发布的报告（Word .docx、网页文本 .txt/.md）；写作 - 时从标准输入读取。
  --last   上年报告，用于核对上年结转、现行有效件数，并找出与上年相同的句子
  --json   以 JSON 输出 {"findings": [...]}；正文问题带 "paragraph": {"section", "index"}，可一键修改的带 "fix"
  退出码：0 无错误（可有警告），1 有错误，2 文件无法读取`;

export function formatFinding(f: Finding): string {
  return `${f.severity === 'error' ? '✗ 错误' : '! 警告'}  ${f.message}${f.fix ? `（建议：${f.fix.label}）` : ''}`;
}

export async function check(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCliArgs('check', {
    args,
    allowPositionals: true,
    options: { last: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  if (positionals.length !== 1) throw usageError('check', '请给出一个要检查的文件');
  const { report } = await openInput(positionals[0]!, io);
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
