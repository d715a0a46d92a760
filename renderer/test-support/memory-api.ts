/**
 * An in-memory NianbaoApi for tests: files are strings in a map, "dialogs" pick what the test queued.
 * A method added to the contract is there at once and throws until a test here needs it faked.
 */
import { API_METHODS, type ExportFormat, type ExportResult, type FileRef, type NianbaoApi, type OpenResult, type PrintResult } from '../../shared/api/contract.ts';
import { parseReportFile, serializeReport } from '../../shared/file/codec.ts';
import type { Report } from '../../shared/report/model.ts';
import type { FontStandIn } from '../../shared/export/font-stand-ins.ts';

export interface MemoryApi extends NianbaoApi {
  files: Map<string, { name: string; text: string }>;
  exports: { format: ExportFormat; name: string; report: Report }[];
  prints: Report[];
  /** What exportFonts answers: no standard font missing unless a test says so. */
  standIns: FontStandIn[];
  recovery: { report: Report; file: FileRef | null; savedAt: string } | null;
  /** The file the next open() "picks"; null means the user cancels. */
  nextOpen: string | null;
  calls: string[];
}

/** Every method of the contract, each failing with its name until faked. */
function notFaked(): NianbaoApi {
  const fail = (method: string) => async () => {
    throw new Error(`memory-api: ${method} is not faked`);
  };
  return Object.fromEntries(API_METHODS.map((m) => [m, fail(m)])) as unknown as NianbaoApi;
}

export function createMemoryApi(): MemoryApi {
  let counter = 0;
  const api: MemoryApi = {
    ...notFaked(),
    files: new Map(),
    exports: [],
    prints: [],
    standIns: [],
    recovery: null,
    nextOpen: null,
    calls: [],
    async info() {
      return { version: 'test', platform: 'web' };
    },
    async open(): Promise<OpenResult | null> {
      api.calls.push('open');
      if (api.nextOpen === null) return null;
      return api.openRecent(api.nextOpen);
    },
    async openRecent(id: string): Promise<OpenResult> {
      api.calls.push(`openRecent:${id}`);
      const f = api.files.get(id);
      if (!f) throw new Error('文件不存在');
      return { file: { id, name: f.name }, name: f.name, report: parseReportFile(f.text, f.name), flags: [] };
    },
    async listRecent() {
      return [...api.files].map(([id, f]) => ({ id, name: f.name }));
    },
    async save(file: FileRef, report: Report) {
      api.calls.push(`save:${file.id}`);
      api.files.set(file.id, { name: file.name, text: serializeReport(report) });
      return file;
    },
    async saveAs(report: Report, suggestedName: string) {
      api.calls.push(`saveAs:${suggestedName}`);
      const id = `f${++counter}`;
      api.files.set(id, { name: suggestedName, text: serializeReport(report) });
      return { id, name: suggestedName };
    },
    async exportReport(report: Report, format: ExportFormat, name: string): Promise<ExportResult> {
      api.exports.push({ format, name, report });
      return { file: { id: `x${++counter}`, name: `${name}.${format}` }, fonts: ['测试字体'], url: `/download/${counter}` };
    },
    async exportFonts() {
      return api.standIns;
    },
    async print(report: Report): Promise<PrintResult> {
      api.prints.push(report);
      return { fonts: ['测试字体'] };
    },
    async writeRecovery(report: Report, file: FileRef | null) {
      api.recovery = { report, file, savedAt: new Date(0).toISOString() };
    },
    async readRecovery() {
      return api.recovery;
    },
    async discardRecovery() {
      api.calls.push('discardRecovery');
      api.recovery = null;
    },
  };
  return api;
}
