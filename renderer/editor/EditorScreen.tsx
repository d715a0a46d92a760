/** The editor: menu and header form on top, the report as one document, problems on the right. */
import { SECTIONS, sectionHeading } from '../../shared/schema/sections.ts';
import { CellEditor } from '../grid/CellEditor.tsx';
import { GridTable } from '../grid/GridTable.tsx';
import { useEditor } from '../store/index.ts';
import { HeaderForm } from './HeaderForm.tsx';
import { MenuBar } from './MenuBar.tsx';
import { ProblemsPanel } from './ProblemsPanel.tsx';
import { PreambleEditor, ProseEditor } from './ProseEditor.tsx';
import { StatusBar } from './StatusBar.tsx';

export function EditorScreen() {
  const unit = useEditor((s) => s.report?.unit.name ?? '');
  const year = useEditor((s) => s.report?.year ?? 0);
  return (
    <div className="editor-screen">
      <header className="topbar">
        <MenuBar />
        <HeaderForm />
      </header>
      <div className="workspace">
        <main className="doc-scroll" aria-label="报告正文和表格">
          <article className="doc">
            <h1 className="doc-title">
              {unit || '（单位名称）'}
              {year}年政府信息公开工作年度报告
            </h1>
            <PreambleEditor />
            {SECTIONS.map((s) => (
              <section key={s.id} className="doc-section" aria-labelledby={`h-${s.id}`}>
                <h2 id={`h-${s.id}`}>{sectionHeading(s)}</h2>
                {s.table ? <GridTable table={s.table} /> : null}
                <ProseEditor section={s} />
              </section>
            ))}
          </article>
          <CellEditor />
        </main>
        <ProblemsPanel />
      </div>
      <StatusBar />
    </div>
  );
}
