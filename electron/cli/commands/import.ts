import { serializeReport } from '../../../shared/file/codec.ts';
import { reportToFacts } from '../../../shared/report/facts.ts';
import { writeFileAtomic } from '../../files/atomic-write.ts';
import { openReport } from '../../files/read-report.ts';
import { parseCliArgs } from '../args.ts';
import { EXIT_OK, usageError, type CliIO } from '../io.ts';
import { checkOutput } from '../outputs.ts';

export const importHelp = `nianbao import 文件 (--json | -o 输出.nianbao) [--force]
  读取年报并输出表格数据。--json 打印表格数据 JSON（含 flags：取值存疑的单元格及原因）；
  -o 保存为 .nianbao 年报文件（--force：输出文件已存在时覆盖）。`;

export async function importReport(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCliArgs('import', {
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw usageError('import', '请给出一个要读取的文件');
  if (!values.json && !values.output) throw usageError('import', '请指定 --json 或 -o 输出文件');
  if (values.output) await checkOutput(values.output, 'nianbao', { command: 'import', inputs: positionals, force: values.force });
  const { report, flags } = await openReport(positionals[0]!);
  if (values.output) {
    report.meta.origin = report.meta.origin === 'blank' ? 'import' : report.meta.origin;
    await writeFileAtomic(values.output, serializeReport(report));
  }
  if (values.json) {
    const { flags: _ignored, ...facts } = reportToFacts(report);
    io.out(JSON.stringify({ ...facts, flags }, null, 2));
  } else {
    io.out(`已导入 ${report.unit.name} ${report.year}年报告：${values.output}${flags.length ? `（${flags.length} 个单元格需核对）` : ''}`);
  }
  return EXIT_OK;
}
