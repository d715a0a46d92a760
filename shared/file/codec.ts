/** Text ⇄ report for .nianbao files, with a precise Chinese message for every way a file can be wrong. */
import type { Report } from '../report/model.ts';
import { FileError } from './errors.ts';
import { FILE_EXTENSION, FILE_FORMAT, FILE_VERSION, fileSchema } from './format.ts';
import { migrate } from './migrations.ts';
import { describeIssues, issuePath } from './zod-text.ts';

/** The app's version (kept equal to package.json's by a test). */
export const APP_VERSION = '0.1.0';
export const APP_ID = `nianbao ${APP_VERSION}`;

export function serializeReport(report: Report): string {
  return `${JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, app: APP_ID, report }, null, 2)}\n`;
}


/** Parses a .nianbao text; throws FileError with a Chinese message and never returns half a report. */
export function parseReportFile(text: string, name = '文件'): Report {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    const what = name.toLowerCase().endsWith(FILE_EXTENSION) ? `空的 ${FILE_EXTENSION} 文件` : '空文件';
    throw new FileError('empty', `“${name}”是${what}，里面没有年报内容（可能保存时被中断或被其他程序清空）`);
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    const pos = /position (\d+)/.exec(String(e))?.[1];
    const line = pos ? body.slice(0, Number(pos)).split('\n').length : undefined;
    throw new FileError(
      'not-json',
      `“${name}”已损坏或不是年报文件（内容不是完整的 JSON${line ? `，问题在第 ${line} 行附近` : ''}）`,
      line ? `第 ${line} 行` : undefined,
    );
  }
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
  return parsed.data.report as Report;
}
