/**
 * A stand-in for next-paint.ts in unit tests: each frame is painted when the test calls paint().
 * Use as `vi.mock('…/store/next-paint.ts', () => import('…/test-support/frames-by-hand.ts'))`.
 */
const frames: (() => void)[] = [];

export function afterNextPaint(cb: () => void): () => void {
  let live = true;
  frames.push(() => live && cb());
  return () => {
    live = false;
  };
}

/** Paints the frame every waiting callback asked for. */
export function paint(): void {
  frames.splice(0).forEach((run) => run());
}

/** Forgets the callbacks of an earlier test. */
export function resetFrames(): void {
  frames.length = 0;
}
