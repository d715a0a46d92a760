// Renders the app icon and the .nianbao file icon from build/icon.svg, at the sizes electron-builder
// wants: build/icon.png (1024, the source for every platform), build/icon.ico (Windows, 16–256),
// build/icons/NxN.png (Linux), build/nianbao.ico (the file association's icon on Windows, the same
// drawing without the app's tile). Run `npm run icons` after changing the SVG and commit the output.
// @resvg/resvg-js renders SVG without a browser (prebuilt binaries inside the npm package);
// png-to-ico packs PNGs into an .ico.
import { Resvg } from '@resvg/resvg-js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pngToIco from 'png-to-ico';

const BUILD = fileURLToPath(new URL('../build/', import.meta.url));
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
export const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];
export const APP_PNG_SIZE = 1024;

function render(svg, size) {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}

/** The file icon: the document alone, without the app's tile. */
export function fileIconSvg(svg) {
  const out = svg.replace(/<rect id="app-tile"[^>]*\/>/, '');
  if (out === svg) throw new Error('build/icon.svg has no element with id="app-tile"');
  return out;
}

export async function buildIcons() {
  const svg = await readFile(`${BUILD}icon.svg`, 'utf8');
  const fileSvg = fileIconSvg(svg);
  await writeFile(`${BUILD}icon.png`, render(svg, APP_PNG_SIZE));
  await mkdir(`${BUILD}icons`, { recursive: true });
  for (const size of LINUX_SIZES) await writeFile(`${BUILD}icons/${size}x${size}.png`, render(svg, size));
  await writeFile(`${BUILD}icon.ico`, await pngToIco(ICO_SIZES.map((s) => render(svg, s))));
  await writeFile(`${BUILD}nianbao.ico`, await pngToIco(ICO_SIZES.map((s) => render(fileSvg, s))));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildIcons();
