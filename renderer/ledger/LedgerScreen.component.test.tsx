// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { LedgerBook } from '../../shared/ledger/book.ts';
import { sec3Values } from '../../shared/ledger/tally.ts';
import { blankReport } from '../../shared/report/blank.ts';
import { LedgerScreen } from './LedgerScreen.tsx';
import type { LedgerChoice, LedgerSession } from './ledger-store.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLDivElement;
let finished: (LedgerChoice | null)[];

/** A ledger whose header names no field the lists know: the clerk has to say which column is which. */
const book: LedgerBook = {
  name: '台账.csv',
  sheets: [
    {
      name: '台账',
      rows: [
        ['某镇依申请公开登记'],
        ['号', '来件', '身份', '结论', '完结'],
        ['A1', '2024-03-01', '公民', '予以公开', '2024-03-10'],
        ['A2', '2024-04-01', '个体户', '予以公开', '2024-04-10'],
      ],
    },
  ],
};

function render(report = blankReport({ unit: '某镇', kind: 'township', year: 2024 })) {
  const session: LedgerSession = { id: 1, book, report, finish: (c) => finished.push(c) };
  act(() => root.render(<LedgerScreen session={session} />));
}

function select(label: string): HTMLSelectElement {
  const el = host.querySelector<HTMLSelectElement>(`select[aria-label="${label}"]`);
  if (!el) throw new Error(`没有“${label}”`);
  return el;
}

function change(el: HTMLSelectElement | HTMLInputElement, value: string) {
  act(() => {
    const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

function fillButton(): HTMLButtonElement {
  return Array.from(host.querySelectorAll('button')).find((b) => b.textContent === '填入表三')!;
}

beforeEach(() => {
  finished = [];
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

it('找不到表头：说明原因，不能填入；指定工作表、表头行和各列后统计，未知的值说明后计入', () => {
  render();
  expect(host.querySelector('.ledger-head p')?.textContent).toContain('没有找到依申请公开台账的表头');
  expect(fillButton().disabled).toBe(true);

  change(select('工作表“台账”作为'), 'applications');
  change(host.querySelector<HTMLInputElement>('input[aria-label="工作表“台账”的表头行"]')!, '2');
  for (const [field, col] of [['收到日期', '1'], ['申请人类型', '2'], ['办理结果', '3'], ['办结日期', '4'], ['申请编号', '0']] as const) {
    change(select(`工作表“台账”的“${field}”列`), col);
  }
  expect(host.querySelector('.ledger-head p')?.textContent).toContain('1 行无法确定如何统计');
  expect(host.querySelector('.ledger-questions')?.textContent).toContain('第 4 行，编号 A2');
  change(select('“个体户”（申请人类型）计入'), '1');
  expect(host.querySelector('.ledger-head p')?.textContent).toContain('本年新收 2 件');
  expect(fillButton().disabled).toBe(false);
  act(() => fillButton().click());

  const choice = finished[0]!;
  expect(sec3Values(choice.tally.applications)['sec3.rows.granted[1]']).toBe(1);
  // Remembered for next year: the columns by their header, the value by its word.
  expect(choice.mapping.columns).toMatchObject({ 来件: 'received', 身份: 'applicantType', 结论: 'result', 完结: 'closed', 号: 'number' });
  expect(choice.mapping.values.applicantType).toEqual({ 个体户: 1 });
  expect(choice.sentences).toEqual(['sec3-applications']);
});

it('上年已记住的说明直接使用；Esc 取消，不填入', () => {
  const report = blankReport({ unit: '某镇', kind: 'township', year: 2024 });
  report.ledger = {
    mapping: { columns: { 来件: 'received', 身份: 'applicantType', 结论: 'result', 完结: 'closed', 号: 'number' }, values: { applicantType: { 个体户: 1 } } },
  };
  render(report);
  expect(host.querySelector('.ledger-head p')?.textContent).toMatch(/本年新收 2 件.*。$/);
  expect(host.querySelector('.ledger-questions')).toBeNull();
  act(() => host.querySelector('.ledger-screen')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
  expect(finished).toEqual([null]);
});
