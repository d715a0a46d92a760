/**
 * What the desktop app and `nianbao serve` load in the background once the editor is on screen, so
 * that the clerk's first 导出 PDF and first opened PDF do not wait for engines and fonts to load.
 * Spaced apart so the two never compete with each other or with the window's own start.
 */
import { warmExport } from './export/index.ts';
import { warmImport } from './files/warm-import.ts';

const WARM_EXPORT_AFTER_MS = 1500;
const WARM_IMPORT_AFTER_MS = 4000;

/** Schedules the warm-ups; returns a function that cancels those not yet started. */
export function scheduleWarmUp(): () => void {
  const timers = [
    setTimeout(() => void warmExport().catch(() => undefined), WARM_EXPORT_AFTER_MS),
    setTimeout(() => void warmImport(), WARM_IMPORT_AFTER_MS),
  ];
  // Never what keeps a process alive.
  for (const t of timers) t.unref?.();
  return () => timers.forEach(clearTimeout);
}
