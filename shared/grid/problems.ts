/** Findings by cell, the way the grid paints them: the worst severity and every message. */
import type { Finding, Severity } from '../rules/finding.ts';

export interface CellProblem {
  severity: Severity;
  messages: string[];
}

export function problemsByCell(findings: readonly Finding[]): Record<string, CellProblem> {
  const out: Record<string, CellProblem> = {};
  for (const f of findings) {
    for (const address of f.cells) {
      const p = out[address];
      if (!p) out[address] = { severity: f.severity, messages: [f.message] };
      else {
        if (f.severity === 'error') p.severity = 'error';
        if (!p.messages.includes(f.message)) p.messages.push(f.message);
      }
    }
  }
  return out;
}
