import { describe, expect, it } from 'vitest';
import { imageRulings } from './rulings.ts';

const DPI = 150;
const W = 900;
const H = 300;

function page(draw: (set: (x: number, y: number) => void) => void): Uint8Array {
  const ink = new Uint8Array(W * H);
  draw((x, y) => (ink[y * W + x] = 1));
  return ink;
}
const hLine = (set: (x: number, y: number) => void, y: number, x0 = 20, x1 = 880) => {
  for (let x = x0; x < x1; x++) set(x, y);
};
/** Long rulings' rows in pixels (100.5: between rows 100 and 101). */
const rowsOf = (ink: Uint8Array) => imageRulings(ink, W, H, DPI).h.filter((s) => s.to - s.from > 400 * (72 / DPI)).map((s) => s.at / (72 / DPI) - 0.5);

describe('扫描件的表格线', () => {
  it('两像素粗的横线是一条线，在它的中间', () => {
    expect(rowsOf(page((set) => [100, 101].forEach((y) => hLine(set, y))))).toEqual([100.5]);
  });

  it('浅色底纹的单元格在 JPEG 扫描中留下的斑点紧挨着表格线，表格线仍然找得到', () => {
    const ink = page((set) => {
      [100, 101, 200, 201].forEach((y) => hLine(set, y));
      // The shaded row between: short runs of specks on every pixel row, each longer than 0.3 inch.
      for (let y = 102; y < 200; y++) for (let x0 = 40; x0 + 60 < 880; x0 += 95) hLine(set, y, x0 + (y % 7), x0 + 55 + (y % 5));
    });
    expect(rowsOf(ink)).toEqual([100.5, 200.5]);
  });

  it('拍得很斜的照片里倾斜的线不是表格线（台阶状的短段合成一条太粗的带）', () => {
    const ink = page((set) => {
      for (let x = 20; x < 880; x++) for (let t = 0; t < 3; t++) set(x, Math.floor(60 + 0.06 * x) + t);
    });
    expect(imageRulings(ink, W, H, DPI).h).toEqual([]);
  });

  it('一大块墨色（黑框、加粗的标题条）不是表格线', () => {
    expect(rowsOf(page((set) => { for (let y = 100; y < 130; y++) hLine(set, y); }))).toEqual([]);
  });
});
