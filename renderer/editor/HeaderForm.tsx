/** Unit name, kind and year of the report, editable at any time. */
import { useEffect, useRef, useState } from 'react';
import { parseYear } from '../../shared/report/year.ts';
import { UnitKindSelect } from '../ui/UnitKindSelect.tsx';
import { useEditor } from '../store/index.ts';
import { LayoutChoices } from './LayoutChoices.tsx';
import { FindMarks } from './FindMarks.tsx';


export function HeaderForm() {
  const name = useEditor((s) => s.report?.unit.name ?? '');
  const kind = useEditor((s) => s.report?.unit.kind ?? 'other');
  const year = useEditor((s) => s.report?.year ?? 0);
  const setUnitName = useEditor((s) => s.setUnitName);
  const setUnitKind = useEditor((s) => s.setUnitKind);
  const setYear = useEditor((s) => s.setYear);
  const [yearText, setYearText] = useState(String(year));
  useEffect(() => setYearText(String(year)), [year]);
  const nameInput = useRef<HTMLInputElement>(null);
  const yearBad = parseYear(yearText) === null;
  return (
    <form className="header-form" aria-label="报告信息" onSubmit={(e) => e.preventDefault()}>
      <label className="find-host">
        单位名称
        <input
          ref={nameInput}
          value={name}
          data-field="unit"
          onChange={(e) => setUnitName(e.target.value)}
          placeholder="例如：××镇人民政府"
          size={28}
        />
        <FindMarks field="unit" value={name} target={nameInput} multiline={false} />
      </label>
      <label>
        单位类型
        <UnitKindSelect value={kind} onChange={setUnitKind} />
      </label>
      <label>
        报告年度
        <input
          value={yearText}
          inputMode="numeric"
          size={6}
          aria-invalid={yearBad ? 'true' : undefined}
          onChange={(e) => {
            setYearText(e.target.value);
            const y = parseYear(e.target.value);
            if (y !== null) setYear(y);
          }}
          onBlur={() => setYearText(String(year))}
        />
        年
      </label>
      <LayoutChoices />
      {!name.trim() ? <span className="form-warning">请填写单位名称</span> : null}
    </form>
  );
}
