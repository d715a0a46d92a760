/** The ledger screen's first part: how each sheet is read, where its header is, which column is which field. */
import type { LedgerBook } from '../../shared/ledger/book.ts';
import { columnsFound } from '../../shared/ledger/describe.ts';
import type { LedgerLayout } from '../../shared/ledger/detect.ts';
import type { LedgerMapping } from '../../shared/ledger/mapping.ts';
import { chooseColumn, columnChoices, type SheetSetting } from './ledger-view.ts';

const KIND_LABEL: Record<SheetSetting['kind'], string> = { applications: '依申请公开台账（表三）', cases: '行政复议、行政诉讼（表四）', none: '不统计' };

interface Props {
  book: LedgerBook;
  settings: SheetSetting[];
  layout: LedgerLayout;
  mapping: LedgerMapping;
  onSettings(next: SheetSetting[]): void;
  onMapping(next: LedgerMapping): void;
}

export function LedgerSheets({ book, settings, layout, mapping, onSettings, onMapping }: Props) {
  const set = (i: number, patch: Partial<SheetSetting>) => onSettings(settings.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <section className="ledger-part" aria-labelledby="ledger-sheets-title">
      <h2 id="ledger-sheets-title">表头和列</h2>
      {book.sheets.map((sheet, i) => {
        const s = settings[i]!;
        const read = s.kind === 'applications' ? layout.applications.find((a) => a.sheet === i) : s.kind === 'cases' ? layout.cases.find((c) => c.sheet === i) : undefined;
        const columns = read && s.kind !== 'none' ? columnsFound(read.header, s.kind) : [];
        const choices = read ? columnChoices(read.header.headers) : [];
        const missing = columns.filter((c) => c.required && !c.column);
        return (
          <div key={i} className="ledger-sheet" data-sheet={sheet.name}>
            <div className="ledger-sheet-head">
              <strong>工作表“{sheet.name}”</strong>
              <label>
                作为
                <select value={s.kind} onChange={(e) => set(i, { kind: e.target.value as SheetSetting['kind'] })} aria-label={`工作表“${sheet.name}”作为`}>
                  {(Object.keys(KIND_LABEL) as SheetSetting['kind'][]).map((k) => (
                    <option key={k} value={k}>
                      {KIND_LABEL[k]}
                    </option>
                  ))}
                </select>
              </label>
              {s.kind !== 'none' ? (
                <label>
                  表头在第
                  <input
                    type="number"
                    min={1}
                    max={sheet.rows.length || 1}
                    value={s.headerRow}
                    onChange={(e) => set(i, { headerRow: Math.max(1, Math.min(sheet.rows.length || 1, Number(e.target.value) || 1)) })}
                    aria-label={`工作表“${sheet.name}”的表头行`}
                  />
                  行
                </label>
              ) : null}
            </div>
            {missing.length ? (
              <p className="ledger-warn" role="alert">
                没有找到{missing.map((m) => `“${m.label}”`).join('、')}列：请在下面选择，或检查表头所在的行。
              </p>
            ) : null}
            {columns.length ? (
              <table className="ledger-columns">
                <tbody>
                  {columns.map((c) => (
                    <tr key={c.field} className={c.required && !c.column ? 'missing' : undefined}>
                      <th scope="row">
                        {c.label}
                        {c.required ? <span className="muted">（必需）</span> : null}
                      </th>
                      <td>
                        <select
                          aria-label={`工作表“${sheet.name}”的“${c.label}”列`}
                          value={c.column ? String(c.column.index) : ''}
                          onChange={(e) => onMapping(chooseColumn(mapping, read!.header.headers, c.field, c.column?.index, e.target.value === '' ? null : Number(e.target.value)))}
                        >
                          <option value="">（台账中没有这一列）</option>
                          {choices.map((o) => (
                            <option key={o.index} value={o.index}>
                              {o.label}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
