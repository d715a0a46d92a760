/** The report's layout choices for export (stored in the file): tables across pages, sub-headings run in. */
import { clerkTitleLines, unitLines } from '../../shared/export/title.ts';
import type { ReportLayout } from '../../shared/report/model.ts';
import { useEditor } from '../store/index.ts';

export function LayoutChoices() {
  const layout = useEditor((s) => s.report?.layout);
  const name = useEditor((s) => s.report?.unit.name.trim() ?? '');
  const edit = useEditor((s) => s.edit);
  const breaks = layout?.titleBreaks ?? '';
  const unused = breaks.trim() !== '' && clerkTitleLines(name, breaks) === null;
  const set = (patch: ReportLayout) => edit((r) => ({ ...r, layout: { ...r.layout, ...patch } }));
  return (
    <>
      <label title="不选：表格放不下时在本页接排、下页重复表头，以免留下大半页空白；选中：每张表格整张排在一页上">
        <input type="checkbox" checked={layout?.tablesWhole ?? false} onChange={(e) => set({ tablesWhole: e.target.checked })} />
        导出时表格不跨页
      </label>
      <label title="导出时小标题「（一）主动公开情况。」的排法">
        小标题
        <select value={layout?.subheadings ?? 'ownLine'} onChange={(e) => set({ subheadings: e.target.value === 'runIn' ? 'runIn' : 'ownLine' })}>
          <option value="ownLine">单独成行</option>
          <option value="runIn">与正文接排</option>
        </select>
      </label>
      <label title="导出的标题较长时分几行排：在单位名称中用“/”标出换行处；留空则按词自动分行（排成梯形或菱形）">
        标题分行
        <input
          className="title-breaks"
          value={breaks}
          // Sized for Chinese characters (two units each), so the automatic lines shown as the placeholder fit.
          size={Math.min(40, Math.max(12, [...(breaks || unitLines(name).join('/'))].length * 2 + 2))}
          placeholder={unitLines(name).join('/')}
          aria-invalid={unused ? 'true' : undefined}
          aria-describedby="title-breaks-help"
          onChange={(e) => set({ titleBreaks: e.target.value })}
        />
        <span id="title-breaks-help" className="field-help">
          用“/”标出换行处，留空自动分行
        </span>
      </label>
      {unused ? <span className="form-warning">标题分行与单位名称不一致，导出时按自动分行</span> : null}
    </>
  );
}
