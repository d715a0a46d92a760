/**
 * The paragraphs of one section: plain text, optional sub-heading, review marks from the roll-over,
 * and the text findings about each paragraph (highlighted, with their one-click fixes).
 */
import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import { sectionCharCount } from '../../shared/report/find.ts';
import type { Paragraph } from '../../shared/report/model.ts';
import { findingKey, openReviewReasons, type Finding } from '../../shared/rules/index.ts';
import { REVIEW_RULE } from '../../shared/rules/review-marks.ts';
import type { SectionDef, SectionId } from '../../shared/schema/sections.ts';
import { cellDef } from '../../shared/schema/index.ts';
import { sentenceDef, sentencesOf, type SentenceId } from '../../shared/report/sentences.ts';
import { proseAgainstLastYear, type ParagraphAgainstLastYear } from '../../shared/rules/unchanged-prose.ts';
import { useUi } from '../store/ui-store.ts';
import { OwnForm } from '../ui/OwnForm.tsx';
import { DismissFinding } from './DismissFinding.tsx';
import { FindMarks } from './FindMarks.tsx';
import { useEditorAfterPaint } from '../store/after-paint.ts';
import { PREAMBLE_LABEL } from '../review/review-model.ts';
import { preambleParagraphs, type ProseId } from '../store/editor-store.ts';
import { useEditor, type EditorState } from '../store/index.ts';

/** What a paragraph list needs to know about its place: its id in the report and its name for labels. */
interface ProsePlace {
  id: ProseId;
  /** 「一、总体情况」 or 「前言」, in every control's accessible name. */
  name: string;
  /** Sections have sub-headings （一）…; the preamble is plain paragraphs. */
  headings: boolean;
}

function AutoGrowText({
  value,
  onChange,
  label,
  field,
  placeholder = '在此输入正文',
}: {
  value: string;
  onChange(v: string): void;
  label: string;
  /** The find bar's name for this field (shared/report/find.ts fieldKey). */
  field: string;
  placeholder?: string;
}) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const ta = ref.current;
    if (!ta) return;
    ta.style.height = 'auto';
    ta.style.height = `${ta.scrollHeight + 2}px`;
  }, [value]);
  return (
    <OwnForm>
      <textarea
        ref={ref}
        className="prose-text"
        data-field={field}
        aria-label={label}
        value={value}
        rows={2}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
      />
      <FindMarks field={field} value={value} target={ref} multiline />
    </OwnForm>
  );
}

/** A paragraph's sub-heading （一）…, with the find bar's matches in it. */
function HeadingInput({ field, label, value, onChange }: { field: string; label: string; value: string; onChange(v: string): void }) {
  const ref = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={ref}
        className="para-heading"
        data-field={field}
        aria-label={label}
        value={value}
        placeholder="小标题（可不填）"
        onChange={(e) => onChange(e.target.value)}
      />
      <FindMarks field={field} value={value} target={ref} multiline={false} />
    </>
  );
}

