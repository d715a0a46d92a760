/**
 * A button for an action of the table (shared/actions.ts), outside the menus: its label as the menus
 * show it, its help and shortcut as the tooltip, enabled as the menu item is, run through runAction.
 */
import { actionSpec, menuLabel, type ActionId } from '../../shared/actions.ts';
import { isEnabled, runAction } from '../actions/index.ts';
import { useEditor } from '../store/index.ts';

export function actionTitle(id: ActionId): string | undefined {
  const a = actionSpec(id);
  const title = [a.help, a.keys?.[0]].filter(Boolean).join('　');
  return title || undefined;
}

export function ActionButton({ id, className }: { id: ActionId; className?: string }) {
  const enabled = useEditor((s) => isEnabled(id, s));
  return (
    <button type="button" className={className} data-action={id} title={actionTitle(id)} disabled={!enabled} onClick={() => runAction(id)}>
      {menuLabel(actionSpec(id))}
    </button>
  );
}
