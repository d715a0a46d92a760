/** Node side of export: fonts from this computer (or the bundled ones), then the shared renderers. */
import type { ExportFormat } from '../../shared/api/contract.ts';
import { FONT_ROLES, type FontRole } from '../../shared/export/layout.ts';
import { buildDocModel, type DocModel } from '../../shared/export/model.ts';
import { pdfDefinition } from './pdf-definition.ts';
import { planTables, type TablePlan } from '../../shared/export/pagination.ts';
import type { Report } from '../../shared/report/model.ts';
import { TABLES } from '../../shared/schema/index.ts';
import { describeUnprintable, findUndrawable, type TextSpot, type Unprintable } from '../../shared/export/glyphs.ts';
import { describeDocxFonts, describeFonts, resolveFallbacks, resolveFonts, scanFonts, standIns, type ResolvedFont, type ResolveOptions } from './fonts.ts';
import type { FontStandIn } from '../../shared/export/font-stand-ins.ts';
import { fallbackFamily, fontChooser, fontHas, fontUsable, loadFontkit, pdfFontInfo } from './font-metrics.ts';
import { loadSubsetter, subsetFont } from './font-subset.ts';
import { loadPdfEngine, renderPdf } from './pdf-render.ts';

export interface ExportOptions {
  /** GB/T 9704: odd pages right, even pages left ('outer', the default); or all centred. */
  pageNumbers?: 'outer' | 'center';
}

/** The file's bytes; what the API returns to the page is shared/api's ExportResult. */
export interface RenderedExport {
  bytes: Uint8Array;
  /** One line on the fonts (stand-ins used), and one on characters that could not be printed. */
  fonts: string[];
  /** Characters removed (XML-illegal) or drawn by no font on this computer. */
  unprintable: Unprintable[];
}

/** Every run of text of the document with its role and place, for the glyph check. */
function textSpots(model: DocModel): TextSpot[] {
  const spots: TextSpot[] = model.title.map((text) => ({ role: 'title', text, where: '标题' }));
  for (const b of model.blocks) {
    if (b.type === 'table') {
      for (const row of b.table.rows) for (const cell of row) spots.push({ role: 'table', text: cell.text, where: TABLES[b.table.id].name });
    } else {
      if (b.type === 'paragraph' && b.lead) spots.push({ role: 'subheading', text: b.lead, where: b.where });
      spots.push({ role: b.type === 'paragraph' ? 'body' : b.type, text: b.text, where: b.where });
    }
  }
  return spots;
}

/** The fonts, the model, and what of it no font here can print (looking in the fallback fonts only when needed). */
async function prepare(report: Report, opts: ResolveOptions) {
  const dirs = opts.dirs ? { dirs: opts.dirs } : {};
  const fonts = await resolveFonts({ ...dirs, usable: fontUsable });
  const model = buildDocModel(report);
  const spots = textSpots(model);
  // One chooser (and its cache of which font draws what) for the check and the layout.
  let choose = fontChooser(fonts, []);
  let missing = findUndrawable(spots, (role, ch) => choose(role, ch) !== null);
  let fallbacks: ResolvedFont[] = [];
  if (missing.length) fallbacks = await resolveFallbacks(dirs);
  if (fallbacks.length) {
    choose = fontChooser(fonts, fallbacks);
    missing = findUndrawable(spots, (role, ch) => choose(role, ch) !== null);
  }
  return { fonts, fallbacks, choose, model, unprintable: [...model.removed, ...missing] };
}

/** What the export would not print, before exporting (the CLI refuses without --force). */
export async function checkGlyphs(report: Report, opts: ResolveOptions = {}): Promise<Unprintable[]> {
  return (await prepare(report, opts)).unprintable;
}

const unprintableLine = (u: Unprintable[]) => (u.length ? [`以下字符无法打印（本机没有能显示它们的字体，或不是可用的字符），导出文件中缺少它们：${describeUnprintable(u)}`] : []);

