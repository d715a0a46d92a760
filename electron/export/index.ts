/** Node side of export: fonts from this computer (or the bundled ones), then the shared renderers. */
import type { ExportFormat } from '../../shared/api/contract.ts';
import { renderDocx } from '../../shared/export/docx.ts';
import { FONT_ROLES, type FontRole } from '../../shared/export/layout.ts';
import { buildDocModel } from '../../shared/export/model.ts';
import { pdfDefinition } from '../../shared/export/pdf-definition.ts';
import type { Report } from '../../shared/report/model.ts';
import { describeDocxFonts, describeFonts, resolveFonts, type ResolveOptions } from './fonts.ts';
import { fontUsable, pdfFontInfo } from './font-metrics.ts';
import { renderPdf } from './pdf-render.ts';

export interface ExportOptions {
  /** GB/T 9704: odd pages right, even pages left ('outer', the default); or all centred. */
  pageNumbers?: 'outer' | 'center';
}

/** The file's bytes; what the API returns to the page is shared/api's ExportResult. */
export interface RenderedExport {
  bytes: Uint8Array;
  /** Human-readable list of the fonts used (Chinese labels). */
  fonts: string[];
}

/** renderExport with a choice of font folders (tests use only the bundled fonts for stable images). */
export async function renderExportWith(
  report: Report,
  format: ExportFormat,
  opts: ExportOptions & ResolveOptions = {},
): Promise<RenderedExport> {
  const fonts = await resolveFonts({ ...(opts.dirs ? { dirs: opts.dirs } : {}), usable: fontUsable });
  const model = buildDocModel(report);
  const placement = opts.pageNumbers ?? 'outer';
  if (format === 'docx') {
    const fontNames = Object.fromEntries(FONT_ROLES.map((r) => [r, fonts[r].docxFamily])) as Record<FontRole, string>;
    const bytes = await renderDocx(model, { fontNames, pageNumbers: placement, measure: pdfFontInfo(fonts) });
    // The DOCX names the official fonts; what the reader sees depends on their computer.
    return { bytes, fonts: describeDocxFonts(fonts) };
  }
  const dd = pdfDefinition(model, pdfFontInfo(fonts), { pageNumbers: placement });
  return { bytes: await renderPdf(dd, fonts), fonts: describeFonts(fonts) };
}

export async function renderExport(report: Report, format: ExportFormat, opts: ExportOptions = {}): Promise<RenderedExport> {
  return renderExportWith(report, format, opts);
}
