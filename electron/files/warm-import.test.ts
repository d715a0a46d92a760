import { describe, expect, it } from 'vitest';
import { reportFromBytes } from './read-report.ts';
import { tinyPdf, warmImport } from './warm-import.ts';

describe('启动后预先载入 PDF 读取程序', () => {
  it('预热用的 PDF 由 PDF 读取程序读完（不是被当作损坏的文件拒绝）', async () => {
    const opened = await reportFromBytes(tinyPdf(), '预热.pdf');
    expect(opened.kind).toBe('pdf');
  });

  it('预热不抛出错误', async () => {
    await expect(warmImport()).resolves.toBeUndefined();
  });
});
