/** `nianbao tally 台账`: table 三 (and 四) counted from the application ledger, every number traceable. */
import { basename } from 'node:path';
import { serializeReport } from '../../../shared/file/codec.ts';
import { cellsToOverwrite, fillFromLedger, tallyValues } from '../../../shared/ledger/apply.ts';
import { compareCarryOver } from '../../../shared/ledger/carried.ts';
import { FIELD_LABELS, headerCore, type LedgerField } from '../../../shared/ledger/columns.ts';
import { missingColumns } from '../../../shared/ledger/describe.ts';
import { questionsOf, rowsOf } from '../../../shared/ledger/left-out.ts';
import { EMPTY_MAPPING, valueKey, withColumn, withValue, type LedgerMapping } from '../../../shared/ledger/mapping.ts';
import { allLeftOut, tallyLedger, type LedgerTally } from '../../../shared/ledger/tally.ts';
import { parseTarget } from '../../../shared/ledger/targets.ts';
import { blankReport } from '../../../shared/report/blank.ts';
import type { Report } from '../../../shared/report/model.ts';
import { rollOver } from '../../../shared/report/rollover.ts';
import { parseYear, yearProblem } from '../../../shared/report/year.ts';
import { cellDef } from '../../../shared/schema/index.ts';
import { parseUnitKind, UNIT_KINDS } from '../../../shared/schema/units.ts';
import { writeFileAtomic } from '../../files/atomic-write.ts';
import { openReport } from '../../files/read-report.ts';
import { readLedgerFile } from '../../ledger/read-ledger.ts';
import { parseCliArgs } from '../args.ts';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, usageError, type CliIO } from '../io.ts';
import { checkOutput } from '../outputs.ts';
import { tallyJson, tallyText } from '../tally-output.ts';

export const tallyHelp = `nianbao tally 台账.xlsx|台账.csv [--year 年度] [--json] [-o 输出.nianbao | --into 报告.nianbao] [--from 上年报告]
             [--map 值=类别]… [--column 列名=栏目]… [--unit 单位名称] [--kind 单位类型] [--only-sec3] [--force]
  从依申请公开台账统计表三（工作簿中有行政复议、行政诉讼工作表时同时统计表四）。表头可以在任何一行，
  列按名称识别（收到日期/受理日期/申请日期、申请人类型、办理结果/答复结果、办结日期/答复日期等）。
  本年收到本年办结的计入“本年新收”和办理结果；本年收到年底未办结的计入“本年新收”和“结转下年度”；
  上年收到本年办结的计入“上年结转”和办理结果；上年收到仍未办结的计入“上年结转”和“结转下年度”；
  上年已办结或下一年才收到的不计。每件申请只计一次。无法确定如何统计的行从不猜测：列出行号、编号和原值，不计入。
  旧版 .xls、WPS .et 文件请先另存为 .xlsx。
  --year    统计的年度（默认：--into 的报告年度，--from 的下一年，否则为上一年）
  --json    打印表格数据 JSON（与 import --json 相同），flags 列出未能计入的行，trace 列出每格计入的申请编号
  -o        保存为新的 .nianbao 年报文件（--from 给出上年报告时从上年报告滚动生成）
  --into    填入已有报告的表三（和表四）并保存；已填写的数字将被改变时先询问（脚本中加 --force 直接覆盖）
  --from    上年报告：沿用上年确认过的列和值的对应关系，并把上年结转与上年的结转下年度逐件对照
  --map     说明无法识别的值，如 --map 个体户=商业企业 --map 撤回申请=其他处理-其他 --map "3月18日=2024-03-18"；
            说明随报告保存，明年不再询问
  --column  指定列，如 --column 登记时间=收到日期（栏目：${Object.values(FIELD_LABELS).slice(0, 6).join('、')}等）
  --only-sec3  只统计表三
  单位类型：${UNIT_KINDS.map((k) => k.label).join('、')}
  退出码：0 全部计入，1 有未能计入的行（或未覆盖已填写的数字），2 文件无法读取或参数有误`;

