/** What a typed or pasted text becomes in a cell: numbers are stored in their plain half-width form. */
import { cellDef } from '../schema/index.ts';
import { cellFromNumber, parseCellText, type CellValue } from '../values/parse.ts';

/** 「１２」「1,234」 are stored as 12 and 1234; anything the rules will reject keeps the clerk's text. */
export function cellFromInput(address: string, text: string): CellValue {
  const raw = text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  const p = parseCellText(raw, cellDef(address)?.kind ?? 'count');
  if (p.state === 'empty') return { raw: '', value: null };
  if (p.state === 'number') return cellFromNumber(p.value);
  return { raw, value: p.value };
}
