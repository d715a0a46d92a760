import { serializeReport } from '../../../shared/file/codec.ts';
import type { ImportFlag } from '../../../shared/import/index.ts';
import { reportToFacts } from '../../../shared/report/facts.ts';
import type { Paragraph, Report } from '../../../shared/report/model.ts';
import { SECTIONS } from '../../../shared/schema/sections.ts';
import { writeFileAtomic } from '../../files/atomic-write.ts';
import { openInputs, PAGES_HELP } from '../input.ts';
import { parseCliArgs } from '../args.ts';
import { EXIT_OK, usageError, type CliIO } from '../io.ts';
import { checkOutput } from '../outputs.ts';

export const importHelp = `nianbao import 文件|- (--json | -o 输出.nianbao) [--force]
nianbao import 第1页图片 第2页图片 … (--json | -o 输出.nianbao) [--force]
  读取年报：.nianbao 年报文件、表格数据 JSON，或上年发布的报告（Word .docx、网页文本 .txt/.md，
  以及从网页或 PDF 复制的文字）；文件写作 - 时从标准输入读取。扫描件（只有图片的 PDF、图片）由本机识别文字。
  ${PAGES_HELP}。
  --json 打印表格数据 JSON，另有 preamble（开头段落）、sections（六个部分的正文）和
         flags（取值存疑的单元格 {cell, reason}、段落 {paragraph: {section, index}, reason} 与单位名称、类型 {field, reason}）；
  -o     保存为 .nianbao 年报文件（--force：输出文件已存在时覆盖）。`;

const plain = (ps: readonly Paragraph[]) => ps.map(({ heading, text }) => ({ heading, text }));

/** The facts JSON of corpus/README.md, plus the prose and every flag of the import. */
export function importJson(report: Report, flags: readonly ImportFlag[]) {
  const { flags: _cellFlagsOnly, ...facts } = reportToFacts(report);
  return {
    ...facts,
    preamble: plain(report.preamble),
    sections: Object.fromEntries(SECTIONS.map((s) => [s.id, { paragraphs: plain(report.sections[s.id].paragraphs) }])),
    flags: flags.map((f) =>
      f.cell
        ? { cell: f.cell, reason: f.reason }
        : f.paragraph
          ? { paragraph: f.paragraph, reason: f.reason }
          : f.field
            ? { field: f.field, reason: f.reason }
            : { reason: f.reason },
    ),
  };
}

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
  if (positionals.length === 0) throw usageError('import', '请给出一个要读取的文件（或用 - 从标准输入读取），或同一份报告各页的图片');
  if (!values.json && !values.output) throw usageError('import', '请指定 --json 或 -o 输出文件');
  const inputs = positionals.filter((p) => p !== '-');
  if (values.output) await checkOutput(values.output, 'nianbao', { command: 'import', inputs, force: values.force });
  const { report, importFlags } = await openInputs('import', positionals, io);
  if (values.output) {
    report.meta.origin = report.meta.origin === 'blank' ? 'import' : report.meta.origin;
    await writeFileAtomic(values.output, serializeReport(report));
  }
  if (values.json) {
    io.out(JSON.stringify(importJson(report, importFlags), null, 2));
  } else {
    const n = importFlags.filter((f) => f.cell || f.paragraph).length;
    io.out(`已导入 ${report.unit.name} ${report.year}年报告：${values.output}${n ? `（${n} 处需核对）` : ''}`);
  }
  return EXIT_OK;
}
