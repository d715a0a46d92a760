/** A new, empty report for a unit and year. */
import { SECTIONS, subheadingLabel, type SectionId } from '../schema/sections.ts';
import type { UnitKind } from '../schema/units.ts';
import type { Report, SectionProse } from './model.ts';

export function emptySections(): Record<SectionId, SectionProse> {
  return Object.fromEntries(
    SECTIONS.map((s) => [
      s.id,
      {
        paragraphs: s.subheadings.length
          ? s.subheadings.map((h, i) => ({ heading: subheadingLabel(i, h), text: '' }))
          : [{ heading: '', text: '' }],
      },
    ]),
  ) as Record<SectionId, SectionProse>;
}

/**
 * The year a clerk is most likely writing: reports cover a calendar year and are due by 31 January,
 * so from July on it is this year's report, before that last year's.
 */
export function defaultReportYear(now = new Date()): number {
  return now.getMonth() >= 6 ? now.getFullYear() : now.getFullYear() - 1;
}

export function blankReport(opts: { unit: string; kind: UnitKind; year: number; now?: Date }): Report {
  const now = (opts.now ?? new Date()).toISOString();
  return {
    unit: { name: opts.unit, kind: opts.kind },
    year: opts.year,
    preamble: [],
    sections: emptySections(),
    cells: {},
    autoTotals: { sec3: true, sec4: true },
    lastYear: null,
    reasons: {},
    confirmedZero: false,
    meta: { createdAt: now, modifiedAt: now, origin: 'blank' },
  };
}