function yearArg(text: string): number {
  const y = parseYear(text);
  if (y === null) throw usageError('tally', yearProblem(text));
  return y;
}

/** `--column 列名=收到日期`: the clerk names a column. */
function withColumns(mapping: LedgerMapping, specs: readonly string[]): LedgerMapping {
  let m = mapping;
  const byLabel = new Map(Object.entries(FIELD_LABELS).map(([f, l]) => [headerCore(l), f as LedgerField]));
  for (const spec of specs) {
    const [header, label] = spec.split(/[=＝]/);
    const field = label === undefined ? undefined : (byLabel.get(headerCore(label)) ?? (label.trim() === '无' ? 'none' : undefined));
    if (!header?.trim() || !field) throw usageError('tally', `--column “${spec}”应写作 列名=栏目，栏目为 ${Object.values(FIELD_LABELS).join('、')} 之一（或“无”）`);
    m = withColumn(m, header, field, headerCore);
  }
  return m;
}

/** `--map 值=类别`: each answers the questions of that value (whatever field it stood in). */
function withAnswers(mapping: LedgerMapping, t: LedgerTally, specs: readonly string[], io: CliIO): LedgerMapping {
  let m = mapping;
  const questions = questionsOf(allLeftOut(t), valueKey);
  for (const spec of specs) {
    const at = spec.lastIndexOf('=') >= 0 ? spec.lastIndexOf('=') : spec.lastIndexOf('＝');
    const value = spec.slice(0, at).trim();
    const target = spec.slice(at + 1).trim();
    if (at < 0 || !value || !target) throw usageError('tally', `--map “${spec}”应写作 值=类别，如 个体户=商业企业`);
    const asked = questions.filter((q) => valueKey(q.field, q.value) === valueKey(q.field, value));
    if (!asked.length) {
      // Not asked this year: kept for next year when the answer says which list it belongs to.
      const fields = (['applicantType', 'result', 'caseType', 'outcome'] as const).filter((f) => parseTarget(f, target) !== null);
      if (fields.length === 1) {
        m = withValue(m, fields[0]!, value, parseTarget(fields[0]!, target)!);
        io.err(`提示：本台账中没有需要说明的值“${value}”，--map ${spec} 已记入报告，以后统计时使用`);
      } else io.err(`提示：台账中没有需要说明的值“${value}”，--map ${spec} 未使用`);
      continue;
    }
    for (const q of asked) {
      const answer = parseTarget(q.field, target);
      if (answer === null) throw usageError('tally', `--map ${spec}：“${target}”不是表格中的${q.field === 'date' ? '日期' : '类别'}`);
      m = withValue(m, q.field, q.value, answer);
    }
  }
  return m;
}

interface Base {
  report: Report;
  /** The file written in place (--into), or null. */
  into: string | null;
}

async function baseReport(values: { into?: string; from?: string; year?: string; unit?: string; kind?: string }): Promise<Base> {
  if (values.into) {
    const opened = await openReport(values.into);
    if (opened.kind !== 'nianbao') throw usageError('tally', `--into 需要 .nianbao 年报文件；“${basename(values.into)}”请先用 nianbao import 保存为 .nianbao`);
    if (values.year && yearArg(values.year) !== opened.report.year) throw usageError('tally', `报告“${basename(values.into)}”是 ${opened.report.year} 年度的，与 --year ${values.year} 不同`);
    return { report: opened.report, into: values.into };
  }
  const kind = values.kind === undefined ? undefined : parseUnitKind(values.kind);
  if (values.kind !== undefined && !kind) throw usageError('tally', `单位类型“${values.kind}”无效`);
  if (values.from) {
    const last = (await openReport(values.from)).report;
    const report = rollOver(last, { year: values.year ? yearArg(values.year) : undefined });
    if (values.unit?.trim()) report.unit.name = values.unit.trim();
    if (kind) report.unit.kind = kind;
    return { report, into: null };
  }
  const year = values.year ? yearArg(values.year) : new Date().getFullYear() - 1;
  return { report: blankReport({ unit: values.unit?.trim() ?? '', kind: kind ?? 'township', year }), into: null };
}

