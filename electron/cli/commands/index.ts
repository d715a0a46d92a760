/** The CLI's commands. Each later feature adds its own line here. */
import type { CliIO } from '../io.ts';
import { check, checkHelp } from './check.ts';
import { exportCommand, exportHelp } from './export.ts';
import { importHelp, importReport } from './import.ts';
import { newHelp, newReport } from './new.ts';
import { serve, serveHelp } from './serve.ts';
import { sumCommand, sumHelp } from './sum.ts';
import { tallyCommand, tallyHelp } from './tally.ts';

export interface Command {
  summary: string;
  help: string;
  run(args: string[], io: CliIO): Promise<number>;
}

export const COMMANDS: Record<string, Command> = {
  check: { summary: '检查表格勾稽关系与填写规范', help: checkHelp, run: check },
  new: { summary: '新建年度报告（可从上年报告滚动）', help: newHelp, run: newReport },
  import: { summary: '读取年报，输出表格数据或保存为 .nianbao', help: importHelp, run: importReport },
  export: { summary: '按标准公文版式导出 DOCX / PDF', help: exportHelp, run: exportCommand },
  sum: { summary: '汇总各单位报告的表二、表三、表四', help: sumHelp, run: sumCommand },
  tally: { summary: '从依申请公开台账统计表三（和表四）', help: tallyHelp, run: tallyCommand },
  serve: { summary: '启动网页版编辑器（本机浏览器使用）', help: serveHelp, run: (args, io) => serve(args, io) },
};
