import { describe, expect, it } from 'vitest';
import { blankReport } from '../../shared/report/blank.ts';
import { TABLE3_CELLS, sec3Address, sec4Address } from '../../shared/schema/index.ts';
import type { Report } from '../../shared/report/model.ts';
import { createEditorStore } from './editor-store.ts';

/**
 * A blank report whose table 三 entry cells hold 0: a column equation is checked only once its cells are
 * filled (until then it is 尚未完成), so these tests of the balance start from a filled table.
 */
function zeroTable3(except: string[] = []): Report {
  const report = blankReport({ unit: '示例镇人民政府', kind: 'township', year: 2025 });
  for (const c of TABLE3_CELLS) if (!c.isTotal && !except.includes(c.address)) report.cells[c.address] = { raw: '0', value: 0 };
  return report;
}

function setup(report = blankReport({ unit: '示例镇人民政府', kind: 'township', year: 2025 })) {
  let t = 1_000_000;
  const clock = { advance: (ms: number) => (t += ms) };
  const store = createEditorStore({ now: () => t });
  store.getState().load(report, null, { dirty: true });
  return { store, clock };
}

const g0 = sec3Address('granted', 0);
const g6 = sec3Address('granted', 6);

describe('编辑器状态', () => {
  it('键入的数字先显示（含总计），检查在显示之后进行；转到问题前先完成检查', () => {
    const later: Array<() => void> = [];
    const store = createEditorStore({ checkLater: (run) => later.push(run) });
    store.getState().load(zeroTable3(), null, { dirty: true });
    store.getState().writeCells([{ address: g0, text: '5' }], undefined, sec3Address('granted', 1), true);
    let s = store.getState();
    expect(s.report!.cells[g0]?.value).toBe(5);
    expect(s.report!.cells[g6]?.value).toBe(5);
    expect(s.active).toBe(sec3Address('granted', 1));
    expect(s.findings.some((f) => f.rule === 'sec3-balance')).toBe(false);
    expect(later).toHaveLength(1);
    // A second value before the paint waits for the same check.
    store.getState().writeCells([{ address: sec3Address('granted', 1), text: '2' }], undefined, null, true);
    expect(later).toHaveLength(1);
    store.getState().flushCheck();
    s = store.getState();
    expect(s.findings.some((f) => f.rule === 'sec3-balance')).toBe(true);
    expect(s.problems[sec3Address('total', 0)]?.severity).toBe('error');
    // The scheduled run finds nothing left to do.
    const before = store.getState();
    later[0]!();
    expect(store.getState()).toBe(before);
  });

  it('离开正在填写的一列：先显示移动，这一列的不平衡在显示之后报出', () => {
    const later: Array<() => void> = [];
    const store = createEditorStore({ checkLater: (run) => later.push(run) });
    store.getState().load(zeroTable3([sec3Address('granted', 0)]), null, { dirty: true });
    const n0 = 'sec3.rows.newReceived[0]';
    store.getState().setActive(n0);
    store.getState().writeCells([{ address: n0, text: '5' }], null, 'sec3.rows.carriedOver[0]', true);
    later.shift()!();
    const balance = () => store.getState().findings.filter((f) => f.rule === 'sec3-balance');
    expect(balance()).toEqual([]);
    store.getState().setActive('sec3.rows.newReceived[1]');
    expect(store.getState().active).toBe('sec3.rows.newReceived[1]');
    expect(balance()).toEqual([]);
    expect(later).toHaveLength(1);
    later.shift()!();
    expect(balance()).toHaveLength(2);
  });

  it('撤销时不等待：撤销后的检查结果立即可见', () => {
    const later: Array<() => void> = [];
    const store = createEditorStore({ checkLater: (run) => later.push(run) });
    store.getState().load(blankReport({ unit: '示例镇人民政府', kind: 'township', year: 2025 }), null, { dirty: true });
    store.getState().writeCells([{ address: g0, text: '1.5' }]);
    expect(store.getState().problems[g0]?.messages.join()).toContain('整数');
    store.getState().writeCells([{ address: g0, text: '2' }], undefined, null, true);
    expect(store.getState().problems[g0]?.messages.join()).toContain('整数');
    store.getState().undo();
    expect(store.getState().report!.cells[g0]?.raw).toBe('1.5');
    expect(store.getState().problems[g0]?.messages.join()).toContain('整数');
    later[0]!();
    expect(store.getState().problems[g0]?.messages.join()).toContain('整数');
  });

  it('写入单元格后自动计算总计并重新检查', () => {
    const { store } = setup(zeroTable3());
    store.getState().writeCells([{ address: g0, text: '５' }]);
    const s = store.getState();
    expect(s.report!.cells[g0]).toEqual({ raw: '5', value: 5 });
    expect(s.report!.cells[g6]).toEqual({ raw: '5', value: 5 });
    expect(s.report!.cells[sec3Address('total', 0)]?.value).toBe(5);
    // 予以公开 5 while nothing was received: the column balance rule fires.
    expect(s.findings.some((f) => f.rule === 'sec3-balance')).toBe(true);
    expect(s.problems[sec3Address('newReceived', 0)]?.severity).toBe('error');
    expect(s.problems[sec3Address('total', 0)]?.severity).toBe('error');
    expect(s.problems[g0]).toBeUndefined();
  });

  it('标准语句：插入、随单元格更新、撤销恢复数字、解除绑定后可编辑，每步一次撤销', () => {
    const { store } = setup();
    const review = () => store.getState().report!.sections.review.paragraphs;
    store.getState().insertSentence('sec4-reviews');
    const at = review().length - 1;
    expect(review()[at]).toMatchObject({ bound: 'sec4-reviews', text: expect.stringContaining('行政复议0件') });
    store.getState().writeCells([{ address: sec4Address(0), text: '3' }]);
    expect(review()[at]!.text).toContain('行政复议3件，其中结果维持3件');
    store.getState().undo();
    expect(review()[at]!.text).toContain('行政复议0件');
    store.getState().redo();
    store.getState().unbindSentence('review', at);
    expect(review()[at]!.bound).toBeUndefined();
    store.getState().writeCells([{ address: sec4Address(0), text: '5' }]);
    expect(review()[at]!.text).toContain('行政复议3件');
    expect(store.getState().findings.some((f) => f.rule === 'text-numbers' && f.paragraph?.section === 'review')).toBe(true);
    store.getState().undo();
    store.getState().undo();
    expect(review()[at]!.bound).toBe('sec4-reviews');
  });

  it('错误在改正后消失', () => {
    const { store } = setup();
    store.getState().writeCells([{ address: g0, text: '1.5' }]);
    expect(store.getState().problems[g0]?.messages.join()).toContain('整数');
    store.getState().writeCells([{ address: g0, text: '1' }, { address: sec3Address('newReceived', 0), text: '1' }]);
    expect(store.getState().problems[g0]).toBeUndefined();
    expect(store.getState().findings).toEqual([]);
  });

  it('手工填写总计时保留所填数字并报错', () => {
    const { store } = setup();
    store.getState().setAutoTotals('sec4', false);
    store.getState().writeCells([{ address: sec4Address(0), text: '2' }, { address: sec4Address(4), text: '3' }]);
    const s = store.getState();
    expect(s.report!.cells[sec4Address(4)]?.value).toBe(3);
    expect(s.problems[sec4Address(4)]?.severity).toBe('error');
  });

  it('一次粘贴是一步撤销，可重做', () => {
    const { store } = setup();
    store.getState().writeCells([{ address: g0, text: '1' }]);
    store.getState().writeCells([
      { address: sec3Address('granted', 1), text: '2' },
      { address: sec3Address('granted', 2), text: '3' },
    ]);
    expect(store.getState().report!.cells[g6]?.value).toBe(6);
    store.getState().undo();
    expect(store.getState().report!.cells[g6]?.value).toBe(1);
    expect(store.getState().report!.cells[sec3Address('granted', 1)]).toBeUndefined();
    store.getState().undo();
    expect(store.getState().report!.cells[g0]).toBeUndefined();
    store.getState().redo();
    store.getState().redo();
    expect(store.getState().report!.cells[g6]?.value).toBe(6);
  });

  it('正文连续输入合并为一步撤销，换段落或停顿后另起一步', () => {
    const { store, clock } = setup();
    const first = store.getState().report!.sections.overview.paragraphs[0]!.text;
    store.getState().setParagraph('overview', 0, { text: 'a' });
    clock.advance(200);
    store.getState().setParagraph('overview', 0, { text: 'ab' });
    clock.advance(3000);
    store.getState().setParagraph('overview', 0, { text: 'abc' });
    store.getState().undo();
    expect(store.getState().report!.sections.overview.paragraphs[0]!.text).toBe('ab');
    store.getState().undo();
    expect(store.getState().report!.sections.overview.paragraphs[0]!.text).toBe(first);
  });

  it('写入相同内容不产生撤销步骤', () => {
    const { store } = setup();
    store.getState().writeCells([{ address: g0, text: '' }]);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('警告的说明按 findingKey 存入报告', () => {
    const { store } = setup();
    store.getState().setReason('cross-year-carried-over:sec3.rows.carriedOver[0]', '上年报告有误');
    expect(store.getState().report!.reasons).toEqual({ 'cross-year-carried-over:sec3.rows.carriedOver[0]': '上年报告有误' });
    store.getState().setReason('cross-year-carried-over:sec3.rows.carriedOver[0]', ' ');
    expect(store.getState().report!.reasons).toEqual({});
  });

  it('保存后清除未保存标记，再改又出现', () => {
    const { store } = setup();
    store.getState().markSaved({ id: 'f1', name: '年报.nianbao' });
    expect(store.getState().dirty).toBe(false);
    store.getState().setUnitName('示例街道办事处');
    expect(store.getState().dirty).toBe(true);
    expect(store.getState().report!.unit.name).toBe('示例街道办事处');
  });

  it('已核对记为这一段核对标记的理由；问题列表中显示为已说明', () => {
    const { store } = setup();
    store.getState().setParagraph('other', 0, { text: '2024年', review: ['仍写有上年年份“2024年”'] });
    expect(store.getState().findings.some((f) => f.rule === 'review-mark')).toBe(true);
    store.getState().dismissReview('other', 0);
    expect(store.getState().report!.reasons['review-mark:other.0']).toBe('已核对');
  });

  it('一列还在填写时不报这列不平衡，离开这一列就报，并说相差几', () => {
    // Column 0 filled but for one result: still being typed, so its imbalance waits.
    const { store } = setup(zeroTable3([sec3Address('granted', 0)]));
    const n0 = 'sec3.rows.newReceived[0]';
    store.getState().setActive(n0);
    store.getState().writeCells([{ address: n0, text: '5' }], null, 'sec3.rows.carriedOver[0]');
    const balance = () => store.getState().findings.filter((f) => f.rule === 'sec3-balance');
    expect(balance()).toEqual([]);
    expect(store.getState().checked.some((f) => f.rule === 'sec3-balance')).toBe(true);
    store.getState().setActive('sec3.rows.newReceived[1]');
    expect(balance().map((f) => [f.cells[0], f.message.slice(-4)])).toEqual([
      [n0, '相差 5'],
      ['sec3.rows.newReceived[6]', '相差 5'],
    ]);
    // Coming back to the column (a jump from the 问题 panel) is not typing: the error stays shown.
    store.getState().setActive('sec3.rows.granted[0]');
    expect(balance()).toHaveLength(2);
  });

  it('前言：空报告可直接输入，可加段、删段，清空后不留空段落', () => {
    const { store } = setup();
    const preamble = () => store.getState().report!.preamble;
    expect(preamble()).toEqual([]);
    store.getState().setParagraph('preamble', 0, { text: '本报告由示例镇人民政府编制。' });
    expect(preamble()).toEqual([{ heading: '', text: '本报告由示例镇人民政府编制。' }]);
    store.getState().addParagraph('preamble', 0);
    store.getState().setParagraph('preamble', 1, { text: '如有疑问，请与镇党政办联系。' });
    expect(preamble().map((p) => p.text)).toEqual(['本报告由示例镇人民政府编制。', '如有疑问，请与镇党政办联系。']);
    store.getState().removeParagraph('preamble', 0);
    store.getState().setParagraph('preamble', 0, { text: '' });
    expect(preamble()).toEqual([]);
    store.getState().undo();
    expect(preamble()).toEqual([{ heading: '', text: '如有疑问，请与镇党政办联系。' }]);
  });
});

describe('派生数据', () => {
  it('检查结果不变时保持同一数组，避免重绘', () => {
    const { store } = setup();
    store.getState().writeCells([{ address: g0, text: '1.5' }]);
    const before = store.getState().findings;
    store.getState().writeCells([{ address: sec4Address(0), text: '1' }]);
    expect(store.getState().findings).toBe(before);
    store.getState().writeCells([{ address: g0, text: '2' }]);
    expect(store.getState().findings).not.toBe(before);
  });
});

describe('提交并移动', () => {
  it('写入和移动在同一次更新中完成；内容未变也照样移动', () => {
    const { store } = setup();
    let updates = 0;
    const off = store.subscribe(() => updates++);
    store.getState().writeCells([{ address: g0, text: '3' }], undefined, sec3Address('partlyGranted', 0));
    expect(updates).toBe(1);
    expect(store.getState().active).toBe(sec3Address('partlyGranted', 0));
    store.getState().writeCells([{ address: g0, text: '3' }], undefined, sec3Address('denied_1', 0));
    expect(store.getState().active).toBe(sec3Address('denied_1', 0));
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().setActive(sec3Address('denied_1', 0));
    expect(updates).toBe(2);
    off();
  });
});
