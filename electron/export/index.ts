/** Node side of export: fonts from this computer (or the bundled ones), then the shared renderers. */
import type { Report } from '../../shared/report/model.ts';

export type ExportFormat = 'pdf' | 'docx';

export interface ExportOptions {
  /** GB/T 9704: odd pages right, even pages left ('outer', the default); or all centred. */
  pageNumbers?: 'outer' | 'center';
}

export interface ExportResult {
  bytes: Uint8Array;
  /** Human-readable list of the fonts used (Chinese labels). */
  fonts: string[];
}

export async function renderExport(report: Report, format: ExportFormat, opts: ExportOptions = {}): Promise<ExportResult> {
  void report;
  void opts;
  throw new Error(`export to ${format} is being built`);
}
