/** The one way the renderer waits for a frame to be on screen (no store here: the store uses it). */

/** Runs `cb` once the next frame has been painted: a message posted from a rAF callback. */
export function afterNextPaint(cb: () => void): () => void {
  let cancelled = false;
  const id = requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      if (!cancelled) cb();
    };
    ch.port2.postMessage(0);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(id);
  };
}
