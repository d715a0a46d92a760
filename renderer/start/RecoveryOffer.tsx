/** Unsaved work from the last session, offered once on start: 恢复 or 放弃. */
import { useEffect, useState } from 'react';
import type { FileRef } from '../../shared/api/contract.ts';
import type { Report } from '../../shared/report/model.ts';
import { quietly, tryApi } from '../commands/api-access.ts';
import { editorStore } from '../store/index.ts';

interface Recovery {
  report: Report;
  file: FileRef | null;
  savedAt: string;
}

export function RecoveryOffer() {
  const [rec, setRec] = useState<Recovery | null>(null);
  useEffect(() => {
    tryApi()
      .api?.readRecovery()
      .then(setRec)
      .catch(() => setRec(null));
  }, []);
  if (!rec) return null;
  const when = new Date(rec.savedAt).toLocaleString('zh-CN');
  return (
    <div className="recovery" role="alert">
      <p>
        发现上次未保存的修改：{rec.report.unit.name} {rec.report.year}年度报告{rec.file ? `（${rec.file.name}）` : ''}，
        保存于 {when}。
      </p>
      <button
        type="button"
        className="primary"
        onClick={() => editorStore.getState().load(rec.report, rec.file, { dirty: true })}
      >
        恢复
      </button>
      <button
        type="button"
        onClick={() => {
          setRec(null);
          quietly((api) => api.discardRecovery());
        }}
      >
        放弃
      </button>
    </div>
  );
}
