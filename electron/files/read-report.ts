/** Opens any file the app understands as a report: a .nianbao file or a facts JSON. */
import { basename, extname } from 'node:path';
import { parseReportFile } from '../../shared/file/codec.ts';
import { FileError } from '../../shared/file/errors.ts';
import { FILE_EXTENSION } from '../../shared/file/format.ts';
import { describeIssues } from '../../shared/file/zod-text.ts';
import { factsSchema, factsToReport, looksLikeFacts, type FactsFlag } from '../../shared/report/facts.ts';
import type { Report } from '../../shared/report/model.ts';
import { readInputFile } from './read-bytes.ts';

export interface OpenedReport {
  report: Report;
  kind: 'nianbao' | 'facts';
  flags: FactsFlag[];
}

function utf8Text(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FileError('unknown-format', `“${name}”不是 UTF-8 文本文件，无法作为年报读取`);
  }
}

/**
 * The one entry for a file's content, wherever it came from (a path on the desktop, an upload in the
 * web build), so both builds open the same formats; `name` picks the format and is used in messages.
 */
export async function reportFromBytes(bytes: Uint8Array, name: string): Promise<OpenedReport> {
  return reportFromText(utf8Text(bytes, name), name);
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
      const parsed = factsSchema.safeParse(data, { reportInput: true });
      if (!parsed.success) {
        throw new FileError('invalid', `“${name}”的表格数据不完整或有误：${describeIssues(parsed.error.issues)}`);
      }
      const { report, flags } = factsToReport(parsed.data);
      return { report, kind: 'facts', flags };
    }
    return { report: parseReportFile(text, name), kind: 'nianbao', flags: [] };
  }
  const ext = extname(name).toLowerCase();
  // A .nianbao (or .json) that is empty or not JSON is a damaged file of ours, not an unknown format.
  if (ext === FILE_EXTENSION || ext === '.json') return { report: parseReportFile(text, name), kind: 'nianbao', flags: [] };
  throw new FileError(
    'unknown-format',
    `暂不支持读取“${name}”${ext ? `（${ext} 文件）` : ''}：请选择 .nianbao 年报文件或表格数据 JSON`,
  );
}

export async function openReport(path: string): Promise<OpenedReport> {
  return reportFromBytes(await readInputFile(path), basename(path));
}
