/**
 * The thread the heavy readers (PDF, Word, web pages, large text) run in, so that a file that makes a
 * parser hang, recurse or allocate without end costs this thread, never the server's or the app's
 * (read-boundary.ts stops it and starts another). Files are read one at a time, in the order sent.
 */
import { parentPort } from 'node:worker_threads';
import { FileError } from '../../shared/file/errors.ts';
import type { ImportResult } from '../../shared/import/index.ts';
import type { ReadReply, ReadRequest } from './read-protocol.ts';
import { wordBinaryText } from './word-binary-text.ts';

// pdf.js rejects promises of its own that nobody awaits when a file is damaged (issue #26: "End of file
// inside dictionary"); the read itself still fails through the awaited promise and is answered.
process.on('unhandledRejection', () => undefined);

const importers = import('../../shared/import/index.ts');
// Loading pdf.js and reading one tiny PDF is what a cold first PDF costs (seconds on an old PC): done
// before the first file is taken, so the file's time budget measures the file, not the start-up.
const warm = (async () => {
  const [{ importFile }, { buildPdf }] = await Promise.all([importers, import('../../shared/import/pdf/one-page-pdf.ts')]);
  await importFile('预热.pdf', buildPdf('BT /F1 12 Tf 20 100 Td (2025) Tj ET')).catch(() => undefined);
})();

function failure(id: number, e: unknown): ReadReply {
  if (e instanceof FileError) return { id, error: { code: e.code, message: e.message, where: e.where } };
  // A parser's own exception (a stack overflow, a TypeError on a malformed structure): the file is damaged.
  return { id, error: { code: 'damaged', message: '' } };
}

let queue: Promise<void> = Promise.resolve();

parentPort!.on('message', (req: ReadRequest) => {
  queue = queue.then(async () => {
    await warm;
    parentPort!.postMessage({ id: req.id, started: true } satisfies ReadReply);
    let reply: ReadReply;
    try {
      const result: ImportResult = await (await importers).importFile(req.name, req.bytes, { wordBinary: wordBinaryText });
      reply = { id: req.id, result };
    } catch (e) {
      reply = failure(req.id, e);
    }
    parentPort!.postMessage(reply);
  });
});
