import type { ReactNode } from 'react';

/**
 * A form of its own for one text field (display: contents, never submitted). After every keystroke
 * Chrome's autofill looks at the fields of the form being typed in — or, for a field in no form, at
 * every text field of the page that is in no form, twenty-odd here. Measured in Chromium: a keystroke in
 * a paragraph cost 0.7 ms of it (up to 5 ms), in a form of its own 0.3 ms (up to 2); in the cell editor
 * ~1.8 ms against ~0.4 ms. Electron has no autofill: this is for the web build.
 */
export function OwnForm({ children }: { children: ReactNode }) {
  return (
    <form className="own-form" onSubmit={(e) => e.preventDefault()}>
      {children}
    </form>
  );
}
