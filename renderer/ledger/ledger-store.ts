/**
 * 从台账统计 while the clerk looks at it: the ledger read, waiting for the clerk to confirm its columns
 * and answer what it leaves open (LedgerScreen), as a promise like the import review. Not part of undo:
 * filling the tables is one step of the editor. Whether the 台账明细 panel is open is the ui store's
 * (the desktop menu shows it checked).
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { LedgerBook } from '../../shared/ledger/book.ts';
import type { LedgerMapping } from '../../shared/ledger/mapping.ts';
import type { LedgerTally } from '../../shared/ledger/tally.ts';
import type { Report } from '../../shared/report/model.ts';
import type { SentenceId } from '../../shared/report/sentences.ts';
import { uiStore } from '../store/ui-store.ts';

/** What the clerk decided: the count to write, the answers to keep, and what else to fill. */
export interface LedgerChoice {
  tally: LedgerTally;
  mapping: LedgerMapping;
  /** Fill table 四 from the 复议/诉讼 sheet too. */
  sec4: boolean;
  /** Standard sentences to insert, their numbers bound to the cells just filled. */
  sentences: SentenceId[];
}

export interface LedgerSession {
  id: number;
  book: LedgerBook;
  /** The report as it was when the ledger was picked: its year, last year's figures, its remembered answers. */
  report: Report;
  finish(choice: LedgerChoice | null): void;
}

interface LedgerUi {
  session: LedgerSession | null;
}

export const ledgerStore = createStore<LedgerUi>()(() => ({ session: null }));

export function useLedger<T>(selector: (s: LedgerUi) => T): T {
  return useStore(ledgerStore, selector);
}

let sessions = 0;

/** Shows the ledger screen; resolves with the clerk's choice, or null for 取消. */
export function confirmLedger(input: Pick<LedgerSession, 'book' | 'report'>): Promise<LedgerChoice | null> {
  return new Promise((resolve) => {
    ledgerStore.getState().session?.finish(null);
    const finish = (choice: LedgerChoice | null) => {
      ledgerStore.setState({ session: null });
      resolve(choice);
    };
    ledgerStore.setState({ session: { ...input, finish, id: ++sessions } });
  });
}

export function setLedgerPanel(on: boolean): void {
  uiStore.setState({ ledgerPanel: on });
}

export function toggleLedgerPanel(): void {
  uiStore.setState((u) => ({ ledgerPanel: !u.ledgerPanel }));
}
