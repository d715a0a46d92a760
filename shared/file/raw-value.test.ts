import { describe, expect, it } from 'vitest';
import { consistentReport } from '../../test/fixtures/consistent-report.ts';
import { reportSchema } from './format.ts';
import { checkReport } from '../rules/index.ts';
import { sec3Address } from '../schema/index.ts';
import { parseReportFile, serializeReport } from './codec.ts';

describe('a cell’s value is what its text says, never what the file claims', () => {
  it('"raw":"85","value":58 reads as 85, so the rules check the number the PDF prints', () => {
    const r = consistentReport();
    const address = sec3Address('newReceived', 0);
    const honest = r.cells[address]!;
    const text = serializeReport(r).replace(
      `"${address}": {\n        "raw": "${honest.raw}",\n        "value": ${honest.value}`,
      `"${address}": {\n        "raw": "${Number(honest.raw) + 27}",\n        "value": ${honest.value}`,
    );
    expect(text).not.toBe(serializeReport(r));
    const read = parseReportFile(text);
    expect(read.cells[address]).toEqual({ raw: String(Number(honest.raw) + 27), value: Number(honest.raw) + 27 });
    // The total no longer adds up with the printed number: the file does not check clean.
    expect(checkReport(read, 'final').some((f) => f.severity === 'error' && f.cells.includes(address))).toBe(true);
  });

  it('the same holds for a report arriving over the API, and for text with a note or full-width digits', () => {
    const r = consistentReport();
    r.cells[sec3Address('granted', 0)] = { raw: '１２', value: 3 };
    r.cells[sec3Address('granted', 1)] = { raw: '', value: 9 };
    r.cells[sec3Address('granted', 2)] = { raw: '5（其中2件）', value: 1 };
    const parsed = reportSchema.parse(r);
    expect(parsed.cells[sec3Address('granted', 0)]).toEqual({ raw: '１２', value: 12 });
    expect(parsed.cells[sec3Address('granted', 1)]).toEqual({ raw: '', value: null });
    expect(parsed.cells[sec3Address('granted', 2)]!.value).toBe(5);
  });
});
