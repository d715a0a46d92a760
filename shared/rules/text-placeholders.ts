/** Placeholders left in the prose (docs/format.md §4.14): ××, XX, 某某, empty brackets, and the model text's 「本单位」. */
import type { Paragraph, Report } from '../report/model.ts';
import { modelSections } from '../report/model-paragraphs.ts';
import { UNIT_KIND_IDS } from '../schema/units.ts';
import type { Finding, Rule } from './finding.ts';
import { paragraphs, sentences, textFinding } from './prose.ts';

const PLACEHOLDER = /[×xX＊*ＸＸ]{2,}|某某|（\s*）|\(\s*\)|【\s*】|〔\s*〕|“\s*”|《\s*》/g;
const YEAR = /\d{4}/g;
const normal = (s: string) => s.replace(/\s+/g, '').replace(YEAR, '#');

/** The model sentences a new report starts with that say 「本单位」 instead of the unit's name. */
const MODEL_UNIT_SENTENCES: ReadonlySet<string> = new Set(
  UNIT_KIND_IDS.flatMap((kind) =>
    Object.values(modelSections(kind, 2000)).flatMap((s) =>
      s.paragraphs.flatMap((p) => sentences(p.text).map((x) => normal(x.text))),
    ),
  ).filter((s) => s.includes('本单位')),
);

const cache = new WeakMap<Paragraph, { placeholders: string[]; unitAt: number[] }>();

function scan(p: Paragraph) {
  let found = cache.get(p);
  if (found) return found;
  const placeholders = [...p.text.matchAll(PLACEHOLDER)].map((m) => m[0]);
  const unitAt: number[] = [];
  for (const s of sentences(p.text)) {
    if (!MODEL_UNIT_SENTENCES.has(normal(s.text))) continue;
    for (const m of s.text.matchAll(/本单位/g)) unitAt.push(s.start + m.index!);
  }
  cache.set(p, (found = { placeholders, unitAt }));
  return found;
}

export const textPlaceholders: Rule = {
  id: 'text-placeholders',
  severity: 'warning',
  title: '正文不留占位符：××、XX、某某、空括号，范文中的“本单位”',
  readsText: true,
  check({ report }: { report: Report }) {
    const out: Finding[] = [];
    const name = report.unit.name.trim();
    for (const at of paragraphs(report)) {
      const { placeholders, unitAt } = scan(at.p);
      if (placeholders.length) {
        out.push(textFinding(this, at, `有未填写的占位符“${[...new Set(placeholders)].join('”“')}”，请填入实际内容`));
      }
      if (unitAt.length) {
        const fix = name
          ? { label: `改为“${name}”`, edits: unitAt.map((start) => ({ start, end: start + 3, text: name })) }
          : undefined;
        out.push(textFinding(this, at, '仍是新建报告时的范文，“本单位”请改为单位名称，并按实际情况改写', fix));
      }
    }
    return out;
  },
};
