/** 文件 menu and the everyday buttons; every item is a button, so the keyboard reaches all of them. */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { exportAs, print } from '../commands/export.ts';
import { closeReport, newFromLastYear, openFile, save, saveAs } from '../commands/files.ts';
import { useEditor } from '../store/index.ts';
import { showAbout } from '../commands/about.ts';

interface Item {
  label: string;
  shortcut?: string;
  run(): void;
}

const FILE_ITEMS: Item[] = [
  { label: '新建…', run: () => void closeReport() },
  { label: '打开…', shortcut: 'Ctrl+O', run: () => void openFile() },
  { label: '从上年报告新建…', run: () => void newFromLastYear() },
  { label: '保存', shortcut: 'Ctrl+S', run: () => void save() },
  { label: '另存为…', shortcut: 'Ctrl+Shift+S', run: () => void saveAs() },
  { label: '导出 PDF…', run: () => void exportAs('pdf') },
  { label: '导出 DOCX…', run: () => void exportAs('docx') },
  { label: '打印…', shortcut: 'Ctrl+P', run: () => void print() },
  { label: '关于…', run: () => void showAbout() },
];

function FileMenu() {
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [open]);
  const onKeyDown = (e: KeyboardEvent) => {
    const items = Array.from(menu.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      setOpen(false);
      button.current?.focus();
    }
  };
  return (
    <div className="menu">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        文件
      </button>
      {open ? (
        <div ref={menu} role="menu" className="menu-list" onKeyDown={onKeyDown} onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null) && e.relatedTarget !== button.current) setOpen(false);
        }}>
          {FILE_ITEMS.map((it) => (
            <button
              key={it.label}
              type="button"
              role="menuitem"
              onClick={() => {
                setOpen(false);
                it.run();
              }}
            >
              <span>{it.label}</span>
              {it.shortcut ? <kbd>{it.shortcut}</kbd> : null}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}

export function MenuBar() {
  const undo = useEditor((s) => s.undo);
  const redo = useEditor((s) => s.redo);
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  return (
    <nav className="menubar" aria-label="菜单">
      <FileMenu />
      <button type="button" onClick={() => void save()} title="Ctrl+S">
        保存
      </button>
      <button type="button" onClick={() => void exportAs('pdf')}>
        导出 PDF
      </button>
      <button type="button" onClick={() => void exportAs('docx')}>
        导出 DOCX
      </button>
      <span className="sep" />
      <button type="button" onClick={undo} disabled={!canUndo} title="Ctrl+Z">
        撤销
      </button>
      <button type="button" onClick={redo} disabled={!canRedo} title="Ctrl+Y">
        重做
      </button>
    </nav>
  );
}
