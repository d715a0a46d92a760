import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHELL_CHANNELS } from '../../shared/api/shell.ts';
import { serializeReport } from '../../shared/file/codec.ts';
import { blankReport } from '../../shared/report/blank.ts';
import { useTempDir } from '../../test/fixtures/temp-dir.ts';
import { FileService } from '../files/file-service.ts';
import { fileFromArgv, forwardOpenRequest } from './open-request.ts';

const tmp = useTempDir('nianbao-open-request-');

describe('a second launch with a .nianbao', () => {
  it('sends the page an id on the open-request channel that opens that very file', async () => {
    const file = join(tmp.path, '双击.nianbao');
    await writeFile(file, serializeReport(blankReport({ unit: '双击镇', kind: 'township', year: 2025 })));
    expect(fileFromArgv(['/opt/nianbao/nianbao', file], true)).toBe(file);
    expect(fileFromArgv(['electron', '.', join(tmp.path, '没有.nianbao')], false)).toBeNull();
    // A second launch's relative path is taken in its own working folder; a desktop file's file:// URI too.
    expect(fileFromArgv(['/opt/nianbao/nianbao', '双击.nianbao'], true, tmp.path)).toBe(file);
    expect(fileFromArgv(['/opt/nianbao/nianbao', pathToFileURL(file).href], true, '/')).toBe(file);
    const files = new FileService({ dataDir: join(tmp.path, 'data') });
    const sent: [string, string][] = [];
    await forwardOpenRequest(file, files, (c, id) => sent.push([c, id]), () => undefined);
    expect(sent).toHaveLength(1);
    expect(sent[0]![0]).toBe(SHELL_CHANNELS.openRequest);
    expect((await files.openRecent(sent[0]![1])).report.unit.name).toBe('双击镇');
  });

  it('an unreadable file is reported, not sent', async () => {
    const file = join(tmp.path, '坏.nianbao');
    await writeFile(file, '{"format":');
    const files = new FileService({ dataDir: join(tmp.path, 'data') });
    const sent: string[] = [];
    const failed: string[] = [];
    await forwardOpenRequest(file, files, (_c, id) => sent.push(id), (m) => failed.push(m));
    expect(sent).toEqual([]);
    expect(failed.join()).toContain('坏.nianbao');
  });
});
