import { describe, expect, it } from 'vitest';
import { parseTsv, toTsv } from './tsv.ts';

/** Small deterministic PRNG so a failure can be reproduced from the seed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ALPHABET = ['1', '２', '0', 'a', '"', '\t', '\n', '\r', ' ', '件', ',', '，', ''];

function randomBlock(rand: () => number): string[][] {
  const rows = 1 + Math.floor(rand() * 5);
  return Array.from({ length: rows }, () => {
    const cols = 1 + Math.floor(rand() * 4);
    return Array.from({ length: cols }, () => {
      const len = Math.floor(rand() * 5);
      return Array.from({ length: len }, () => ALPHABET[Math.floor(rand() * ALPHABET.length)]).join('');
    });
  });
}

describe('TSV（Excel/WPS 剪贴板格式）', () => {
  it('读取 Excel 复制的块：CRLF、末尾换行不算一行', () => {
    expect(parseTsv('1\t2\r\n3\t4\r\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseTsv('5\r\n')).toEqual([['5']]);
    expect(parseTsv('5')).toEqual([['5']]);
    expect(parseTsv('')).toEqual([]);
  });

  it('带引号的单元格可含制表符、换行和引号', () => {
    expect(parseTsv('"a\tb"\t"第一行\n第二行"\t"说""明"""\n')).toEqual([['a\tb', '第一行\n第二行', '说"明"']]);
  });

  it('空单元格保留位置', () => {
    expect(parseTsv('1\t\t3\n\t\t\n')).toEqual([
      ['1', '', '3'],
      ['', '', ''],
    ]);
  });

  it('未闭合的引号按普通文字读取', () => {
    expect(parseTsv('"12\t3\n')).toEqual([['"12', '3']]);
  });

  it('写出的文本可按原样读回（性质测试，500 个随机块）', () => {
    const rand = rng(20260101);
    for (let i = 0; i < 500; i++) {
      const block = randomBlock(rand);
      expect(parseTsv(toTsv(block)), JSON.stringify(block)).toEqual(block);
    }
  });
});
