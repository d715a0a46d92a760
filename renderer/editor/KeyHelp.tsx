/**
 * The keyboard help: the cell keys of the grid, then every shortcut of the table of actions, each
 * once. Nothing is listed here that no handler answers; F1 opens it.
 */
import { useEffect, useRef } from 'react';
import { ACTIONS, type ActionSpec } from '../../shared/actions.ts';
import { CELL_KEYS } from '../grid/cell-keys.ts';
import { uiStore, useUi } from '../store/ui-store.ts';

export const KEY_HELP: readonly (readonly [string, string])[] = [
  ...CELL_KEYS,
  ...ACTIONS.filter((a: ActionSpec) => a.keys?.length).map((a: ActionSpec) => [a.keys!.join(' / '), a.help ?? a.label] as const),
];

export function KeyHelp() {
  const open = useUi((s) => s.keyHelp);
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (!open) return;
    ref.current?.scrollIntoView?.({ block: 'nearest' });
    ref.current?.querySelector('summary')?.focus();
  }, [open]);
  return (
    <details
      ref={ref}
      className="key-help"
      open={open}
      onToggle={(e) => {
        const now = e.currentTarget.open;
        if (now !== uiStore.getState().keyHelp) uiStore.setState({ keyHelp: now });
      }}
    >
      <summary>键盘操作（F1）</summary>
      <dl>
        {KEY_HELP.map(([k, what]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
