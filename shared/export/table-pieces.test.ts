import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../test/fixtures/sample-report.ts';
import { TEXT_HEIGHT } from './layout.ts';
import { buildDocModel, type DocTable } from './model.ts';
import { fitTable, type TextMeasure } from './table-fit.ts';
import { cutTable, tablePiece } from './table-pieces.ts';

/** Square CJK glyphs, half-width digits: close enough to the real fonts for layout decisions. */
const measure: TextMeasure = { textWidth: (_role, text, size) => [...text].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 0.5 : 1) * size, 0) };

const sec3 = () => buildDocModel(sampleReport()).blocks.flatMap((b) => (b.type === 'table' && b.table.id === 'sec3' ? [b.table] : []))[0]!;
const labels = (t: DocTable) => t.rows.map((r) => r.filter((c) => !c.isValue).map((c) => `${c.text}×${c.rowSpan}`));

describe('a table cut into one piece a page', () => {
  it('repeats the header rows in each piece and starts each cut label again at the top of the next', () => {
    const t = sec3();
    const m = fitTable(t, measure);
    const piece = tablePiece(t, m, 10, 20);
    expect(labels(piece.table).slice(0, 3)).toEqual(labels(t).slice(0, 3));
    // Row 10 of table 三 is 「4.保护第三方合法权益」, inside 「三、本年度办理结果」 and 「（三）不予公开」.
    expect(labels(piece.table)[3]).toEqual(['三、本年度办理结果×10', '（三）不予公开×5', '4.保护第三方合法权益×1']);
    // 「（五）不予处理」 (rows 18–22) ends at the cut.
    expect(labels(piece.table)[11]).toEqual(['（五）不予处理×2', '1.信访举报投诉类申请×1']);
    expect(piece.table.rows).toHaveLength(3 + 10);
    expect(piece.metrics.rowHeights).toHaveLength(13);
  });

  it('prints every row once across the pieces, each piece within its page, and never a label without the rows for its text', () => {
    const t = sec3();
    const m = fitTable(t, measure);
    for (let first = 95; first < TEXT_HEIGHT; first += 7) {
      const pieces = cutTable(t, m, first, TEXT_HEIGHT);
      expect(pieces.map((p) => [p.from, p.to]).flat()).toEqual([3, ...pieces.slice(1).flatMap((p) => [p.from, p.from]), 28]);
      pieces.forEach((p, i) => expect(p.metrics.height, `from ${first}, piece ${i}`).toBeLessThanOrEqual(i === 0 ? first : TEXT_HEIGHT));
      // No row is taller than in the whole table: each cut label had the rows to hold its text.
      for (const p of pieces) p.metrics.rowHeights.slice(3).forEach((h, r) => expect(h).toBeCloseTo(m.rowHeights[p.from + r]!, 5));
    }
  });

  it('moves the cut up, before a label, rather than leave one part of it too short for its text', () => {
    const t = sec3();
    const m = fitTable(t, measure);
    // Room for the header and rows up to 「（四）无法提供」's first row: that label needs two lines.
    const upTo = (to: number) => tablePiece(t, m, 3, to).metrics.height;
    const pieces = cutTable(t, m, upTo(16) + 0.5, TEXT_HEIGHT);
    expect(pieces[0]!.to).toBe(15);
  });
});
