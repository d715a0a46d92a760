/** Unsaved work from the last session, offered once on start: 恢复 or 放弃. */
import { useEffect, useState } from 'react';
import type { FileRef } from '../../shared/api/contract.ts';
import type { Report } from '../../shared/report/model.ts';
import { quietly, tryApi } from '../commands/api-access.ts';
import { editorStore } from '../store/index.ts';
import { clearLocalCopy, readLocalCopy } from '../store/local-copy.ts';

interface Recovery {
  report: Report;
  file: FileRef | null;
  savedAt: string;
}

export function RecoveryOffer() {
  const [rec, setRec] = useState<Recovery | null>(null);
  useEffect(() => {
    // The newer of the server's recovery copy and the browser's own (written while the server was stopped).
    const local = readLocalCopy();
    const fromServer = tryApi().api?.readRecovery() ?? Promise.resolve(null);
    void fromServer
      .catch(() => null)
      .then((server) => setRec(server && (!local || server.savedAt >= local.savedAt) ? server : local));
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
          clearLocalCopy();
          quietly((api) => api.discardRecovery());
        }}
      >
        放弃
      </button>
    </div>
  );
}
