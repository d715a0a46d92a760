/**
 * Loads ahead, while the app is idle after start-up, what the first opened PDF would: the importers and
 * pdf.js with its worker code (seconds on an old PC). Most clerks start from last year's published PDF.
 */
import { buildPdf } from '../../shared/import/pdf/one-page-pdf.ts';
import { reportFromBytes } from './read-report.ts';

/** One page with one line of text: read, it loads everything a real report's PDF needs. */
export function tinyPdf(): Uint8Array {
  return buildPdf('BT /F1 12 Tf 20 100 Td (2025) Tj ET');
}

/** Reads the tiny PDF as an import would; what it makes of it (a near-empty report, or a message) is ignored. */
export async function warmImport(): Promise<void> {
  await reportFromBytes(tinyPdf(), '预热.pdf').catch(() => undefined);
}
