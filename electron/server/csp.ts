/**
 * The Content-Security-Policy for the app's pages, in the web build and in Electron: nothing remote,
 * no inline script, no plugins, no framing — the page can only talk to the origin it came from.
 */
export const APP_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * For a PDF shown in Chromium's viewer (web download inline, desktop print preview): the viewer is a
 * plugin the page CSP would block, so the document gets its own policy — nothing to load, framed only by us.
 */
export const PDF_VIEW_CSP = "default-src 'none'; frame-ancestors 'self'";

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': APP_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};
