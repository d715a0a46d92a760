/** Modal questions (export with errors, print empty cells as 0 …) as promises, shown by <DialogHost/>. */
import { useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';

export interface DialogButton<T> {
  label: string;
  value: T;
  primary?: boolean;
}

export interface DialogSpec<T> {
  title: string;
  body?: ReactNode;
  items?: string[];
  /** Below the list, above the buttons: what the clerk should know whatever they answer (the export's fonts). */
  note?: ReactNode;
  buttons: DialogButton<T>[];
}

interface Open {
  spec: DialogSpec<unknown>;
  resolve(v: unknown): void;
}

let current: Open | null = null;
const listeners = new Set<() => void>();

function emit() {
  for (const l of listeners) l();
}

/** Shows a dialog; resolves with the chosen button's value, or null on Esc. */
export function ask<T>(spec: DialogSpec<T>): Promise<T | null> {
  return new Promise((resolve) => {
    current?.resolve(null);
    current = { spec: spec as DialogSpec<unknown>, resolve: resolve as (v: unknown) => void };
    emit();
  });
}

function close(value: unknown) {
  const c = current;
  current = null;
  emit();
  c?.resolve(value);
}

export function DialogHost() {
  const open = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const before = document.activeElement as HTMLElement | null;
    box.current?.querySelector<HTMLButtonElement>('button.primary, button')?.focus();
    return () => before?.focus?.();
  }, [open]);
  if (!open) return null;
  const { spec } = open;
  return (
    <div className="dialog-backdrop">
      <div
        ref={box}
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="dialog-title"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            close(null);
          }
          if (e.key === 'Tab') {
            // Keep focus inside the dialog.
            const buttons = Array.from(box.current?.querySelectorAll<HTMLElement>('button') ?? []);
            const i = buttons.indexOf(document.activeElement as HTMLElement);
            e.preventDefault();
            buttons[(i + (e.shiftKey ? buttons.length - 1 : 1)) % buttons.length]?.focus();
          }
        }}
      >
        <h2 id="dialog-title">{spec.title}</h2>
        {spec.body ? <div className="dialog-body">{spec.body}</div> : null}
        {spec.items?.length ? (
          <ul className="dialog-items">
            {spec.items.map((t, i) => (
              <li key={i}>{t}</li>
            ))}
          </ul>
        ) : null}
        {spec.note ? <div className="dialog-note">{spec.note}</div> : null}
        <div className="dialog-buttons">
          {spec.buttons.map((b) => (
            <button key={b.label} type="button" className={b.primary ? 'primary' : undefined} onClick={() => close(b.value)}>
              {b.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