/** The text findings about one paragraph, without the place that starts each message. */
function ParagraphFindings({ findings }: { findings: Finding[] }) {
  const fixFinding = useEditor((s) => s.fixFinding);
  return (
    <ul className="paragraph-findings">
      {findings.map((f, i) => (
        <li key={i} className={f.severity}>
          {f.message.replace(/^(?:第.部分|前言)(?:第 \d+ 段)?：/, '')}
          {f.fix ? (
            <button type="button" className="finding-fix" onClick={() => fixFinding(f)}>
              {f.fix.label}
            </button>
          ) : null}
          {f.severity === 'warning' ? <DismissFinding reasonKey={findingKey(f)} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** A standard sentence bound to the cells: its numbers marked, each naming the cells it comes from. */
function BoundSentence({ id, label, field }: { id: SentenceId; label: string; field: string }) {
  const cells = useEditor((s) => s.report?.cells ?? NO_CELLS);
  const parts = sentenceDef(id).parts({ cells });
  return (
    <div className="bound-sentence" data-field={field} role="group" aria-label={label}>
      {parts.map((part, i) =>
        typeof part === 'string' ? (
          part
        ) : (
          <mark key={i} className="bound-number" title={part.cells.map((a) => cellDef(a)?.label ?? a).join(' + ')}>
            {part.value}
          </mark>
        ),
      )}
    </div>
  );
}

/** 插入标准语句: the sentences of this section whose numbers come from its table. */
function StandardSentences({ section }: { section: SectionDef }) {
  const insert = useEditor((s) => s.insertSentence);
  const list = sentencesOf(section.id);
  if (!list.length) return null;
  return (
    <div className="standard-sentences">
      <span className="muted">插入标准语句（数字随表格自动更新）：</span>
      {list.map((d) => (
        <button key={d.id} type="button" aria-label={`插入标准语句：${d.name}`} onClick={() => insert(d.id)}>
          {d.name}
        </button>
      ))}
    </div>
  );
}

interface ParagraphProps {
  section: ProsePlace;
  index: number;
  p: Paragraph;
  count: number;
  placeholder?: string;
  findings: Finding[];
  /** 与上年对比: how much of the paragraph last year's report already said. */
  lastYear: ParagraphAgainstLastYear | undefined;
}

function ParagraphView({ section, index, p, count, placeholder, findings, lastYear }: ParagraphProps) {
  const unbind = useEditor((s) => s.unbindSentence);
  const setParagraph = useEditor((s) => s.setParagraph);
  const addParagraph = useEditor((s) => s.addParagraph);
  const removeParagraph = useEditor((s) => s.removeParagraph);
  const reviewKey = findingKey({ rule: REVIEW_RULE, cells: [], paragraph: { section: section.id, index } });
  const reviewed = useEditor((s) => s.report?.reasons[reviewKey] ?? '');
  const open = reviewed ? [] : openReviewReasons(p);
  const where = `${section.name} 第 ${index + 1} 段`;
  const shown = findings.filter((f) => f.rule !== REVIEW_RULE);
  const same = lastYear ? (lastYear.unchanged ? ' same-as-last' : ' partly-as-last') : '';
  const cls = `paragraph${open.length ? ' needs-review' : ''}${shown.length ? ' has-findings' : ''}${p.bound ? ' bound' : ''}${same}`;
  return (
    <div className={cls} data-paragraph={`${section.id}.${index}`}>
      <div className="paragraph-head">
        {section.headings ? (
          <HeadingInput
            field={`${section.id}.${index}.heading`}
            label={`${where}小标题`}
            value={p.heading}
            onChange={(heading) => setParagraph(section.id, index, { heading })}
          />
        ) : null}
        {lastYear ? (
          <span className="last-year-badge">{lastYear.unchanged ? '与上年相同' : `有 ${lastYear.copied} 句与上年相同`}</span>
        ) : null}
        {p.bound ? (
          <span className="bound-badge">
            标准语句 · 数字随表格更新
            <button type="button" onClick={() => unbind(section.id as SectionId, index)} aria-label={`解除${where}与表格的绑定`}>
              解除绑定
            </button>
          </span>
        ) : null}
        <span className="paragraph-tools">
          <button type="button" onClick={() => addParagraph(section.id, index)} aria-label={`在${where}后添加段落`}>
            添加段落
          </button>
          {count > 1 || p.text || p.heading ? (
            <button type="button" onClick={() => removeParagraph(section.id, index)} aria-label={`删除${where}`}>
              删除
            </button>
          ) : null}
        </span>
      </div>
      {p.bound ? (
        <BoundSentence id={p.bound} field={`${section.id}.${index}.text`} label={`${where}标准语句（数字随表格更新）`} />
      ) : (
        <AutoGrowText
          value={p.text}
          field={`${section.id}.${index}.text`}
          label={`${where}正文`}
          placeholder={placeholder}
          onChange={(text) => setParagraph(section.id, index, { text })}
        />
      )}
      {shown.length ? <ParagraphFindings findings={shown} /> : null}
      {open.length ? (
        <div className="review-mark" role="note">
          <strong>请核对：</strong>
          <ul>
            {open.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          <DismissFinding reasonKey={reviewKey} what="核对标记" />
        </div>
      ) : null}
    </div>
  );
}

/** Findings that read the same (a check re-run elsewhere makes new objects with the same content). */
function sameFindings(a: Finding[], b: Finding[]): boolean {
  return a === b || (a.length === b.length && JSON.stringify(a) === JSON.stringify(b));
}

/**
 * A paragraph is redrawn when it, its place or its findings change: a value typed in a table re-runs
 * the checks, and redrawing all twenty paragraphs for it delayed the next keystroke.
 */
const ParagraphItem = memo(
  ParagraphView,
  (a, b) =>
    a.section.id === b.section.id &&
    a.section.name === b.section.name &&
    a.section.headings === b.section.headings &&
    a.index === b.index &&
    a.p === b.p &&
    a.count === b.count &&
    a.placeholder === b.placeholder &&
    a.lastYear === b.lastYear &&
    sameFindings(a.findings, b.findings),
);

const selectFindings = (s: EditorState) => s.findings;
const NO_CELLS = {};
const NONE: Finding[] = [];

function ParagraphList({ place, paragraphs, placeholder }: { place: ProsePlace; paragraphs: Paragraph[]; placeholder?: string }) {
  // Like the 问题 panel, after the paint of the keystroke.
  const findings = useEditorAfterPaint(selectFindings);
  const yoyOn = useUi((u) => u.yearOnYear);
  const report = useEditor((s) => (yoyOn ? s.report : null));
  const against = useMemo(() => (report ? proseAgainstLastYear(report) : null), [report]);
  const byIndex = new Map<number, Finding[]>();
  for (const f of findings) {
    if (f.paragraph?.section !== place.id) continue;
    const list = byIndex.get(f.paragraph.index) ?? [];
    list.push(f);
    byIndex.set(f.paragraph.index, list);
  }
  return (
    <div className="prose">
      {paragraphs.map((p, i) => (
        <ParagraphItem
          key={i}
          section={place}
          index={i}
          p={p}
          count={paragraphs.length}
          placeholder={placeholder}
          findings={byIndex.get(i) ?? NONE}
          lastYear={against?.get(`${place.id}.${i}`)}
        />
      ))}
    </div>
  );
}

/** 本部分字数, live: some cities cap a section (总体情况 at 1,000 字). */
export function SectionCharCount({ section }: { section: SectionDef }) {
  const n = useEditor((s) => (s.report ? sectionCharCount(s.report, section.id) : 0));
  return (
    <span className="char-count" data-testid={`chars-${section.id}`}>
      本部分 {n} 字
    </span>
  );
}

export function ProseEditor({ section }: { section: SectionDef }) {
  const paragraphs = useEditor((s) => s.report?.sections[section.id].paragraphs ?? []);
  return (
    <>
      <ParagraphList place={{ id: section.id, name: `${section.ordinal}、${section.title}`, headings: true }} paragraphs={paragraphs} />
      <StandardSentences section={section} />
    </>
  );
}

const PREAMBLE_PLACE: ProsePlace = { id: 'preamble', name: PREAMBLE_LABEL, headings: false };
const EMPTY: Paragraph[] = [];

/** The opening paragraph(s) above 一、总体情况: who compiled the report, where it is published, whom to ask. */
export function PreambleEditor() {
  const preamble = useEditor((s) => s.report?.preamble ?? EMPTY);
  const paragraphs = useMemo(() => preambleParagraphs({ preamble }), [preamble]);
  return (
    <section className="doc-preamble" aria-label={PREAMBLE_LABEL}>
      <ParagraphList
        place={PREAMBLE_PLACE}
        paragraphs={paragraphs}
        placeholder="前言（可不填）：本报告由……编制，包括总体情况、主动公开政府信息情况……如对本报告有疑问，请与……联系。"
      />
    </section>
  );
}
