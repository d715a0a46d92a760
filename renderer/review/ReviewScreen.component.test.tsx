// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { blankReport } from '../../shared/report/blank.ts';
import type { Report } from '../../shared/report/model.ts';
import { ReviewScreen } from './ReviewScreen.tsx';
import type { PendingReview } from './review-store.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLDivElement;
let finished: (Report | null)[];

function pending(): PendingReview {
  const report = blankReport({ unit: '示例乡人民政府', kind: 'township', year: 2024 });
  report.sections.overview.paragraphs = [{ heading: '', text: '本乡坚持以公开为常态，全年公开信息 120 条。' }];
  return {
    id: 1,
    source: '上年报告.pdf',
    report,
    nextYear: 2025,
    flags: [
      { paragraph: { section: 'overview', index: 0 }, reason: '段落跨页拼接，请核对', source: '本乡坚持以公开为常态，全年公开\n— 2 —\n信息 120 条。' },
      { reason: '原文为2019年试行格式，部分栏目无法对应' },
    ],
    finish: (r) => finished.push(r),
  };
}

function press(el: Element, key: string) {
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}

function buttonNamed(name: string): HTMLButtonElement {
  const b = Array.from(host.querySelectorAll('button')).find((x) => x.textContent?.trim() === name);
  if (!b) throw new Error(`没有按钮“${name}”`);
  return b;
}

beforeEach(() => {
  finished = [];
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root.render(<ReviewScreen review={pending()} />));
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

it('shows a paragraph beside its source text, takes a correction, and finishes only after every item was seen', async () => {
  expect(host.querySelector('#review-place')?.textContent).toContain('一、总体情况 · 第 1 段');
  expect(host.querySelector('.review-source pre')?.textContent).toContain('— 2 —');
  const area = host.querySelector('textarea')!;
  expect(document.activeElement).toBe(area);
  expect(area.value).toBe('本乡坚持以公开为常态，全年公开信息 120 条。');
  expect(buttonNamed('全部确认').disabled).toBe(true);

  // React reads the value through the native setter: set it the way a keystroke would.
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, '本乡全年公开信息 120 条。');
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
  press(area, 'Enter');
  await act(() => new Promise((r) => requestAnimationFrame(() => r(null))));

  // The whole-document flag has nothing to correct: only its reason and 确认.
  expect(host.querySelector('#review-place')?.textContent).toContain('整份报告');
  expect(host.querySelector('textarea')).toBeNull();
  expect(buttonNamed('全部确认').disabled).toBe(false);
  expect(finished).toEqual([]);
  act(() => buttonNamed('全部确认').click());

  expect(finished).toHaveLength(1);
  expect(finished[0]?.sections.overview.paragraphs[0]?.text).toBe('本乡全年公开信息 120 条。');
});

it('取消 hands back nothing', () => {
  act(() => buttonNamed('取消').click());
  expect(finished).toEqual([null]);
});

/** A review whose one step is the guessed unit kind; returns its drop-down. */
function unitKindStep(): HTMLSelectElement {
  act(() => root.unmount());
  root = createRoot(host);
  const review = pending();
  review.flags = [{ field: 'unitKind', reason: '单位类型按名称推断为“乡镇人民政府”，请确认' }];
  act(() => root.render(<ReviewScreen review={review} />));
  return host.querySelector<HTMLSelectElement>('select[aria-label="单位类型（可更改）"]')!;
}

function choose(select: HTMLSelectElement, value: string) {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

it('the guessed unit kind can be changed on its step and reaches the report', async () => {
  const select = unitKindStep();
  expect(host.querySelector('#review-place')?.textContent).toContain('单位类型');
  expect(select.value).toBe('township');
  choose(select, 'countyDept');
  act(() => buttonNamed('确认').click());
  expect(host.querySelector('.review-item-status')?.textContent).toBe('已更正');
  act(() => buttonNamed('全部确认').click());
  expect(finished).toHaveLength(1);
  expect(finished[0]?.unit.kind).toBe('countyDept');
});

it('on the unit-kind step, Enter on the (closed) drop-down confirms it, as in the other fields', async () => {
  const select = unitKindStep();
  choose(select, 'countyDept');
  act(() => {
    select.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  });
  expect(host.querySelector('.review-item-status')?.textContent).toBe('已更正');
});

it('a number read from a scan is shown beside the crop of its scanned cell', () => {
  const crop = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAWaU0nQAAAABJRU5ErkJggg==';
  const review = pending();
  review.report.cells['sec2.licensing'] = { raw: '2365', value: 2365 };
  review.flags = [{ cell: 'sec2.licensing', reason: '扫描件中此格识别为“2365”，没有合计关系可以验证，请对照原件核对', crop }];
  act(() => root.render(<ReviewScreen review={review} />));
  const img = host.querySelector<HTMLImageElement>('img.review-crop');
  expect(img?.getAttribute('src')).toBe(crop);
  expect(img?.alt).toBe('扫描件中此格的原样');
  expect(host.textContent).toContain('扫描原件');
});
