/** The unit-kind drop-down, as on the start screen and in the report's header form. */
import { UNIT_KINDS, type UnitKind } from '../../shared/schema/units.ts';

export function UnitKindSelect({ value, onChange, label }: { value: UnitKind; onChange: (kind: UnitKind) => void; label?: string }) {
  return (
    <select value={value} aria-label={label} onChange={(e) => onChange(e.target.value as UnitKind)}>
      {UNIT_KINDS.map((k) => (
        <option key={k.id} value={k.id}>
          {k.label}
        </option>
      ))}
    </select>
  );
}
