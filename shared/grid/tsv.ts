/**
 * Tab-separated text as Excel and WPS put it on the clipboard: CRLF line ends, one trailing newline
 * (a one-row copy is not two rows), cells holding tabs, newlines or quotes wrapped in double quotes.
 */

function needsQuotes(cell: string): boolean {
  return /[\t\r\n"]/.test(cell);
}

function quote(cell: string): string {
  return needsQuotes(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows → clipboard text, with the trailing newline Excel writes. */
export function toTsv(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  // A row that is one empty cell would read back as an empty line; quoting keeps it a cell.
  return rows.map((r) => (r.length === 1 && r[0] === '' ? '""' : r.map(quote).join('\t'))).join('\r\n') + '\r\n';
}

/** Clipboard text → rows of cells. Lenient: a quote that never closes is read as plain text. */
export function parseTsv(text: string): string[][] {
  return parseDelimited(text, '\t');
}

/** Rows of cells separated by `delimiter` (a tab on the clipboard; a comma in a CSV file), quoted the same way. */
export function parseDelimited(text: string, delimiter: string): string[][] {
  if (text === '') return [];
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  const endRow = () => {
    rows.push(row);
    row = [];
  };
  for (;;) {
    let cell = '';
    if (text[i] === '"') {
      // Find the closing quote: a quote not doubled.
      let j = i + 1;
      let buf = '';
      let closed = false;
      while (j < n) {
        const ch = text[j]!;
        if (ch === '"') {
          if (text[j + 1] === '"') {
            buf += '"';
            j += 2;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        buf += ch;
        j++;
      }
      if (closed) {
        cell = buf;
        i = j;
      }
    }
    // Unquoted text (or anything after a closing quote) runs to the next tab or line end.
    while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') cell += text[i++];
    row.push(cell);
    if (i >= n) {
      endRow();
      break;
    }
    const ch = text[i]!;
    if (ch === delimiter) {
      i++;
      continue;
    }
    // Line end: \r\n, \n or a lone \r.
    i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    endRow();
    if (i >= n) break; // the trailing newline ends the block, it does not start a row
  }
  return rows;
}
