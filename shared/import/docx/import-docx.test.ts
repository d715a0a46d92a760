import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CELLS } from '../../schema/index.ts';
import { importFile } from '../index.ts';
import { ORIGINALS } from '../../../test/fixtures/corpus.ts';
import { consistentReport } from '../../../test/fixtures/consistent-report.ts';
import { DOCX_FIXTURES } from '../../../test/fixtures/make-docx-fixtures.ts';

describe('the WPS template through importFile', () => {
  it('blank: every value cell imports as empty (null, never 0), each one flagged', async () => {
    const { report, flags } = await importFile('政务公开年报模版.docx', readFileSync(join(ORIGINALS, 'template_zhengwugongkai_nianbao.docx')));
    expect(ALL_CELLS.map((c) => report.cells[c.address]?.value ?? null)).toEqual(ALL_CELLS.map(() => null));
    expect(new Set(flags.flatMap((f) => (f.cell ? [f.cell] : [])))).toEqual(new Set(ALL_CELLS.map((c) => c.address)));
  });

  it('filled by a clerk: every number, the unit, the year and the prose come back', async () => {
    const original = consistentReport();
    const { report, flags } = await importFile('上年报告.docx', readFileSync(join(DOCX_FIXTURES, 'filled-template.docx')));
    expect(ALL_CELLS.map((c) => report.cells[c.address]?.value)).toEqual(ALL_CELLS.map((c) => original.cells[c.address]?.value));
    expect([report.unit.name, report.year]).toEqual([original.unit.name, original.year]);
    expect(report.sections.overview.paragraphs.map((p) => p.heading)).toEqual(['', '（一）主动公开', '（二）依申请公开']);
    expect(report.sections.other.paragraphs).toEqual([{ heading: '', text: '本年度未收取信息处理费。' }]);
    expect(flags.filter((f) => f.cell)).toEqual([]);
  });
});
