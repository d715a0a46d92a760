/**
 * 文件、编辑、视图、帮助 and the everyday buttons, all read from the one table of actions. Every item is
 * a button, so the keyboard reaches all of them; a mouse click keeps the focus where it was, so
 * 向下填充 from the menu acts on the cells selected before.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { MENUS, RECENT_AFTER, RECENT_LABEL, RECENT_NONE, actionSpec, actionsOfMenu, menuLabel, type ActionId, type MenuId } from '../../shared/actions.ts';
import { ACTION_IMPLS, isEnabled, runAction } from '../actions/index.ts';
import { openRecent } from '../commands/files.ts';
import { useRecentFiles } from '../commands/recent.ts';
import { useEditor } from '../store/index.ts';

const keepFocus = (e: { preventDefault(): void }) => e.preventDefault();

function RecentGroup({ close }: { close(): void }) {
  const recent = useRecentFiles();
  return (
    <div role="group" aria-label={RECENT_LABEL} className="menu-group">
      <span className="menu-group-label" aria-hidden="true">
        {RECENT_LABEL}
      </span>
      {recent === null ? null : recent.length === 0 ? (
        <button type="button" role="menuitem" disabled className="recent-item">
          {RECENT_NONE}
        </button>
      ) : (
        recent.map((f) => (
          <button
            key={f.id}
            type="button"
            role="menuitem"
            className="recent-item"
            onMouseDown={keepFocus}
            onClick={() => {
              close();
              void openRecent(f.id);
            }}
          >
            {f.name}
          </button>
        ))
      )}
    </div>
  );
}

interface MenuProps {
  id: MenuId;
  label: string;
  open: { id: MenuId; byKey: boolean } | null;
  setOpen(open: { id: MenuId; byKey: boolean } | null): void;
  step(id: MenuId, delta: number): void;
}

function Menu({ id, label, open, setOpen, step }: MenuProps) {
  const isOpen = open?.id === id;
  const list = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // The enabled state follows the report: re-render on every change that can flip it.
  useEditor((s) => actionsOfMenu(id, 'web').map((a) => (isEnabled(a.id as ActionId, s) ? '1' : '0')).join(''));
  useEffect(() => {
    if (isOpen && open.byKey) list.current?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus();
  }, [isOpen, open?.byKey]);
  useEffect(() => {
    if (!isOpen) return;
    const onDown = (e: MouseEvent) => {
      if (!list.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(null);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [isOpen]);
  const close = () => setOpen(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const items = Array.from(list.current?.querySelectorAll<HTMLButtonElement>('button:not([disabled])') ?? []);
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    } else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      step(id, e.key === 'ArrowRight' ? 1 : -1);
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      close();
      button.current?.focus();
    }
  };
  let first = true;
  return (
    <div className="menu">
      <button
        ref={button}
        type="button"
        data-menu={id}
        aria-haspopup="menu"
        aria-expanded={isOpen}
        onMouseDown={keepFocus}
        onClick={(e) => setOpen(isOpen ? null : { id, byKey: e.detail === 0 })}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen({ id, byKey: true });
          } else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
            e.preventDefault();
            step(id, e.key === 'ArrowRight' ? 1 : -1);
          }
        }}
      >
        {label}
      </button>
      {isOpen ? (
        <div ref={list} role="menu" aria-label={label} className="menu-list" onKeyDown={onKeyDown}>
          {actionsOfMenu(id, 'web').map((a) => {
            const sep = a.group && !first;
            first = false;
            return (
              <div key={a.id} className={sep ? 'menu-sep-above' : undefined}>
                <button
                  type="button"
                  role={a.toggle ? 'menuitemcheckbox' : 'menuitem'}
                  aria-checked={a.toggle ? !!ACTION_IMPLS[a.id as ActionId].checked?.() : undefined}
                  data-action={a.id}
                  disabled={!isEnabled(a.id as ActionId)}
                  onMouseDown={keepFocus}
                  onClick={() => {
                    close();
                    runAction(a.id as ActionId);
                  }}
                >
                  <span>
                    {a.toggle ? <span className="menu-check">{ACTION_IMPLS[a.id as ActionId].checked?.() ? '✓' : ''}</span> : null}
                    {menuLabel(a)}
                  </span>
                  {a.keys?.[0] ? <kbd>{a.keys[0]}</kbd> : null}
                </button>
                {a.id === RECENT_AFTER ? <RecentGroup close={close} /> : null}
              </div>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}

/** The buttons beside the menus: the commands used many times a day. */
const TOOLBAR: readonly ActionId[] = ['save', 'exportPdf', 'exportDocx', 'undo', 'redo', 'find'];

function ToolButton({ id }: { id: ActionId }) {
  const a = actionSpec(id);
  const enabled = useEditor((s) => isEnabled(id, s));
  return (
    <button type="button" onClick={() => runAction(id)} disabled={!enabled} title={a.keys?.[0]} data-action={id}>
      {a.label}
    </button>
  );
}

export function MenuBar() {
  const [open, setOpen] = useState<{ id: MenuId; byKey: boolean } | null>(null);
  const step = (id: MenuId, delta: number) => {
    const i = MENUS.findIndex((m) => m.id === id);
    const next = MENUS[(i + delta + MENUS.length) % MENUS.length]!.id;
    setOpen({ id: next, byKey: true });
    document.querySelector<HTMLButtonElement>(`[data-menu="${next}"]`)?.focus();
  };
  return (
    <nav className="menubar" aria-label="菜单">
      {MENUS.map((m) => (
        <Menu key={m.id} id={m.id} label={m.label} open={open} setOpen={setOpen} step={step} />
      ))}
      <span className="sep" />
      {TOOLBAR.map((id, i) => (
        <span key={id} className={i === 3 ? 'tool-group' : undefined}>
          <ToolButton id={id} />
        </span>
      ))}
    </nav>
  );
}
