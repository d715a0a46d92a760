/**
 * Whether the web build's server answers. Every API call reports its outcome here (a network failure
 * means the server is gone; any HTTP answer means it is there), and a cheap heartbeat keeps asking
 * while the page is open, so 「连接已断开」 shows as soon as the server stops — not only when the
 * clerk next saves — and 「已重新连接」 when it is back.
 */
import { create } from 'zustand';

export interface ConnectionState {
  online: boolean;
  /** Set when the connection came back after a loss, until the notice has been shown. */
  reconnected: boolean;
}

export const connectionStore = create<ConnectionState>(() => ({ online: true, reconnected: false }));

export function reportReachable(reachable: boolean): void {
  const { online } = connectionStore.getState();
  if (reachable === online) return;
  connectionStore.setState({ online: reachable, reconnected: reachable });
}

export const HEARTBEAT_MS = 2000;

/** Calls `ping` every HEARTBEAT_MS (its outcome is reported by the API client itself); returns a stop function. */
export function startHeartbeat(ping: () => Promise<unknown>, every = HEARTBEAT_MS): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const beat = () => {
    if (stopped) return;
    void ping()
      .catch(() => undefined)
      .finally(() => {
        if (!stopped) timer = setTimeout(beat, every);
      });
  };
  timer = setTimeout(beat, every);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