let docxModule: Promise<typeof import('./docx.ts')> | undefined;

/** renderExport with a choice of font folders (tests use only the bundled fonts for stable images). */
export async function renderExportWith(
  report: Report,
  format: ExportFormat,
  opts: ExportOptions & ResolveOptions = {},
): Promise<RenderedExport> {
  await scanFonts(opts);
  const prepared = prepare(report, opts);
  // The font files are being read on libuv's threads (see resolveFonts): meanwhile this thread
  // loads what the format needs, 100–200 ms the first time in a process.
  // The docx library (~80 ms to load) only for a DOCX.
  const docx = format === 'docx' ? (docxModule ??= import('./docx.ts')) : null;
  if (format === 'pdf') {
    loadPdfEngine();
    loadSubsetter();
  } else loadFontkit();
  const { fonts, fallbacks, choose, model, unprintable } = await prepared;
  const placement = opts.pageNumbers ?? 'outer';
  const info = pdfFontInfo(fonts, fallbacks, choose);
  if (docx) {
    const { renderDocx } = await docx;
    const fontNames = Object.fromEntries(FONT_ROLES.map((r) => [r, fonts[r].docxFamily])) as Record<FontRole, string>;
    const bytes = await renderDocx(model, { fontNames, pageNumbers: placement, measure: info });
    // The DOCX names the official fonts; what the reader sees depends on their computer.
    return { bytes, fonts: [...describeDocxFonts(fonts), ...unprintableLine(unprintable)], unprintable };
  }
  const dd = pdfDefinition(model, info, { pageNumbers: placement });
  const extra = Object.fromEntries(fallbacks.map((f, i) => [fallbackFamily(i), f]));
  return { bytes: await renderPdf(dd, fonts, extra), fonts: [...describeFonts(fonts), ...unprintableLine(unprintable)], unprintable };
}

/** The standard fonts this computer lacks and their stand-ins, as an export would choose them: for the export dialog. */
export async function fontStandIns(opts: ResolveOptions = {}): Promise<FontStandIn[]> {
  await scanFonts(opts);
  return standIns(await resolveFonts({ ...(opts.dirs ? { dirs: opts.dirs } : {}), usable: fontUsable }));
}

/** Where the tables of a report fall (pagination.ts), as both renderers print them: for the tests of page layout. */
export async function exportPlan(report: Report, opts: ResolveOptions = {}): Promise<{ model: DocModel; plans: (TablePlan | null)[] }> {
  await scanFonts(opts);
  const { fonts, fallbacks, choose, model } = await prepare(report, opts);
  return { model, plans: planTables(model, pdfFontInfo(fonts, fallbacks, choose)) };
}

export async function renderExport(report: Report, format: ExportFormat, opts: ExportOptions = {}): Promise<RenderedExport> {
  return renderExportWith(report, format, opts);
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Loads ahead, while the app is idle after start-up, what a first export would: the PDF engine,
 * HarfBuzz, the font files, their character maps, and each face inside HarfBuzz. The app's first
 * export then costs little more than a later one. One step a turn of the event loop (the longest,
 * loading pdfmake, ~100 ms), so a request arriving meanwhile waits for one step at most.
 */
export async function warmExport(opts: ResolveOptions = {}): Promise<void> {
  await scanFonts(opts);
  const reading = resolveFonts({ ...(opts.dirs ? { dirs: opts.dirs } : {}), usable: fontUsable });
  for (const load of [loadFontkit, loadPdfEngine, loadSubsetter]) {
    await nextTurn();
    load();
  }
  const fonts = await reading;
  for (const role of FONT_ROLES) {
    await nextTurn();
    const f = fonts[role];
    fontHas(f, '年');
    try {
      subsetFont(f.bytes, '年', f.postscriptName);
    } catch {
      // A face HarfBuzz cannot cut is handed whole to pdfkit at export.
    }
  }
}
