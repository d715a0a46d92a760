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

export interface Timing {
  /** Wall times, sorted. */
  wall: number[];
  /** CPU per run. */
  cpu: number;
}

/** Times the functions in turn, `runs` rounds: neither carries the other's garbage collection alone. */
export async function timeInTurn(runs: number, ...fns: Array<() => Promise<unknown>>): Promise<Timing[]> {
  const out: Timing[] = fns.map(() => ({ wall: [], cpu: 0 }));
  for (let i = 0; i < runs; i++) {
    for (const [k, fn] of fns.entries()) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await fn();
      out[k]!.wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      out[k]!.cpu += (c.user + c.system) / 1000 / runs;
    }
  }
  for (const t of out) t.wall.sort((x, y) => x - y);
  return out;
}

/** Wall times, sorted, and the mean CPU time (less disturbed when other processes share the machine). */
export async function timeAsync(runs: number, fn: () => Promise<unknown>): Promise<Timing> {
  return (await timeInTurn(runs, fn))[0]!;
}
