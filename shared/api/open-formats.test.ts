import { describe, expect, it } from 'vitest';
import { inPageOrder, isBatchFile, OPEN_ACCEPT } from './open-formats.ts';

describe('打开 several page images at once', () => {
  it('the pages are in the order of the file names, numbers by their value (第2页 before 第10页)', () => {
    const names = (list: string[]) => inPageOrder(list.map((name) => ({ name }))).map((f) => f.name);
    expect(names(['第10页.png', '第2页.png', '第1页.png'])).toEqual(['第1页.png', '第2页.png', '第10页.png']);
    expect(names(['scan-10.jpg', 'scan-003.jpg', 'scan-2.jpg'])).toEqual(['scan-2.jpg', 'scan-003.jpg', 'scan-10.jpg']);
  });

  it('the chooser offers the scan images, and a folder review reads them', () => {
    expect(OPEN_ACCEPT).toContain('.png');
    expect(OPEN_ACCEPT).toContain('.tiff');
    expect(isBatchFile('白沙镇/第1页.JPG')).toBe(true);
  });
});
