import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paint, resetFrames } from '../test-support/frames-by-hand.ts';
import { blankReport } from '../../shared/report/blank.ts';
import { sec3Address } from '../../shared/schema/index.ts';
import { editorStore } from '../store/index.ts';
import { createMoveFirst } from './move-first.ts';

// Frames are painted when the test says so.
vi.mock('../store/next-paint.ts', () => import('../test-support/frames-by-hand.ts'));

const A = sec3Address('newReceived', 0);
const B = sec3Address('newReceived', 1);
const C = sec3Address('newReceived', 2);
const cell = (address: string) => editorStore.getState().report!.cells[address]?.raw ?? '';

beforeEach(() => {
  vi.useFakeTimers();
  resetFrames();
  editorStore.getState().load(blankReport({ unit: '示例镇', kind: 'township', year: 2025 }), null);
  editorStore.getState().setActive(A);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('Tab/回车：先显示、再写入', () => {
  it('数值在移动的那一帧显示之后才写进报告，并在同一次写入中移到下一格', () => {
    const written = vi.fn();
    const mf = createMoveFirst(written);
    mf.defer({ address: A, text: '12', moveTo: B });
    expect(mf.shown()).toBe(A);
    expect(cell(A)).toBe('');
    expect(editorStore.getState().active).toBe(A);
    paint();
    expect(cell(A)).toBe('12');
    expect(editorStore.getState().active).toBe(B);
    expect(written).toHaveBeenCalledOnce();
    expect(mf.shown()).toBeNull();
  });

  it('下一个按键等不及这一帧：先写入，再处理按键', () => {
    const mf = createMoveFirst(() => {});
    mf.defer({ address: A, text: '5', moveTo: B });
    mf.flush();
    expect(cell(A)).toBe('5');
    expect(editorStore.getState().active).toBe(B);
    // The frame that comes later writes nothing a second time (an undo in between stays undone).
    editorStore.getState().undo();
    paint();
    expect(cell(A)).toBe('');
  });

  it('连续两次 Tab：前一个值先写入，次序不乱', () => {
    const mf = createMoveFirst(() => {});
    mf.defer({ address: A, text: '1', moveTo: B });
    mf.defer({ address: B, text: '2', moveTo: C });
    expect(cell(A)).toBe('1');
    expect(cell(B)).toBe('');
    paint();
    expect([cell(A), cell(B)]).toEqual(['1', '2']);
    expect(editorStore.getState().active).toBe(C);
  });

  it('窗口不绘制（最小化、在后台）时，250 毫秒后照样写入', () => {
    const mf = createMoveFirst(() => {});
    mf.defer({ address: A, text: '9', moveTo: B });
    vi.advanceTimersByTime(249);
    expect(cell(A)).toBe('');
    vi.advanceTimersByTime(1);
    expect(cell(A)).toBe('9');
    expect(mf.shown()).toBeNull();
  });
});
