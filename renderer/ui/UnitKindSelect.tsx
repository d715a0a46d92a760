/** The unit-kind drop-down, as on the start screen and in the report's header form. */
import type { KeyboardEvent } from 'react';
import { UNIT_KINDS, type UnitKind } from '../../shared/schema/units.ts';

interface Props {
  value: UnitKind;
  onChange: (kind: UnitKind) => void;
  label?: string;
  /** Keys on the closed list (an open list keeps its keys): the review screen's Enter moves on. */
  onKeyDown?: (e: KeyboardEvent<HTMLSelectElement>) => void;
}

export function UnitKindSelect({ value, onChange, label, onKeyDown }: Props) {
  return (
    <select value={value} aria-label={label} onChange={(e) => onChange(e.target.value as UnitKind)} onKeyDown={onKeyDown}>
      {UNIT_KINDS.map((k) => (
        <option key={k.id} value={k.id}>
          {k.label}
        </option>
      ))}
    </select>
  );
}
