/** Above table 三: 从台账统计… and, once counted, where the numbers came from and the 台账明细 switch. */
import { runAction } from '../actions/index.ts';
import { useEditor } from '../store/index.ts';
import { useUi } from '../store/ui-store.ts';
import { toggleLedgerPanel } from './ledger-store.ts';

export function LedgerBar() {
  const source = useEditor((s) => s.report?.ledger?.count?.source ?? null);
  const left = useEditor((s) => s.report?.ledger?.count?.leftOut.length ?? 0);
  const open = useUi((u) => u.ledgerPanel);
  return (
    <div className="ledger-bar">
      <button type="button" onClick={() => runAction('ledgerTally')} title="从依申请公开台账（Excel 或 CSV）统计表三">
        从台账统计…
      </button>
      {source ? (
        <>
          <span className="muted">
            本表由台账“{source}”统计{left ? <span className="ledger-warn">，有未计入的行</span> : null}
          </span>
          <button type="button" aria-pressed={open} onClick={toggleLedgerPanel}>
            台账明细
          </button>
        </>
      ) : null}
    </div>
  );
}
