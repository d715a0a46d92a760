/**
 * The CLI's own argument errors in Chinese. node:util parseArgs is kept (it parses well) but its
 * errors are English sentences; they are recognised by their stable codes, and the option or
 * argument they name is taken from the one quoted part of the message.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError } from './io.ts';

function quoted(message: string): string {
  const first = /'([^']*)'/.exec(message)?.[1] ?? '';
  // "-o, --output <value>" → "--output"
  return /--[\w-]+/.exec(first)?.[0] ?? first.split(/[ ,]/)[0] ?? first;
}

/** The Chinese for an ERR_PARSE_ARGS_* error, or null for any other error. */
export function describeArgsError(e: unknown): string | null {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return null;
  const message = e instanceof Error ? e.message : '';
  const name = quoted(message);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `没有“${name}”这个参数`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `多余的参数“${name}”`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take/.test(message) ? `参数“${name}”后面不能跟值` : `参数“${name}”后面缺少值`;
  }
  return '参数有误';
}

/** parseArgs whose errors are Chinese usage errors naming the command. */
export function parseCliArgs<T extends ParseArgsConfig>(command: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (e) {
    const text = describeArgsError(e);
    if (text) throw usageError(command, text);
    throw e;
  }
}
