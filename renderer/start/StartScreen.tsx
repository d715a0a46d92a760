/** 新建年度报告, 打开…, 从上年报告新建…, recent files, and the offer to recover unsaved work. */
import { useState, type FormEvent } from 'react';
import { defaultReportYear } from '../../shared/report/blank.ts';
import { MAX_YEAR, MIN_YEAR, parseYear } from '../../shared/report/year.ts';
import type { UnitKind } from '../../shared/schema/units.ts';
import { PAGES_NOTE } from '../../shared/api/open-formats.ts';
import { UnitKindSelect } from '../ui/UnitKindSelect.tsx';
import { tryApi } from '../commands/api-access.ts';
import { newReport, openRecent } from '../commands/files.ts';
import { useRecentFiles } from '../commands/recent.ts';
import { newReportFromLedger } from '../ledger/ledger-commands.ts';
import { ActionButton } from '../ui/ActionButton.tsx';
import { LastYearCard } from './LastYearCard.tsx';
import { RecoveryOffer } from './RecoveryOffer.tsx';

export function StartScreen() {
  const [unit, setUnit] = useState('');
  const [kind, setKind] = useState<UnitKind>('township');
  const [yearText, setYearText] = useState(String(defaultReportYear()));
  const recent = useRecentFiles();
  const [error, setError] = useState<string | null>(null);
  const [offline] = useState(() => tryApi().problem);

  const submit = (e: FormEvent, fromLedger = false) => {
    e.preventDefault();
    const year = parseYear(yearText);
    if (!unit.trim()) return setError('请填写单位名称');
    if (year === null) return setError(`请填写 ${MIN_YEAR}—${MAX_YEAR} 之间的四位数报告年度，例如 2025`);
    if (fromLedger) void newReportFromLedger({ unit: unit.trim(), kind, year });
    else newReport({ unit: unit.trim(), kind, year });
  };

  return (
    <div className="start-screen">
      <h1>政府信息公开工作年度报告</h1>
      {offline ? (
        <p className="offline" role="alert">
          {offline}
        </p>
      ) : null}
      <RecoveryOffer />
      <LastYearCard />
      <div className="start-columns">
        <form className="start-card" onSubmit={submit} aria-labelledby="new-title" noValidate>
          <h2 id="new-title">新建年度报告</h2>
          <label>
            单位名称
            <input value={unit} onChange={(e) => setUnit(e.target.value)} placeholder="例如：××镇人民政府" autoFocus />
          </label>
          <label>
            单位类型
            <UnitKindSelect value={kind} onChange={setKind} />
          </label>
          <label>
            报告年度
            <input value={yearText} onChange={(e) => setYearText(e.target.value)} inputMode="numeric" />
          </label>
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
          <button type="submit">
            新建年度报告
          </button>
          <button type="button" onClick={(e) => submit(e, true)} title="新建报告后，从依申请公开台账（Excel 或 CSV）统计表三">
            新建并从台账统计表三…
          </button>
        </form>
        <div className="start-card">
          <h2>打开已有报告</h2>
          <div className="start-actions">
            <ActionButton id="open" />
            <ActionButton id="pasteLastYear" />
            <ActionButton id="batchReview" />
          </div>
          <p className="muted start-formats">
            可打开年报文件（.nianbao）和上年报告的 Word（.docx）、PDF、网页（.html）或文本（.txt）文件，以及扫描件（PDF、PNG、JPG、TIFF）。{PAGES_NOTE}
          </p>
          <h3>最近打开</h3>
          {recent === null ? (
            <p className="muted">正在读取…</p>
          ) : recent.length === 0 ? (
            <p className="muted">暂无最近打开的文件。</p>
          ) : (
            <ul className="recent">
              {recent.map((f) => (
                <li key={f.id}>
                  <button type="button" onClick={() => void openRecent(f.id)}>
                    {f.name}
                    {f.modifiedAt ? <span className="muted"> {new Date(f.modifiedAt).toLocaleString('zh-CN')}</span> : null}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
