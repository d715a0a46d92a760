import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paint, resetFrames } from '../test-support/frames-by-hand.ts';
import { afterPaintOrTimer, NO_FRAME_MS } from './paint-or-timer.ts';

// Frames are painted when the test says so.
vi.mock('./next-paint.ts', () => import('../test-support/frames-by-hand.ts'));

beforeEach(() => {
  vi.useFakeTimers();
  resetFrames();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('等到下一帧显示之后，窗口不绘制时等到时限', () => {
  it('下一帧显示后运行一次，时限到了不再运行', () => {
    const cb = vi.fn();
    afterPaintOrTimer(cb);
    expect(cb).not.toHaveBeenCalled();
    paint();
    expect(cb).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(NO_FRAME_MS);
    expect(cb).toHaveBeenCalledOnce();
  });

  it('没有帧时，时限一到运行一次，之后来的帧不再运行', () => {
    const cb = vi.fn();
    afterPaintOrTimer(cb);
    vi.advanceTimersByTime(NO_FRAME_MS - 1);
    expect(cb).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(cb).toHaveBeenCalledOnce();
    paint();
    expect(cb).toHaveBeenCalledOnce();
  });

  it('取消后都不运行', () => {
    const cb = vi.fn();
    afterPaintOrTimer(cb)();
    paint();
    vi.advanceTimersByTime(NO_FRAME_MS);
    expect(cb).not.toHaveBeenCalled();
  });
});
