/**
 * A minimal element tree from saxes: strict (malformed XML is an error, not a guess), no DTD or
 * external entities (so no XXE or entity-expansion bombs), fast, pure JS. Names are normalised to
 * the `w:` prefix whatever prefix the file binds to the WordprocessingML namespace, because a few
 * generators use their own (`ns0:`).
 */
import { SaxesParser } from 'saxes';

export interface XEl {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
}
export type XNode = XEl | string;

const W_NS = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
  'http://schemas.microsoft.com/office/word/2003/wordml',
]);

const identity = (n: string) => n;

export function parseXml(text: string): XEl {
  const parser = new SaxesParser({ position: false });
  const root: XEl = { name: '#root', attrs: {}, children: [] };
  const stack: XEl[] = [root];
  let rename: ((n: string) => string) | null = null;
  parser.on('opentag', (tag) => {
    const attrs = tag.attributes as Record<string, string>;
    if (!rename) {
      const prefix = Object.entries(attrs).find(([k, v]) => k.startsWith('xmlns:') && W_NS.has(v))?.[0].slice(6);
      rename = prefix && prefix !== 'w' ? (n) => (n.startsWith(`${prefix}:`) ? `w:${n.slice(prefix.length + 1)}` : n) : identity;
    }
    const r = rename;
    const named = r === identity ? attrs : Object.fromEntries(Object.entries(attrs).map(([k, v]) => [r(k), v]));
    const el: XEl = { name: r(tag.name), attrs: named, children: [] };
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (t) => {
    stack[stack.length - 1]!.children.push(t);
  });
  parser.on('cdata', (t) => {
    stack[stack.length - 1]!.children.push(t);
  });
  parser.write(text).close();
  return root;
}

export function attr(el: XEl | undefined, name: string): string | undefined {
  if (!el) return undefined;
  return el.attrs[name] ?? el.attrs[name.replace(/^w:/, '')];
}

export function child(el: XEl | undefined, name: string): XEl | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

export function children(el: XEl | undefined, name: string): XEl[] {
  if (!el) return [];
  return el.children.filter((c): c is XEl => typeof c !== 'string' && c.name === name);
}

export function textOf(el: XEl): string {
  return el.children.map((c) => (typeof c === 'string' ? c : '')).join('');
}
