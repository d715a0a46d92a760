/**
 * What the district's review reads and gives, one entry per file: the shapes review.ts makes and the
 * note makers (compare.ts, select.ts, yoy.ts) fill, kept apart so that none of them imports review.ts.
 */
import type { Report } from '../report/model.ts';
import type { Finding, Severity } from '../rules/finding.ts';

/** A note is gentler than a warning: worth a look, not something to fix or explain. */
export type BatchSeverity = Severity | 'note';

export type BatchFinding = Omit<Finding, 'severity'> & { severity: BatchSeverity };

export interface BatchInput {
  file: string;
  report: Report | null;
  /** Why the file could not be read (Chinese). */
  error?: string;
  /** The report's findings checked alone (no last year), when they were computed already (a worker thread). */
  alone?: readonly Finding[];
  /** Read from a scan by OCR: how long it took and how many numbers are left for the reviewer to confirm. */
  scan?: ScanRead;
}

export interface ScanRead {
  seconds: number;
  toConfirm: number;
}

export interface BatchEntry {
  file: string;
  unit: string | null;
  year: number | null;
  findings: BatchFinding[];
  /** The file last year's figures came from, when one was found. */
  lastFile?: string;
}
