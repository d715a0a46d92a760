/** The paragraphs of one section: plain text, optional sub-heading, review marks from the roll-over. */
import { useLayoutEffect, useRef } from 'react';
import type { Paragraph } from '../../shared/report/model.ts';
import type { SectionDef } from '../../shared/schema/sections.ts';
import { useEditor } from '../store/index.ts';

function AutoGrowText({ value, onChange, label }: { value: string; onChange(v: string): void; label: string }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const ta = ref.current;
    if (!ta) return;
    ta.style.height = 'auto';
    ta.style.height = `${ta.scrollHeight + 2}px`;
  }, [value]);
  return (
    <textarea
      ref={ref}
      className="prose-text"
      aria-label={label}
      value={value}
      rows={2}
      placeholder="在此输入正文"
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

function ParagraphView({ section, index, p, count }: { section: SectionDef; index: number; p: Paragraph; count: number }) {
  const setParagraph = useEditor((s) => s.setParagraph);
  const addParagraph = useEditor((s) => s.addParagraph);
  const removeParagraph = useEditor((s) => s.removeParagraph);
  const dismissReview = useEditor((s) => s.dismissReview);
  const where = `${section.ordinal}、${section.title} 第 ${index + 1} 段`;
  return (
    <div className={`paragraph${p.review?.length ? ' needs-review' : ''}`} data-paragraph={`${section.id}.${index}`}>
      <div className="paragraph-head">
        <input
          className="para-heading"
          aria-label={`${where}小标题`}
          value={p.heading}
          placeholder="小标题（可不填）"
          onChange={(e) => setParagraph(section.id, index, { heading: e.target.value })}
        />
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
      <AutoGrowText value={p.text} label={`${where}正文`} onChange={(text) => setParagraph(section.id, index, { text })} />
      {p.review?.length ? (
        <div className="review-mark" role="note">
          <strong>请核对：</strong>
          <ul>
            {p.review.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          <button type="button" onClick={() => dismissReview(section.id, index)}>
            已核对
          </button>
        </div>
      ) : null}
    </div>
  );
}

export function ProseEditor({ section }: { section: SectionDef }) {
  const paragraphs = useEditor((s) => s.report?.sections[section.id].paragraphs ?? []);
  return (
    <div className="prose">
      {paragraphs.map((p, i) => (
        <ParagraphView key={i} section={section} index={i} p={p} count={paragraphs.length} />
      ))}
    </div>
  );
}
