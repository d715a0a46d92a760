/** Opens any file the app understands as a report: a .nianbao file or a facts JSON. */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseReportFile } from '../../shared/file/codec.ts';
import { FileError, fsErrorCode, fsErrorMessage } from '../../shared/file/errors.ts';
import { factsSchema, factsToReport, looksLikeFacts, type FactsFlag } from '../../shared/report/facts.ts';
import type { Report } from '../../shared/report/model.ts';

export interface OpenedReport {
  report: Report;
  kind: 'nianbao' | 'facts';
  flags: FactsFlag[];
}

export async function readText(path: string): Promise<string> {
  try {
    const buf = await readFile(path);
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch (e) {
    if (e instanceof TypeError) {
      throw new FileError('unknown-format', `“${basename(path)}”不是 UTF-8 文本文件，无法作为年报读取`);
    }
    const code = fsErrorCode((e as NodeJS.ErrnoException).code);
    throw new FileError(code, code === 'not-found' ? fsErrorMessage(code, basename(path)) : `无法读取“${basename(path)}”`);
  }
}

/** Parses text already read; `name` is used in messages. */
export function reportFromText(text: string, name: string): OpenedReport {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch {
      // A broken .nianbao or facts file: let the .nianbao reader give its precise message.
      return { report: parseReportFile(text, name), kind: 'nianbao', flags: [] };
    }
    if (looksLikeFacts(data)) {
      const parsed = factsSchema.safeParse(data);
      if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw new FileError('invalid', `“${name}”的表格数据不完整或有误：${i?.path.join('.') || '（根）'} ${i?.message ?? ''}`.trim());
      }
      const { report, flags } = factsToReport(parsed.data);
      return { report, kind: 'facts', flags };
    }
    return { report: parseReportFile(text, name), kind: 'nianbao', flags: [] };
  }
  const ext = extname(name).toLowerCase();
  throw new FileError(
    'unknown-format',
    `暂不支持读取“${name}”${ext ? `（${ext} 文件）` : ''}：请选择 .nianbao 年报文件或表格数据 JSON`,
  );
}

export async function openReport(path: string): Promise<OpenedReport> {
  return reportFromText(await readText(path), basename(path));
}
