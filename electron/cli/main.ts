/** `nianbao` — the command line: a thin shell over shared/ and the file service. */
import { COMMANDS } from './commands/index.ts';
import { EXIT_OK, EXIT_UNREADABLE, describeError, processIO, type CliIO } from './io.ts';

function overview(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return `nianbao — 政府信息公开工作年度报告编辑器\n\n用法：nianbao <命令> [参数]\n\n命令：\n${lines.join('\n')}\n  help     显示帮助（nianbao help <命令>）`;
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const topic = rest[0] ? COMMANDS[rest[0]] : undefined;
    io.out(topic ? topic.help : overview());
    return EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`未知命令“${name}”。\n\n${overview()}`);
    return EXIT_UNREADABLE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.help);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message = code?.startsWith('ERR_PARSE_ARGS') ? `参数有误：${(e as Error).message}。用法见 nianbao help ${name}` : describeError(e);
    io.err(`nianbao ${name}：${message}`);
    return EXIT_UNREADABLE;
  }
}
