import { describe, expect, it } from 'vitest';
import type { BatchEntry, BatchFinding } from '../../shared/batch/review.ts';
import { batchRows, nextSort, type BatchView } from './batch-model.ts';

const finding = (severity: BatchFinding['severity']): BatchFinding => ({ rule: 'r', severity, cells: [], message: severity });
const entry = (file: string, unit: string | null, year: number | null, ...f: BatchFinding['severity'][]): BatchEntry => ({
  file,
  unit,
  year,
  findings: f.map(finding),
});

const ENTRIES = [
  entry('乡镇/白沙镇.nianbao', '示例区白沙镇人民政府', 2026, 'warning', 'note'),
  entry('坏.nianbao', null, null, 'error'),
  entry('财政局.docx', '示例区财政局', 2026, 'error', 'error', 'warning'),
  entry('ａ局.txt', '示例区Ａ局', 2025),
];

const view = (patch: Partial<BatchView> = {}): BatchView => ({ filter: 'all', query: '', sort: { key: 'file', descending: false }, ...patch });
const files = (v: BatchView) => batchRows(ENTRIES, v).map((r) => r.entry.file);

describe('批量审核 table', () => {
  it('filters by severity: a row shows when it has one finding of it; 未发现问题 only rows without findings', () => {
    expect(files(view({ filter: 'error' })).sort()).toEqual(['坏.nianbao', '财政局.docx'].sort());
    expect(files(view({ filter: 'warning' })).sort()).toEqual(['乡镇/白沙镇.nianbao', '财政局.docx'].sort());
    expect(files(view({ filter: 'note' }))).toEqual(['乡镇/白沙镇.nianbao']);
    expect(files(view({ filter: 'clean' }))).toEqual(['ａ局.txt']);
  });

  it('finds a unit or a file by part of its name, full-width and case folded', () => {
    expect(files(view({ query: '白沙' }))).toEqual(['乡镇/白沙镇.nianbao']);
    expect(files(view({ query: 'A局' }))).toEqual(['ａ局.txt']);
    expect(files(view({ query: '.DOCX' }))).toEqual(['财政局.docx']);
  });

  it('sorts by counts (most first on the first click), units with unreadable files last, and keeps the folder order on ties', () => {
    const byErrors = nextSort({ key: 'file', descending: false }, 'error');
    expect(byErrors).toEqual({ key: 'error', descending: true });
    expect(files(view({ sort: byErrors }))).toEqual(['财政局.docx', '坏.nianbao', '乡镇/白沙镇.nianbao', 'ａ局.txt']);
    expect(nextSort(byErrors, 'error')).toEqual({ key: 'error', descending: false });
    expect(files(view({ sort: { key: 'unit', descending: false } })).at(-1)).toBe('坏.nianbao');
    expect(files(view({ sort: { key: 'year', descending: false } }))[1]).toBe('ａ局.txt');
    expect(batchRows(ENTRIES, view()).find((r) => r.entry.file === '财政局.docx')).toMatchObject({ index: 2, worst: 'error', counts: { error: 2, warning: 1, note: 0 } });
  });
});
