/** The messages between read-boundary.ts and its reader worker (read-worker.ts). */
import type { FileErrorCode } from '../../shared/file/errors.ts';
import type { ImportResult } from '../../shared/import/index.ts';

export interface ReadRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
}

export type ReadReply =
  /** The worker has begun this file (its readers are loaded): the time budget counts from here. */
  | { id: number; started: true }
  | { id: number; result: ImportResult }
  /** `message` empty: the reader threw something not ours; the boundary words it. */
  | { id: number; error: { code: FileErrorCode; message: string; where?: string } };
