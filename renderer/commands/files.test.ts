import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeReport } from '../../shared/file/codec.ts';
import { blankReport } from '../../shared/report/blank.ts';
import { cellFromNumber } from '../../shared/values/parse.ts';
import { setApi } from '../api/index.ts';
import { titleFor } from '../app-effects.ts';
import { editorStore } from '../store/index.ts';
import { createMemoryApi, type MemoryApi } from '../test-support/memory-api.ts';
import { newFromLastYear, newReport, openRecent, save, suggestedName } from './files.ts';

let api: MemoryApi;

beforeEach(() => {
  api = createMemoryApi();
  setApi(api);
  editorStore.getState().close();
});

afterEach(() => setApi(null));

describe('文件命令', () => {
  it('新建报告带范文段落，未保存；第一次保存即另存为，之后保存到同一文件', async () => {
    newReport({ unit: '示例镇人民政府', kind: 'township', year: 2025 });
    let s = editorStore.getState();
    expect(s.screen).toBe('editor');
    expect(s.dirty).toBe(true);
    expect(s.report!.sections.overview.paragraphs[4]!.text).toContain('社会评议');
    // The model text's ×× and 「本单位」 are placeholders to be replaced: two each.
    expect(titleFor(s)).toBe('● 示例镇人民政府 2025年度报告（错误 0，警告 4） — 年报编辑器');

    expect(await save()).toBe(true);
    s = editorStore.getState();
    expect(api.calls).toEqual(['saveAs:示例镇人民政府2025年政府信息公开工作年度报告.nianbao', 'discardRecovery']);
    expect(s.dirty).toBe(false);
    expect(s.file?.id).toBe('f1');
    expect(titleFor(s)).toBe('示例镇人民政府 2025年度报告（错误 0，警告 4） — 年报编辑器');

    s.writeCells([{ address: 'sec4[0]', text: '3' }]);
    expect(await save()).toBe(true);
    expect(api.calls.at(-2)).toBe('save:f1');
    expect(api.files.get('f1')!.text).toContain('"sec4[0]"');
  });

  it('重新打开保存的文件，数据相同', async () => {
    newReport({ unit: '示例镇人民政府', kind: 'township', year: 2025 });
    editorStore.getState().writeCells([{ address: 'sec3.rows.newReceived[1]', text: '4' }]);
    await save();
    const saved = editorStore.getState().report;
    editorStore.getState().close();
    await openRecent('f1');
    expect(editorStore.getState().report).toEqual(saved);
    expect(editorStore.getState().dirty).toBe(false);
  });

  it('从上年报告新建：滚动到下一年度，上年结转已填，未关联文件', async () => {
    const last = blankReport({ unit: '示例县司法局', kind: 'countyDept', year: 2024 });
    last.cells['sec3.rows.carriedForward[2]'] = cellFromNumber(5);
    api.files.set('old', { name: '上年.nianbao', text: serializeReport(last) });
    api.nextOpen = 'old';
    await newFromLastYear();
    const s = editorStore.getState();
    expect(s.report!.year).toBe(2025);
    expect(s.report!.cells['sec3.rows.carriedOver[2]']?.value).toBe(5);
    expect(s.report!.lastYear?.year).toBe(2024);
    expect(s.file).toBeNull();
    expect(s.notice).toContain('已从2024年报告生成2025年报告');
  });

  it('取消选择文件时什么也不变', async () => {
    api.nextOpen = null;
    await newFromLastYear();
    expect(editorStore.getState().screen).toBe('start');
  });

  it('建议文件名', () => {
    expect(suggestedName({ unit: { name: '', kind: 'other' }, year: 2025 })).toBe('本单位2025年政府信息公开工作年度报告');
  });
});
