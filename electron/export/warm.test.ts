import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../test/fixtures/sample-report.ts';
import { renderExportWith, warmExport } from './index.ts';

const require = createRequire(import.meta.url);

describe('warming the export after start-up', () => {
  it('loads the PDF engine ahead of the first export, which then exports as before', async () => {
    const pdfmake = require.resolve('pdfmake');
    expect(require.cache[pdfmake]).toBeUndefined();
    await warmExport({ dirs: [] });
    expect(require.cache[pdfmake]).toBeDefined();
    const { bytes, fonts } = await renderExportWith(sampleReport(), 'pdf', { dirs: [] });
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(fonts.join('')).toContain('替代字体');
  });
});
