/**
 * Where the active cell is and what is wrong with it, in a bar pinned to the bottom of the document
 * pane (like Excel's formula bar): it never covers the cells the clerk is about to type into. It keeps
 * its place and size while no cell is active, so the page never jumps under the clerk's pointer.
 */
import type { Severity } from '../../shared/rules/finding.ts';

interface Suggestion {
  value: number;
  take(): void;
}

export function CellInfoBar({ label, messages, severity, suggestion }: { label: string; messages: string[]; severity?: Severity; suggestion?: Suggestion | undefined }) {
  return (
    <div id="cell-info" className={`cell-info ${severity ?? 'plain'}`} hidden={!label} aria-hidden={!label}>
      <span className="cell-info-label">{label}</span>
      {messages.length ? (
        <span id="cell-info-messages" className="cell-info-messages">
          {messages.map((m) => (
            <span key={m}>{m}</span>
          ))}
        </span>
      ) : null}
      {suggestion ? (
        <button
          type="button"
          className="take-suggestion"
          // The cell keeps the focus (and stays active) while the button is pressed.
          onMouseDown={(e) => e.preventDefault()}
          onClick={suggestion.take}
        >
          采用建议 {suggestion.value}
        </button>
      ) : null}
    </div>
  );
}
