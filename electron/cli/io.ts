/** What every CLI command shares: exit codes, output streams, and turning errors into Chinese messages. */
import { FileError } from '../../shared/file/errors.ts';
import { MAX_REPORT_FILE_BYTES, tooLargeError } from '../../shared/file/size-limit.ts';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNREADABLE = 2;

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** All of standard input (`nianbao import -`); tests pass their own. */
  stdin?(): Promise<Uint8Array>;
  /** A yes/no question on the terminal; null when there is none to ask (a script): the command then wants its flag. */
  confirm?(question: string): Promise<boolean | null>;
}

/** Asks on the terminal (the answer typed on stdin, the question on stderr so stdout stays the command's output). */
async function confirmOnTerminal(question: string): Promise<boolean | null> {
  if (!process.stdin.isTTY || !process.stderr.isTTY) return null;
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(`${question}（输入 y 确认，直接回车取消）`);
    return /^(?:y|yes|是|确定|覆盖)$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

/** Reads standard input to its end, refusing more than any report could be. */
export async function readStdin(limit = MAX_REPORT_FILE_BYTES): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLargeError('标准输入的内容', size);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export const processIO: CliIO = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  confirm: confirmOnTerminal,
};

/** A usage mistake: printed with the command's help hint, exit 2. */
export class UsageError extends Error {}

export function usageError(command: string, message: string): UsageError {
  return new UsageError(`${message}。用法见 nianbao help ${command}`);
}

export function describeError(e: unknown): string {
  if (e instanceof FileError || e instanceof UsageError) return e.message;
  return `内部错误：${e instanceof Error ? e.message : String(e)}`;
}
