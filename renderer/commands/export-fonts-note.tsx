/** The export dialog's word on fonts: which standard font this computer lacks and what stands in for it. */
import type { ReactNode } from 'react';
import { describeStandIns, type FontStandIn, type FontsUse } from '../../shared/export/font-stand-ins.ts';
import { getApi } from '../api/index.ts';

/** What this computer lacks; [] when the Node side cannot say (the export itself then reports the fonts it used). */
export async function standInsHere(): Promise<FontStandIn[]> {
  try {
    return await getApi().exportFonts();
  } catch {
    return [];
  }
}

export function fontsNote(use: FontsUse, standIns: readonly FontStandIn[]): ReactNode {
  const d = describeStandIns(use, standIns);
  if (!d) return null;
  return (
    <section aria-label="字体" data-testid="export-fonts">
      <p>{d.lead}</p>
      <ul>
        {d.lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </section>
  );
}
