// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blankReport } from '../../shared/report/blank.ts';
import { findingKey } from '../../shared/rules/index.ts';
import { SECTIONS } from '../../shared/schema/sections.ts';
import { afterNextPaint } from '../store/next-paint.ts';
import { editorStore } from '../store/index.ts';
import { ProblemsPanel } from './ProblemsPanel.tsx';
import { ProseEditor } from './ProseEditor.tsx';
import { StatusBar } from './StatusBar.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLDivElement;

beforeEach(() => {
  const r = blankReport({ unit: '示例镇', kind: 'township', year: 2025 });
  r.sections.other.paragraphs = [{ heading: '', text: '2024年未收取信息处理费。', review: ['仍写有上年年份“2024年”'] }];
  editorStore.getState().load(r, null);
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() =>
    root.render(
      <>
        <ProseEditor section={SECTIONS.find((s) => s.id === 'other')!} />
        <ProblemsPanel />
        <StatusBar />
      </>,
    ),
  );
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

/** The problems list and the counts are drawn after the next paint. */
async function painted() {
  await act(() => new Promise<void>((resolve) => afterNextPaint(resolve)));
}

function click(el: Element) {
  act(() => {
    el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
}

describe('问题列表与状态栏', () => {
  it('列出错误和警告，计数一致；点击转到单元格', async () => {
    // The review mark of section 六 is listed from the start.
    expect(host.querySelectorAll('.finding')).toHaveLength(1);
    act(() => editorStore.getState().writeCells([{ address: 'sec2.rules.issued', text: '2' }, { address: 'sec4[0]', text: '无' }]));
    // Not before the paint of the cells: the list follows one frame later.
    expect(host.querySelectorAll('.finding')).toHaveLength(1);
    await painted();
    const items = host.querySelectorAll('.finding');
    expect(items).toHaveLength(3);
    expect(items[0]!.className).toContain('error');
    expect(items[1]!.className).toContain('warning');
    expect(host.querySelector('[data-testid="error-count"]')!.textContent).toBe('错误 1');
    expect(host.querySelector('[data-testid="warning-count"]')!.textContent).toBe('警告 2');
    click(items[0]!.querySelector('button')!);
    expect(editorStore.getState().active).toBe('sec4[0]');
  });

  it('忽略警告：选一个理由、可加说明，写入报告', async () => {
    act(() => editorStore.getState().writeCells([{ address: 'sec2.rules.issued', text: '2' }]));
    await painted();
    click(host.querySelector<HTMLButtonElement>('.finding.warning .dismiss-open')!);
    const input = host.querySelector<HTMLInputElement>('.finding.warning .dismiss-form input')!;
    act(() => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(input, '本镇代县政府起草');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    click(Array.from(host.querySelectorAll<HTMLButtonElement>('.finding.warning .dismiss-form button')).find((b) => b.textContent === '确定')!);
    const f = editorStore.getState().findings.find((x) => x.severity === 'warning')!;
    expect(editorStore.getState().report!.reasons[findingKey(f)]).toBe('已核对，无需修改：本镇代县政府起草');
    expect(host.querySelector('.finding.warning')!.textContent).toContain('（已忽略）');
  });
});

describe('正文', () => {
  it('核对标记显示；忽略（已核对）记为理由，标记收起', () => {
    expect(host.querySelector('.review-mark')!.textContent).toContain('仍写有上年年份');
    click(host.querySelector<HTMLButtonElement>('.review-mark .dismiss-open')!);
    click(Array.from(host.querySelectorAll<HTMLButtonElement>('.review-mark button')).find((b) => b.textContent === '确定')!);
    expect(host.querySelector('.review-mark')).toBeNull();
    expect(editorStore.getState().report!.reasons['review-mark:other.0']).toBe('已核对，无需修改');
  });

  it('改掉标记所指的年份，标记消失', () => {
    act(() => editorStore.getState().setParagraph('other', 0, { text: '本年度未收取信息处理费。' }));
    expect(host.querySelector('.review-mark')).toBeNull();
    expect(editorStore.getState().findings.filter((f) => f.rule === 'review-mark')).toEqual([]);
  });

  it('添加和删除段落', () => {
    click(Array.from(host.querySelectorAll('button')).find((b) => b.textContent === '添加段落')!);
    expect(host.querySelectorAll('textarea.prose-text')).toHaveLength(2);
    click(host.querySelectorAll('.paragraph')[1]!.querySelector('button:last-child')!);
    expect(host.querySelectorAll('textarea.prose-text')).toHaveLength(1);
  });
});
