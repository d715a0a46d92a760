/** Start screen or editor, plus the dialogs and app-wide effects. */
import { useEffect } from 'react';
import { startupFileId } from './api/index.ts';
import { useAppEffects } from './app-effects.ts';
import { BatchReturnBar, BatchScreen } from './batch/BatchScreen.tsx';
import { useBatch } from './batch/batch-store.ts';
import { newFromPastedText, openRecent } from './commands/files.ts';
import { EditorScreen } from './editor/EditorScreen.tsx';
import { LedgerScreen } from './ledger/LedgerScreen.tsx';
import { useLedger } from './ledger/ledger-store.ts';
import { ReviewScreen } from './review/ReviewScreen.tsx';
import { usePendingReview } from './review/review-store.ts';
import { PasteDialog } from './start/PasteDialog.tsx';
import { StartScreen } from './start/StartScreen.tsx';
import { closePaste, useUi } from './store/ui-store.ts';
import { useEditor } from './store/index.ts';
import { ConnectionBanner } from './ui/ConnectionBanner.tsx';
import { DialogHost } from './ui/dialog.tsx';
import { ScanProgressDialog } from './ui/ScanProgressDialog.tsx';

/** The startup file is opened once, even when effects run twice (React's development mode). */
let startupHandled = false;

export function App() {
  const screen = useEditor((s) => s.screen);
  const review = usePendingReview();
  const batch = useBatch((s) => (s.visible || (s.busy && !s.review) ? 'table' : s.review ? 'bar' : null));
  const pasting = useUi((u) => u.pasting);
  const ledger = useLedger((s) => s.session);
  useAppEffects();
  useEffect(() => {
    // `nianbao serve FILE` (or a double-clicked file) opens straight into the editor.
    const id = startupFileId();
    if (id && !startupHandled) void openRecent(id);
    startupHandled = true;
  }, []);
  return (
    <>
      <ConnectionBanner />
      {/* An import under review covers whatever was on screen; 取消 returns to it unchanged. */}
      {review ? (
        <ReviewScreen key={review.id} review={review} />
      ) : batch === 'table' ? (
        <BatchScreen />
      ) : batch === 'bar' ? (
        // 批量审核 under way: the unit's report (or the start page) with the way back to the folder's table.
        <div className="with-batch-bar">
          <BatchReturnBar />
          <div className="batch-rest">{screen === 'editor' ? <EditorScreen /> : <StartScreen />}</div>
        </div>
      ) : screen === 'editor' ? (
        <EditorScreen />
      ) : (
        <StartScreen />
      )}
      {pasting ? <PasteDialog onClose={closePaste} onRead={(text) => newFromPastedText(text, { whenRead: closePaste })} /> : null}
      {ledger ? <LedgerScreen key={ledger.id} session={ledger} /> : null}
      <ScanProgressDialog />
      <DialogHost />
    </>
  );
}
