// The packaging config cannot be exercised here (no internet for Electron/NSIS downloads), so its shape is.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { ROOT, errorsWith } from '../lint/compile-probe.ts';

type Target = { target: string; arch: string[] };
// The config is plain JS (electron-builder loads it without a TS step); its shape is what is under test.
const configUrl = new URL('../../build/electron-builder.config.mjs', import.meta.url).href;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const config = ((await import(configUrl)) as { default: any }).default;
const ascii = /^[\x20-\x7e]+$/;

describe('electron-builder config', () => {
  it('type-checks against electron-builder’s public Configuration type (a misspelt option fails here)', () => {
    const file = 'build/electron-builder.config.mjs';
    const source = readFileSync(join(ROOT, file), 'utf8');
    expect(errorsWith(file, source, 'tsconfig.build.json')).toEqual([]);
    const misspelt = source.replace('oneClick: false', 'oneClik: false');
    expect(misspelt).not.toBe(source);
    expect(errorsWith(file, misspelt, 'tsconfig.build.json').join('\n')).toMatch(/'oneClik' does not exist in type 'NsisOptions'/);
    const misplaced = source.replace("deb: { packageName: 'nianbao', priority: 'optional' },", "deb: { packageName: 'nianbao', priority: 'optional', oneClick: false },");
    expect(misplaced).not.toBe(source);
    expect(errorsWith(file, misplaced, 'tsconfig.build.json').join('\n')).toMatch(/'oneClick' does not exist in type 'DebOptions'/);
  }, 120_000);

  it('Windows: NSIS per-user without elevation, Chinese installer, plus a portable exe, x64', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false, language: '2052' });
    expect(config.nsis.shortcutName).toMatch(/[\u4e00-\u9fff]/);
    const win = config.win.target as Target[];
    expect(win.map((t) => t.target).sort()).toEqual(['nsis', 'portable']);
    for (const t of win) expect(t.arch).toEqual(['x64']);
  });

  it('Linux: deb and AppImage for x64 and arm64, with the .nianbao MIME type', () => {
    const linux = config.linux.target as Target[];
    expect(linux.map((t) => t.target).sort()).toEqual(['AppImage', 'deb']);
    for (const t of linux) expect(t.arch.sort()).toEqual(['arm64', 'x64']);
    expect(config.linux.mimeTypes).toContain('application/x-nianbao');
    expect(config.linux.desktop.entry.MimeType).toContain('application/x-nianbao');
  });

  it('productName, executable and every artifact name are ASCII', () => {
    const names = [config.productName, config.executableName, config.linux.executableName, config.artifactName, config.nsis.artifactName, config.portable.artifactName, config.appImage.artifactName];
    for (const n of names) expect(n, n).toMatch(ascii);
  });

  it('associates .nianbao with a MIME type', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'nianbao', mimeType: 'application/x-nianbao' })]);
  });

  it('sets the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
  });

  it('packages the bundles the main entry needs, and that entry is the one the bundler writes', async () => {
    const bundler = await readFile(new URL('../../build/electron-bundle.mjs', import.meta.url), 'utf8');
    expect(bundler).toContain(`'${config.extraMetadata.main}'`);
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { main: string };
    expect(pkg.main).toBe(config.extraMetadata.main);
    expect(config.files).toEqual(expect.arrayContaining(['dist/renderer/**/*', 'dist-electron/**/*', 'resources/fonts/**/*']));
  });

  describe('icons from build/icon.svg', () => {
    const build = (name: string) => new URL(`../../build/${name}`, import.meta.url);
    const pngSize = async (name: string) => {
      const png = PNG.sync.read(await readFile(build(name)));
      return [png.width, png.height];
    };
    /** The sizes packed in an .ico: its directory of 16-byte entries (a 0 byte means 256). */
    const icoSizes = async (name: string) => {
      const ico = await readFile(build(name));
      expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
      return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => [ico[6 + i * 16]! || 256, ico[7 + i * 16]! || 256]);
    };
    const ICO = [16, 24, 32, 48, 64, 128, 256].map((s) => [s, s]);

    it('the source SVG is there, with the tile the file icon leaves out', async () => {
      expect(await readFile(build('icon.svg'), 'utf8')).toMatch(/<rect id="app-tile"/);
    });

    it('app icon: a 1024 px PNG, a Windows .ico with 16–256 px, Linux PNGs by size', async () => {
      expect(await pngSize('icon.png')).toEqual([1024, 1024]);
      expect(config.win.icon).toBe('build/icon.ico');
      expect(await icoSizes('icon.ico')).toEqual(ICO);
      expect(config.linux.icon).toBe('build/icons');
      for (const s of [16, 32, 48, 64, 128, 256, 512]) expect(await pngSize(`icons/${s}x${s}.png`)).toEqual([s, s]);
    });

    it('the .nianbao file icon: an .ico in the build resources, named by the association', async () => {
      const [association] = config.fileAssociations as { icon: string }[];
      expect(await icoSizes(`${association!.icon}.ico`)).toEqual(ICO);
      // Not the app icon: the document without the tile.
      expect((await readFile(build(`${association!.icon}.ico`))).equals(await readFile(build('icon.ico')))).toBe(false);
    });
  });
});
