/** The editor: menu and header form on top, the report as one document, problems on the right. */
import { useEffect } from 'react';
import { SECTIONS, sectionHeading } from '../../shared/schema/sections.ts';
import { gotoTable, openAtTop } from '../actions/navigate.ts';
import { CellEditor } from '../grid/CellEditor.tsx';
import { GridTable } from '../grid/GridTable.tsx';
import { editorStore, useEditor } from '../store/index.ts';
import { FindBar } from './FindBar.tsx';
import { HeaderForm } from './HeaderForm.tsx';
import { MenuBar } from './MenuBar.tsx';
import { ProblemsPanel } from './ProblemsPanel.tsx';
import { PreambleEditor, ProseEditor, SectionCharCount } from './ProseEditor.tsx';
import { StatusBar } from './StatusBar.tsx';
import { YearOnYearBar } from './YearOnYear.tsx';
import { LedgerBar } from '../ledger/LedgerBar.tsx';
import { LedgerPanel } from '../ledger/LedgerPanel.tsx';

function focusProblems(): void {
  const el = document.querySelector<HTMLElement>('.problems button:not([disabled])') ?? document.querySelector<HTMLElement>('.problems h2');
  if (el && el.tagName === 'H2') el.tabIndex = -1;
  el?.focus();
}

/** The first Tab stops of the page: straight to a table or the problems, instead of 50 presses. */
function SkipLinks() {
  const tables = SECTIONS.filter((s) => s.table);
  return (
    <nav className="skip-links" aria-label="快速跳转">
      {tables.map((s) => (
        <button key={s.id} type="button" onClick={() => gotoTable(s.table!)}>
          跳到表格{s.ordinal}
        </button>
      ))}
      <button type="button" onClick={focusProblems}>
        跳到问题列表
      </button>
    </nav>
  );
}

export function EditorScreen() {
  const unit = useEditor((s) => s.report?.unit.name ?? '');
  const year = useEditor((s) => s.report?.year ?? 0);
  const opened = useEditor((s) => s.opened);
  // After new, open or roll-over, the caret waits where the clerk types first (not on the page body), the
  // page at its top.
  useEffect(() => {
    if (editorStore.getState().report) openAtTop();
  }, [opened]);
  return (
    <div className="editor-screen">
      <SkipLinks />
      <header className="topbar">
        <MenuBar />
        <HeaderForm />
      </header>
      <FindBar />
      <div className="workspace">
        <main className="doc-scroll" aria-label="报告正文和表格">
          <YearOnYearBar />
          <article className="doc">
            <h1 className="doc-title">
              {unit || '（单位名称）'}
              {year}年政府信息公开工作年度报告
            </h1>
            <PreambleEditor />
            {SECTIONS.map((s) => (
              <section key={s.id} className="doc-section" aria-labelledby={`h-${s.id}`}>
                <div className="section-head">
                  <h2 id={`h-${s.id}`}>{sectionHeading(s)}</h2>
                  <SectionCharCount section={s} />
                </div>
                {/* The export prints a section's text above its table: the screen does too. */}
                <ProseEditor section={s} />
                {s.table === 'sec3' ? <LedgerBar /> : null}
                {s.table ? <GridTable table={s.table} /> : null}
              </section>
            ))}
          </article>
          <CellEditor />
        </main>
        <LedgerPanel />
        <ProblemsPanel />
      </div>
      <StatusBar />
    </div>
  );
}
