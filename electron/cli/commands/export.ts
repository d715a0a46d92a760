import { FileError } from '../../../shared/file/errors.ts';
import { exportGate } from '../../../shared/rules/export-gate.ts';
import { writeFileAtomic } from '../../files/atomic-write.ts';
import { openReport } from '../../files/read-report.ts';
import { parseCliArgs } from '../args.ts';
import { EXIT_FINDINGS, EXIT_OK, usageError, type CliIO } from '../io.ts';
import { checkOutput } from '../outputs.ts';
import { formatFinding } from './check.ts';

export const exportHelp = `nianbao export 文件 [--docx 输出.docx] [--pdf 输出.pdf] [--zero] [--force] [--center] [--whole-tables]
  按标准公文版式导出年报（A4，仿宋_GB2312 三号正文，三张法定表格）。文件可以是 .nianbao 年报文件或表格数据 JSON。
  --docx    写出 Word 文件（写明官方字体名称，Word/WPS 在装有这些字体的电脑上使用它们）
  --pdf     写出 PDF 文件（嵌入所用字体的子集）
  --zero    确认未填写的单元格按 0 打印
  --force   报告有错误、未填写的单元格或正文问题时仍然导出（未填写的单元格留空）；输出文件已存在时覆盖
  --center  页码居中（默认单页居右、双页居左）
  --whole-tables  表格不跨页：每张表格整张排在一页上（默认在会留下大半页空白时让表格跨页接排，重复表头；报告中已选“表格不跨页”的照此办理）
  退出码：0 已导出，1 报告有错误、未填写的单元格或正文问题而未导出，2 文件无法读取或参数有误`;

export async function exportCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCliArgs('export', {
    args,
    allowPositionals: true,
    options: {
      docx: { type: 'string' },
      pdf: { type: 'string' },
      zero: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      center: { type: 'boolean', default: false },
      'whole-tables': { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw usageError('export', '请给出一个要导出的文件');
  if (!values.docx && !values.pdf) throw usageError('export', '请用 --docx 或 --pdf 指定输出文件');
  const outputs = [
    ['docx', values.docx],
    ['pdf', values.pdf],
  ] as const;
  for (const [format, path] of outputs) if (path) await checkOutput(path, format, { command: 'export', inputs: positionals, force: values.force });
  const { report } = await openReport(positionals[0]!);
  if (values.zero) report.confirmedZero = true;
  if (values['whole-tables']) report.layout = { ...report.layout, tablesWhole: true };
  // The editor's questions, answered by flags: --zero answers 'blanks' (it is already in the report), --force all.
  const { findings, questions } = exportGate(report);
  if (questions.length && !values.force) {
    const errors = questions.find((q) => q.kind === 'errors')?.findings.length ?? 0;
    const blanks = questions.some((q) => q.kind === 'blanks');
    const text = questions.find((q) => q.kind === 'text')?.findings.length ?? 0;
    const problems = [
      errors ? `有 ${errors} 项错误` : '',
      blanks ? '有未填写的单元格' : '',
      text ? `正文有 ${text} 处需要处理（修改，或在编辑器中说明理由）` : '',
    ].filter(Boolean);
    io.err(`未导出：报告${problems.join('，')}，请先处理：`);
    for (const f of questions.flatMap((q) => q.findings)) io.err(formatFinding(f));
    io.err(
      blanks
        ? '没有的数字请填 0，或加 --zero 确认按 0 打印；确需照现状导出请加 --force（未填写的单元格留空）。'
        : '确需照现状导出请加 --force。',
    );
    return EXIT_FINDINGS;
  }
  for (const f of findings) io.err(formatFinding(f));
  const { checkGlyphs, renderExport } = await import('../../export/index.ts');
  const { describeUnprintable } = await import('../../../shared/export/glyphs.ts');
  const unprintable = await checkGlyphs(report);
  if (unprintable.length && !values.force) {
    io.err(`未导出：以下字符无法打印（本机没有能显示它们的字体，或不是可用的字符）：${describeUnprintable(unprintable)}`);
    io.err('请改用常用字或安装含这些字的字体（如 SimSun-ExtB、花园明朝）；确需照现状导出请加 --force（这些字符将缺失）。');
    return EXIT_FINDINGS;
  }
  const opts = { pageNumbers: values.center ? ('center' as const) : ('outer' as const) };
  // Both files are made before either is written: a table that cannot be printed leaves neither.
  const made: { format: 'docx' | 'pdf'; path: string; bytes: Uint8Array; fonts: string[] }[] = [];
  for (const [format, path] of outputs) {
    if (!path) continue;
    try {
      made.push({ format, path, ...(await renderExport(report, format, opts)) });
    } catch (e) {
      // A table whose numbers no size or width can print whole: the report must change, not the command.
      if (!(e instanceof FileError)) throw e;
      io.err(`未导出：${e.message}`);
      return EXIT_FINDINGS;
    }
  }
  for (const { format, path, bytes, fonts } of made) {
    await writeFileAtomic(path, bytes);
    io.out(`已导出 ${format.toUpperCase()}：${path}`);
    for (const line of fonts) io.out(`  ${line}`);
  }
  return EXIT_OK;
}
