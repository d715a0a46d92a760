/** `nianbao` — the command line: a thin shell over shared/ and the file service. */
import { COMMANDS } from './commands/index.ts';
import { describeArgsError } from './args.ts';
import { EXIT_OK, EXIT_UNREADABLE, describeError, processIO, type CliIO } from './io.ts';

function overview(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return `nianbao — 政府信息公开工作年度报告编辑器\n\n用法：nianbao <命令> [参数]\n\n命令：\n${lines.join('\n')}\n  help     显示帮助（nianbao help <命令>）`;
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    if (rest[0] && !COMMANDS[rest[0]]) {
      io.err(`没有“${rest[0]}”这个命令。\n\n${overview()}`);
      return EXIT_UNREADABLE;
    }
    io.out(rest[0] ? COMMANDS[rest[0]]!.help : overview());
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
    const args = describeArgsError(e);
    const message = args ? `${args}。用法见 nianbao help ${name}` : describeError(e);
    io.err(`nianbao ${name}：${message}`);
    return EXIT_UNREADABLE;
  }
}
