/** Text ⇄ report for .nianbao files, with a precise Chinese message for every way a file can be wrong. */
import type { Report } from '../report/model.ts';
import { withBoundText } from '../report/sentences.ts';
import { FileError } from './errors.ts';
import { fileSchema } from './format.ts';
import { FILE_EXTENSION, FILE_FORMAT, FILE_VERSION } from './serialize.ts';
import { migrate } from './migrations.ts';
import { describeIssues, issuePath } from './zod-text.ts';

export { APP_ID, APP_VERSION, serializeReport } from './serialize.ts';


/** A report nests six levels deep; anything past this is not one (and deep nesting costs every reader). */
export const MAX_JSON_DEPTH = 32;

/** True when the JSON text nests deeper than `limit` (brackets inside strings do not count). One pass, no parse. */
export function nestsDeeperThan(text: string, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** JSON text → data, for every reader of report files: the one place that says "damaged" in Chinese. */
export function parseJsonText(text: string, name: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  if (nestsDeeperThan(body)) throw new FileError('not-json', `“${name}”已损坏或不是年报文件（内容层层嵌套过深）`);
  try {
    return JSON.parse(body);
  } catch (e) {
    const pos = /position (\d+)/.exec(String(e))?.[1];
    const line = pos ? body.slice(0, Number(pos)).split('\n').length : undefined;
    throw new FileError(
      'not-json',
      `“${name}”已损坏或不是年报文件（内容不是完整的 JSON${line ? `，问题在第 ${line} 行附近` : ''}）`,
      line ? `第 ${line} 行` : undefined,
    );
  }
}

/** What an empty file is called: an empty .nianbao is a damaged file of ours, not an unknown format. */
export function emptyFileMessage(name: string): string {
  const what = name.toLowerCase().endsWith(FILE_EXTENSION) ? `空的 ${FILE_EXTENSION} 文件` : '空文件';
  return `“${name}”是${what}，里面没有年报内容（可能保存时被中断或被其他程序清空）`;
}

/** Parses a .nianbao text; throws FileError with a Chinese message and never returns half a report. */
export function parseReportFile(text: string, name = '文件'): Report {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new FileError('empty', emptyFileMessage(name));
  return reportFromData(parseJsonText(body, name), name);
}

/** Parsed JSON → report (a .nianbao's content): the format, the version, then the schema. */
export function reportFromData(data: unknown, name = '文件'): Report {
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== FILE_FORMAT) {
    throw new FileError('not-nianbao', `“${name}”不是年报编辑器（.nianbao）文件`);
  }
  const doc = data as Record<string, unknown>;
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new FileError('invalid', `“${name}”缺少有效的版本号`, 'version');
  }
  if (version > FILE_VERSION) {
    throw new FileError(
      'newer-version',
      `“${name}”由更新版本的年报编辑器保存（文件版本 ${version}，本程序支持到 ${FILE_VERSION}），请升级后再打开；文件未被改动`,
      'version',
    );
  }
  const current = migrate(doc, version, FILE_VERSION);
  const parsed = fileSchema.safeParse(current, { reportInput: true });
  if (!parsed.success) {
    const issues = describeIssues(parsed.error.issues);
    throw new FileError('invalid', `“${name}”内容不完整或有误：${issues}`, issuePath(parsed.error.issues[0]?.path ?? []));
  }
  // A bound sentence says what the cells say, whatever text the file holds (edited by hand, older app).
  return withBoundText(parsed.data.report as Report);
}
