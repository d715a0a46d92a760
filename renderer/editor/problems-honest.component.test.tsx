// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleReport } from '../../test/fixtures/sample-report.ts';
import { withText } from '../../test/fixtures/prose.ts';
import { blankReport } from '../../shared/report/blank.ts';
import type { Report } from '../../shared/report/model.ts';
import { SECTIONS } from '../../shared/schema/sections.ts';
import { afterNextPaint } from '../store/next-paint.ts';
import { editorStore } from '../store/index.ts';
import { ProblemsPanel } from './ProblemsPanel.tsx';
import { ProseEditor } from './ProseEditor.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLDivElement;

function mount(report: Report) {
  editorStore.getState().load(report, null);
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() =>
    root.render(
      <>
        {SECTIONS.map((s) => (
          <ProseEditor key={s.id} section={s} />
        ))}
        <ProblemsPanel />
      </>,
    ),
  );
}

beforeEach(() => editorStore.getState().close());
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

async function painted() {
  await act(() => new Promise<void>((resolve) => afterNextPaint(resolve)));
}

const panel = () => host.querySelector('.problems')!;
const button = (text: string | RegExp) =>
  Array.from(panel().querySelectorAll('button')).find((b) => (typeof text === 'string' ? b.textContent === text : text.test(b.textContent ?? '')))!;

describe('问题面板如实说明还剩什么', () => {
  it('空白报告：列出未填的格和没有正文的部分，不说“未发现问题”', () => {
    mount(blankReport({ unit: '示例镇人民政府', kind: 'township', year: 2026 }));
    expect(panel().textContent).not.toContain('未发现问题');
    expect(button(/^表二还有 10 格未填$/)).toBeDefined();
    expect(button(/^表三还有 \d+ 格未填$/)).toBeDefined();
    expect(button('“一、总体情况”还没有正文')).toBeDefined();
    click(button(/^表三还有/));
    expect(editorStore.getState().active).toBe('sec3.rows.newReceived[0]');
  });

  it('导入的 2019 格式报告：空着的新格式行也算未填', () => {
    const r = sampleReport();
    delete r.cells['sec3.rows.other_1[0]'];
    r.meta = { ...r.meta, legacyFormat2019: true };
    mount(r);
    expect(button('表三还有 1 格未填')).toBeDefined();
  });

  it('一份可以导出的报告才说“未发现问题”', () => {
    mount(sampleReport());
    expect(panel().textContent).toContain('未发现问题，可以导出。');
  });

  it('正文问题：点击转到并突出那一段，一键改正后消失', async () => {
    mount(withText(sampleReport(), 'applications', 0, '本年度共收到政府信息公开申请58件。'));
    await painted();
    const item = Array.from(panel().querySelectorAll('.finding.text')).find((li) => li.textContent!.includes('58件'))!;
    click(item.querySelector('.finding-jump')!);
    const para = host.querySelector('[data-paragraph="applications.0"]')!;
    expect(para.classList).toContain('jumped');
    expect(para.classList).toContain('has-findings');
    expect(document.activeElement).toBe(para.querySelector('textarea'));
    const fix = item.querySelector<HTMLButtonElement>('.finding-fix')!;
    expect(fix.textContent).toBe('改为 70');
    click(fix);
    expect(editorStore.getState().report!.sections.applications.paragraphs[0]!.text).toBe('本年度共收到政府信息公开申请70件。');
    await painted();
    expect(panel().textContent).not.toContain('58件');
    expect(panel().textContent).toContain('未发现问题，可以导出。');
  });
});

function click(el: Element) {
  act(() => {
    el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
}
