import { describe, expect, it } from 'vitest';
import { pathsFromArgv } from './argv-paths.ts';

const opts = { cwd: '/home/clerk/报告', skip: 1, extensions: ['.nianbao'] };

describe('files a launch asks to open', () => {
  it('a relative path belongs to the folder of that launch (second-instance workingDirectory), not the app’s', () => {
    expect(pathsFromArgv(['/opt/nianbao/nianbao', '2025年报.nianbao'], opts)).toEqual(['/home/clerk/报告/2025年报.nianbao']);
    expect(pathsFromArgv(['/opt/nianbao/nianbao', '../旧/2024.NIANBAO'], opts)).toEqual(['/home/clerk/旧/2024.NIANBAO']);
    expect(pathsFromArgv(['/opt/nianbao/nianbao', '/srv/a.nianbao'], opts)).toEqual(['/srv/a.nianbao']);
  });

  it('file:// URIs from Linux desktop files become paths, percent-encoding undone', () => {
    const uri = 'file:///home/clerk/%E6%8A%A5%E5%91%8A/2025%E5%B9%B4%E6%8A%A5.nianbao';
    expect(pathsFromArgv(['/opt/nianbao/nianbao', uri], opts)).toEqual(['/home/clerk/报告/2025年报.nianbao']);
    expect(pathsFromArgv(['x', 'file://otherhost/a.nianbao'], opts)).toEqual([]);
  });

  it('Chromium switches, other URLs, other files and the program itself are not files to open', () => {
    const argv = ['/usr/bin/electron', 'dist-electron/main/index.mjs', '--no-sandbox', '--x=a.nianbao', 'https://e.com/a.nianbao', 'notes.txt', 'b.nianbao'];
    expect(pathsFromArgv(argv, { ...opts, skip: 2 })).toEqual(['/home/clerk/报告/b.nianbao']);
  });
});
