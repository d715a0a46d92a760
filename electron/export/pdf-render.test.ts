import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FONT_ROLES } from '../../shared/export/layout.ts';
import { resolveFonts, type FontSet, type ResolvedFont } from './fonts.ts';
import { loadPdfEngine, renderPdf } from './pdf-render.ts';

const TEXT = '政府信息公开工作年度报告';
const doc = (): TDocumentDefinitions => ({ content: [{ text: TEXT }], defaultStyle: { font: 'body', fontSize: 16 } });
const allRoles = (f: ResolvedFont) => Object.fromEntries(FONT_ROLES.map((r) => [r, f])) as FontSet;
const fontNames = (pdf: Uint8Array) => [...new Set([...Buffer.from(pdf).toString('latin1').matchAll(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]))];

async function pdfText(pdf: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const d = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const content = await (await d.getPage(1)).getTextContent();
  await d.destroy();
  return content.items.map((i) => ('str' in i ? i.str : '')).join('');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('PDF renders share pdfmake’s process-wide font table', () => {
  it('so two asked for at once each come out in their own fonts, one after the other', async () => {
    const bundled = await resolveFonts({ dirs: [] });
    const sans = allRoles(bundled.heading);
    const kai = allRoles(bundled.subheading);
    const pm = loadPdfEngine();
    const events: string[] = [];
    const setFonts = pm.setFonts.bind(pm);
    vi.spyOn(pm, 'setFonts').mockImplementation((table) => {
      events.push('set fonts');
      setFonts(table);
    });
    const createPdf = pm.createPdf.bind(pm);
    vi.spyOn(pm, 'createPdf').mockImplementation((dd) => {
      const made = createPdf(dd);
      return { getBuffer: () => made.getBuffer().finally(() => events.push('done')) };
    });

    const [a, b] = await Promise.all([renderPdf(doc(), sans), renderPdf(doc(), kai)]);
    expect(events).toEqual(['set fonts', 'done', 'set fonts', 'done']);
    expect(fontNames(a)).toEqual(['NotoSansSC-Regular']);
    expect(fontNames(b)).toEqual(['NianbaoKai-Regular']);
    expect(await pdfText(a)).toBe(TEXT);
    expect(await pdfText(b)).toBe(TEXT);
  });

  it('and one that fails does not stop the next', async () => {
    const fonts = await resolveFonts({ dirs: [] });
    const broken = renderPdf({ content: [{ text: TEXT }], defaultStyle: { font: 'nowhere' } }, fonts);
    const next = renderPdf(doc(), fonts);
    await expect(broken).rejects.toThrow();
    expect(await pdfText(await next)).toBe(TEXT);
  });
});
