import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildPdf } from './one-page-pdf.ts';
import { PDFJS_VERSION } from './operator-list.ts';

const require = createRequire(import.meta.url);
const PATCH = new URL(`../../../patches/pdfjs-dist+${PDFJS_VERSION}.patch`, import.meta.url);

/** The text content pass of the pdf.js installed: its `getTextContent` method, up to the method after it. */
function textContentPass(): string {
  const worker = readFileSync(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'), 'utf8');
  const start = worker.indexOf('  async getTextContent({');
  const end = worker.indexOf('  async extractDataStructures(', start);
  expect(start, 'getTextContent is where the patch expects it').toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  return worker.slice(start, end);
}

async function textItems(content: string): Promise<{ str: string; size: number }[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: buildPdf(content), verbosity: 0 }).promise;
  try {
    const items = (await (await doc.getPage(1)).getTextContent()).items as { str: string; transform: number[] }[];
    return items.filter((i) => i.str.trim()).map((i) => ({ str: i.str, size: Math.hypot(i.transform[2]!, i.transform[3]!) }));
  } finally {
    await doc.destroy();
  }
}

describe('pdf.js 5.5.207 with the fix of pdf.js#20904 backported (patches/, applied by npm ci)', () => {
  it('is a patch for exactly the pdf.js package.json pins', () => {
    expect(readFileSync(PATCH, 'utf8')).toContain('legacy/build/pdf.worker.mjs');
  });

  it('reads text without saving the graphics state twice at each q (the second copy cost a PDF ~18 %)', () => {
    const pass = textContentPass();
    // The state is saved and restored once, where every operator is read (EvaluatorPreprocessor).
    expect(pass).toContain('preprocessor.read(operation)');
    expect(pass).not.toMatch(/case OPS\.save:\s*stateManager\.save\(\)/);
    expect(pass).not.toMatch(/case OPS\.restore:\s*stateManager\.restore\(\)/);
  });

  it('still gives text the font size in force: Q puts back the size set before its q', async () => {
    const content = 'BT /F1 12 Tf 100 700 Td (A) Tj ET q BT /F1 24 Tf 100 600 Td (B) Tj ET q BT /F1 30 Tf 100 550 Td (D) Tj ET Q Q BT 100 500 Td (C) Tj ET';
    expect(await textItems(content)).toEqual([
      { str: 'A', size: 12 },
      { str: 'B', size: 24 },
      { str: 'D', size: 30 },
      { str: 'C', size: 12 },
    ]);
  });
});
