/** Work that waits for the next paint, but not forever: a hidden or minimised window paints no frames. */
import { afterNextPaint } from './next-paint.ts';

/** How long such work waits at most. */
export const NO_FRAME_MS = 250;

/** Runs `cb` once: after the next paint, or after NO_FRAME_MS when no frame comes first. */
export function afterPaintOrTimer(cb: () => void): () => void {
  // Whichever comes first cancels the other.
  const cancel = () => {
    stopPaint();
    clearTimeout(timer);
  };
  const run = () => {
    cancel();
    cb();
  };
  const stopPaint = afterNextPaint(run);
  const timer = setTimeout(run, NO_FRAME_MS);
  return cancel;
}
