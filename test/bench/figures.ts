/** What a bench module returns; kept apart from run.ts so benches never import the entry script. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  target: string;
}

export type Bench = () => Promise<Figure[]>;

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Sorted wall times of `runs` calls after `warmUp` untimed ones (JIT and caches). */
export function timeSync(runs: number, fn: (i: number) => void, warmUp = 200): number[] {
  for (let i = 0; i < warmUp; i++) fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

/** Wall times, sorted, and the mean CPU time (less disturbed when other processes share the machine). */
export async function timeAsync(runs: number, fn: () => Promise<unknown>): Promise<{ wall: number[]; cpu: number }> {
  const wall: number[] = [];
  const c0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    wall.push(performance.now() - t0);
  }
  const c = process.cpuUsage(c0);
  return { wall: wall.sort((a, b) => a - b), cpu: (c.user + c.system) / 1000 / runs };
}

export interface Timing {
  /** Wall times, sorted. */
  wall: number[];
  /** CPU per run. */
  cpu: number;
}

/** Times `a` and `b` in turn, `runs` times each: neither carries the other's garbage collection alone. */
export async function alternate(runs: number, a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[Timing, Timing]> {
  const out: [Timing, Timing] = [
    { wall: [], cpu: 0 },
    { wall: [], cpu: 0 },
  ];
  const once = async (fn: () => Promise<unknown>, into: Timing) => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    into.wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    into.cpu += (c.user + c.system) / 1000 / runs;
  };
  for (let i = 0; i < runs; i++) {
    await once(a, out[0]);
    await once(b, out[1]);
  }
  for (const t of out) t.wall.sort((x, y) => x - y);
  return out;
}
