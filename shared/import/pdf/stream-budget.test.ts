import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/fixtures/corpus.ts';
import { flateBombPdf } from '../../../test/fixtures/flate-bomb-pdf.ts';
import { FileError } from '../../file/errors.ts';
import { checkStreamBudget, STREAM_BUDGET } from './stream-budget.ts';

describe('PDF 中压缩内容展开后的大小：超过预算即不再读取', () => {
  const budget = { ...STREAM_BUDGET };
  afterEach(() => Object.assign(STREAM_BUDGET, budget));

  it('已发布的年报 PDF 远在预算之内', async () => {
    await expect(checkStreamBudget(new Uint8Array(await readFile(join(CORPUS, 'originals/103_hongze_2024.pdf'))), '洪泽.pdf')).resolves.toBeUndefined();
  });

  it('一个内容流展开后超过预算（压缩炸弹）：说明解压或展开后过大', async () => {
    const e = await checkStreamBudget(await flateBombPdf(256 * 1024 * 1024), '炸弹.pdf').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(FileError);
    expect((e as FileError).code).toBe('too-big');
    expect((e as FileError).message).toContain('“炸弹.pdf”解压或展开后过大');
  }, 60_000);

  it('各流合计也有预算：同一份年报，预算调低后被拒绝', async () => {
    STREAM_BUDGET.total = 1024;
    const pdf = new Uint8Array(await readFile(join(CORPUS, 'originals/103_hongze_2024.pdf')));
    await expect(checkStreamBudget(pdf, '洪泽.pdf')).rejects.toMatchObject({ code: 'too-big' });
  });
});
