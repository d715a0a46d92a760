import { describe, expect, it } from 'vitest';
import { blankReport } from '../report/blank.ts';
import { SCAN_RULE, reviewReports } from './review.ts';

const report = () => blankReport({ unit: '示例县青石镇人民政府', kind: 'township', year: 2026 });

describe('批量审核中的扫描件', () => {
  it('注明是扫描件、识别用时，以及还需对照原件确认的数字个数', () => {
    const [entry] = reviewReports([{ file: '青石镇.pdf', report: report(), scan: { seconds: 12.34, toConfirm: 3 } }]);
    const note = entry!.findings.find((f) => f.rule === SCAN_RULE);
    expect(note).toMatchObject({ severity: 'note', cells: [] });
    expect(note!.message).toBe('扫描件，经文字识别读取（用时 12.3 秒）；3 个数字未能由表格的合计关系核对，请打开该文件对照扫描原件确认');
  });

  it('数字都已核对的扫描件这样说；不是扫描件的文件没有这条提示', () => {
    const [scanned, typed] = reviewReports([
      { file: '青石镇.png', report: report(), scan: { seconds: 2, toConfirm: 0 } },
      { file: '青石镇.docx', report: report() },
    ]);
    expect(scanned!.findings.find((f) => f.rule === SCAN_RULE)?.message).toContain('表格数字均已由合计关系核对');
    expect(typed!.findings.some((f) => f.rule === SCAN_RULE)).toBe(false);
  });
});
