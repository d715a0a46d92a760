/**
 * Reading one field of a record with the clerk's mapping before the word lists, each distinct text
 * read once (a 50 000-row ledger has a few dozen distinct types and results).
 */
import type { LedgerValue } from './book.ts';
import { parseTypedDate, readDate, type DateRead } from './dates.ts';
import { mappedValue, type LedgerMapping, type MappableField, type ValueTargets } from './mapping.ts';
import type { Recognised } from './vocabulary.ts';

function cached<T>(read: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let hit = cache.get(text);
    if (hit === undefined && !cache.has(text)) {
      hit = read(text);
      cache.set(text, hit);
    }
    return hit as T;
  };
}

/** A word field's reader: the mapping's answer first, then the vocabulary. */
export function wordReader<F extends Exclude<MappableField, 'date'>>(
  mapping: LedgerMapping,
  field: F,
  recognise: (text: string) => Recognised<ValueTargets[F]>,
): (text: string) => Recognised<ValueTargets[F]> {
  return cached((text) => {
    const mapped = mappedValue(mapping, field, text);
    return mapped !== undefined ? { kind: 'value', value: mapped } : recognise(text);
  });
}

/** A date field's reader: a date the clerk typed for a text the ledger wrote some other way, first. */
export function dateReader(mapping: LedgerMapping): (v: LedgerValue) => DateRead {
  // Most ledgers have no dates the clerk had to type: then no key is made for each distinct date.
  const answered = Object.keys(mapping.values.date ?? {}).length > 0;
  const typed = (text: string) => {
    const mapped = answered ? mappedValue(mapping, 'date', text) : undefined;
    return mapped ? parseTypedDate(mapped) : null;
  };
  const fromText = cached((text: string): DateRead => {
    const d = typed(text);
    return d ? { date: d } : readDate(text);
  });
  const fromNumber = cached((text: string): DateRead => {
    const d = typed(text);
    return d ? { date: d } : readDate(Number(text));
  });
  const fromDate = cached((iso: string): DateRead => readDate({ date: iso }));
  return (v) => {
    if (v === null || v === undefined) return { empty: true };
    if (typeof v === 'string') return fromText(v);
    if (typeof v === 'number') return fromNumber(String(v));
    return fromDate(v.date);
  };
}