/** Asks before changing numbers the clerk filled in; false when they stay. */
async function mayOverwrite(report: Report, addresses: string[], name: string, force: boolean, io: CliIO): Promise<boolean> {
  if (!addresses.length || force) return true;
  const shown = addresses.slice(0, 3).map((a) => `${cellDef(a)?.label ?? a}（现为 ${report.cells[a]?.raw}）`);
  const question = `报告“${name}”中已填写的 ${addresses.length} 个单元格将被台账的统计数字替换，如 ${shown.join('、')}${addresses.length > 3 ? ' 等' : ''}。是否覆盖？`;
  const answer = await io.confirm?.(question);
  if (answer === true) return true;
  io.err(answer === false ? `未修改“${name}”。` : `未修改“${name}”：${question.replace(/是否覆盖？$/, '')}确需覆盖请加 --force。`);
  return false;
}

export async function tallyCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCliArgs('tally', {
    args,
    allowPositionals: true,
    options: {
      year: { type: 'string' },
      json: { type: 'boolean', default: false },
      output: { type: 'string', short: 'o' },
      into: { type: 'string' },
      from: { type: 'string' },
      map: { type: 'string', multiple: true, default: [] },
      column: { type: 'string', multiple: true, default: [] },
      unit: { type: 'string' },
      kind: { type: 'string' },
      'only-sec3': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw usageError('tally', '请给出一个台账文件（.xlsx 或 .csv）');
  if (values.output && values.into) throw usageError('tally', '-o 与 --into 只能选一个');
  if (values.into && values.from) throw usageError('tally', '--into 的报告已有上年数据，不能再用 --from');
  const ledgerPath = positionals[0]!;
  if (values.output) await checkOutput(values.output, 'nianbao', { command: 'tally', inputs: [ledgerPath, ...(values.from ? [values.from] : [])], force: values.force });
  const base = await baseReport(values);
  const book = await readLedgerFile(ledgerPath);
  let mapping = withColumns(base.report.ledger?.mapping ?? EMPTY_MAPPING, values.column);
  let t = tallyLedger(book, base.report.year, mapping);
  if (!t.layout.applications.length) {
    io.err(`nianbao tally：在“${book.name}”中没有找到台账的表头行（需要有收到日期、申请人类型、办理结果、办结日期等列）；可用 --column 列名=栏目 指定`);
    return EXIT_UNREADABLE;
  }
  const missing = missingColumns(t);
  if (missing.length) {
    io.err(`nianbao tally：台账中没有找到这些列：${missing.join('、')}。请用 --column 列名=栏目 指定（如 --column 登记时间=收到日期）`);
    return EXIT_UNREADABLE;
  }
  if (values.map.length) {
    mapping = withAnswers(mapping, t, values.map, io);
    t = tallyLedger(book, base.report.year, mapping);
  }
  const sec4 = !values['only-sec3'] && !!t.cases;
  const report = fillFromLedger(base.report, t, mapping, book.sheets.map((s) => s.name), { sec4 });
  const cross = compareCarryOver(t.applications, report.lastYear);
  if (base.into) {
    const name = basename(base.into);
    if (!(await mayOverwrite(base.report, cellsToOverwrite(base.report, tallyValues(t, { sec4 })), name, values.force, io))) return EXIT_FINDINGS;
    await writeFileAtomic(base.into, serializeReport(report));
  } else if (values.output) {
    report.meta.origin = report.meta.origin === 'rollover' ? 'rollover' : 'blank';
    await writeFileAtomic(values.output, serializeReport(report));
  }
  if (values.json) io.out(JSON.stringify(tallyJson(report, t, book, cross), null, 2));
  else for (const line of tallyText(report, t, book, cross)) io.out(line);
  const written = base.into ?? values.output;
  const left = rowsOf(allLeftOut(t));
  if (written) io.err(`已${base.into ? '填入' : '保存'}：${written}${left ? `（${left} 行未计入，报告中的数字不含这些申请）` : ''}`);
  return left ? EXIT_FINDINGS : EXIT_OK;
}
