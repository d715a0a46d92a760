import { serializeReport } from '../../../shared/file/codec.ts';
import { blankReport, defaultReportYear } from '../../../shared/report/blank.ts';
import { rollOver } from '../../../shared/report/rollover.ts';
import { withTotalsApplied } from '../../../shared/report/totals.ts';
import { parseYear, yearProblem } from '../../../shared/report/year.ts';
import { parseUnitKind, unitKindLabel, UNIT_KINDS } from '../../../shared/schema/units.ts';
import { writeFileAtomic } from '../../files/atomic-write.ts';
import { openInputs } from '../input.ts';
import { parseCliArgs } from '../args.ts';
import { EXIT_OK, usageError, type CliIO } from '../io.ts';
import { checkOutput } from '../outputs.ts';

export const newHelp = `nianbao new [--from 上年文件 [--from 下一页图片 …]] [--year 年份] [--unit 单位名称] [--kind 单位类型] -o 输出.nianbao [--force]
  新建年度报告。给出 --from 时从上年报告滚动到新年度：上年结转取上年“结转下年度继续办理”，
  上年现行有效件数作为本年核对基数，其他数字清空，正文保留并标出仍写着上年年份或数字的段落。
  上年文件可以是 .nianbao、表格数据 JSON，或上年发布的报告（Word .docx、网页文本 .txt/.md、扫描件），- 为标准输入。
  上年报告是各页的图片（PNG、JPG、TIFF）时，每页给一个 --from，按各 --from 的先后顺序作为第 1、2、3… 页读取。
  单位类型：${UNIT_KINDS.map((k) => k.label).join('、')}
  --force  输出文件已存在时覆盖`;

function yearArg(text: string): number {
  const y = parseYear(text);
  if (y === null) throw usageError('new', yearProblem(text));
  return y;
}

export async function newReport(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCliArgs('new', {
    args,
    options: {
      from: { type: 'string', multiple: true },
      year: { type: 'string' },
      unit: { type: 'string' },
      kind: { type: 'string' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean', default: false },
    },
  });
  if (!values.output) throw usageError('new', '请用 -o 指定输出文件');
  if (values.unit !== undefined) {
    values.unit = values.unit.trim();
    if (!values.unit) throw usageError('new', '单位名称不能为空');
  }
  const kind = values.kind === undefined ? undefined : parseUnitKind(values.kind);
  if (values.kind !== undefined && !kind) throw usageError('new', `单位类型“${values.kind}”无效`);
  await checkOutput(values.output, 'nianbao', { command: 'new', inputs: values.from ?? [], force: values.force });
  let report;
  if (values.from) {
    const last = (await openInputs('new', values.from, io)).report;
    report = rollOver(last, { year: values.year ? yearArg(values.year) : undefined });
    if (values.unit) report.unit.name = values.unit;
    if (kind) report.unit.kind = kind;
  } else {
    if (!values.unit) throw usageError('new', '请用 --unit 给出单位名称');
    report = blankReport({
      unit: values.unit,
      kind: kind ?? 'township',
      year: values.year ? yearArg(values.year) : defaultReportYear(),
    });
  }
  report = withTotalsApplied(report);
  await writeFileAtomic(values.output, serializeReport(report));
  const marked = Object.values(report.sections).flatMap((s) => s.paragraphs).filter((p) => p.review?.length).length;
  io.out(`已新建 ${report.unit.name}（${unitKindLabel(report.unit.kind)}）${report.year}年政府信息公开工作年度报告：${values.output}`);
  if (values.from) io.out(`已从 ${report.lastYear?.year ?? ''} 年报告结转；${marked} 段正文需要核对（仍写着上年年份或数字）。`);
  return EXIT_OK;
}
