/** What the table reader asks of an OCR engine: one line of text in, its reading and how sure it is out. */
import type { Gray } from './image.ts';

export interface Reading {
  text: string;
  /** 0…1: the mean of the engine's per-character certainty. */
  confidence: number;
}

export interface LineReading extends Reading {
  /** The same line read as a number only (digits, point, minus): how table cells are read. */
  number: Reading;
}

export interface Recognizer {
  /** One line of text, cropped with a little paper around it. */
  readLine(line: Gray): Promise<LineReading>;
}
