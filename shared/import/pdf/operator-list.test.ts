import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPdf } from './one-page-pdf.ts';
import { PDFJS_VERSION, pathEvents, type PathEvent } from './operator-list.ts';
import { pageRulings } from './rulings.ts';

/** Everything a page can paint a border with: a stroke under a transform, a thin filled box, a curve, a form. */
const CONTENT = 'q 2 0 0 2 10 20 cm 0 0 m 50 0 l S Q 100 100 200 1 re f 0 0 m 10 10 20 10 30 0 c 60 0 l S /X1 Do';
const FORM = { dict: '/BBox [0 0 100 100] /Matrix [1 0 0 1 300 400]', content: '0 0 m 0 40 l S' };

async function eventsOf(bytes: Uint8Array): Promise<PathEvent[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes, verbosity: 0 }).promise;
  try {
    return pathEvents(await (await doc.getPage(1)).getOperatorList(), pdfjs.OPS);
  } finally {
    await doc.destroy();
  }
}

describe("pdf.js's operator list, read by operator-list.ts", () => {
  it('is the pdf.js it was written for: the version package.json pins exactly', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies['pdfjs-dist']).toBe(PDFJS_VERSION);
    expect((await import('pdfjs-dist/legacy/build/pdf.mjs')).version).toBe(PDFJS_VERSION);
  });

  it('gives each painted path with its straight runs, and the transforms and forms around them', async () => {
    expect(await eventsOf(buildPdf(CONTENT, [FORM]))).toEqual([
      { op: 'save' },
      { op: 'transform', matrix: [2, 0, 0, 2, 10, 20] },
      { op: 'path', stroke: true, fill: false, subpaths: [{ points: [[0, 0], [50, 0]], closed: false }] },
      { op: 'restore' },
      { op: 'path', stroke: false, fill: true, subpaths: [{ points: [[100, 100], [300, 100], [300, 101], [100, 101]], closed: true }] },
      // The curve ends the run it is in: only the straight segment after it is left.
      { op: 'path', stroke: true, fill: false, subpaths: [{ points: [[30, 0], [60, 0]], closed: false }] },
      { op: 'formBegin', matrix: [1, 0, 0, 1, 300, 400] },
      { op: 'path', stroke: true, fill: false, subpaths: [{ points: [[0, 0], [0, 40]], closed: false }] },
      { op: 'formEnd' },
    ]);
  });

  it('so the page yields its rulings in top-down page coordinates', async () => {
    const rulings = pageRulings(await eventsOf(buildPdf(CONTENT, [FORM])), 842);
    expect(rulings.h).toEqual([
      { at: 822, from: 10, to: 110 },
      { at: 741.5, from: 100, to: 300 },
      { at: 842, from: 30, to: 60 },
    ]);
    expect(rulings.v).toEqual([{ at: 300, from: 402, to: 442 }]);
  });
});
