import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer as createNetServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/fixtures/temp-dir.ts';
import { blankReport } from '../../shared/report/blank.ts';
import { startServer } from './server.ts';
import { identityPath } from './web-identity.ts';

const tmp = useTempDir('nianbao-identity-');

describe('the web build keeps its address and token per workspace', () => {
  it('a restart on the same workspace answers at the same port with the same token; the token file is 0600', async () => {
    await writeFile(join(tmp.path, 'index.html'), '<html><head></head></html>');
    const ws = join(tmp.path, 'ws');
    const first = await startServer({ distDir: tmp.path, workspace: ws });
    const ref = await first.files.saveTo(join(ws, '年报.nianbao'), blankReport({ unit: '某镇', kind: 'township', year: 2025 }));
    await first.close();
    const second = await startServer({ distDir: tmp.path, workspace: ws });
    try {
      expect(second.token).toBe(first.token);
      expect(second.port).toBe(first.port);
      expect((await fetch(second.url)).status).toBe(200);
      // A file saved before the restart is still known by the id the open page holds.
      expect(second.files.refs.isIdOf(ref.id, join(ws, '年报.nianbao'))).toBe(true);
      expect((await second.files.openRecent(ref.id)).report.unit.name).toBe('某镇');
      expect((await stat(identityPath(join(ws, '.nianbao')))).mode & 0o777).toBe(0o600);
    } finally {
      await second.close();
    }
    const other = await startServer({ distDir: tmp.path, workspace: join(tmp.path, 'other') });
    await other.close();
    expect(other.token).not.toBe(first.token);
  });

  it('when the last port is taken meanwhile, another one is used and remembered', async () => {
    await writeFile(join(tmp.path, 'index.html'), '<html><head></head></html>');
    const ws = join(tmp.path, 'ws');
    const first = await startServer({ distDir: tmp.path, workspace: ws });
    await first.close();
    // Another program took the port (a second nianbao server on the folder is refused: workspace-lock.test.ts).
    const squatter = createNetServer();
    await new Promise<void>((r) => squatter.listen(first.port, '127.0.0.1', () => r()));
    const second = await startServer({ distDir: tmp.path, workspace: ws });
    try {
      expect(second.port).not.toBe(first.port);
      expect(second.token).toBe(first.token);
    } finally {
      await second.close();
      await new Promise((r) => squatter.close(r));
    }
  });
});
