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
