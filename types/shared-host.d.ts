/**
 * The few host APIs shared/ may use because Node and every browser have them alike (WHATWG
 * Encoding). Only tsconfig.shared.json reads this file; the app's other configs get them from the
 * DOM and Node types.
 */
interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}

interface TextDecoder {
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}

// eslint-disable-next-line no-var -- a global is declared with var
declare var TextDecoder: { new (label?: string, options?: TextDecoderOptions): TextDecoder };

interface TextEncoder {
  encode(input?: string): Uint8Array;
}

// eslint-disable-next-line no-var -- a global is declared with var
declare var TextEncoder: { new (): TextEncoder };
