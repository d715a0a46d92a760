/**
 * Report → .nianbao text, and the file's identity. Kept apart from the parser (codec.ts, with its
 * schema library) so that a process that only saves — the kill test's child, the recovery writer —
 * loads none of it.
 */
import type { Report } from '../report/model.ts';

export const FILE_FORMAT = 'nianbao';
export const FILE_VERSION = 3;
export const FILE_EXTENSION = '.nianbao';

/** The app's version (kept equal to package.json's by a test). */
export const APP_VERSION = '0.1.0';
export const APP_ID = `nianbao ${APP_VERSION}`;

export function serializeReport(report: Report): string {
  return `${JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, app: APP_ID, report }, null, 2)}\n`;
}
