/**
 * 核对导入的内容: every flagged cell and paragraph of an imported report, one step at a time beside the
 * source text it was read from. The clerk confirms or corrects each; 全部确认 is offered only once
 * each step was on screen, so no guess reaches the report unseen. Keyboard: Enter moves to the next
 * field of a step and confirms on the last, ↑/↓ in the list move between steps, Tab reaches everything.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { UnitKind } from '../../shared/schema/units.ts';
import { UnitKindSelect } from '../ui/UnitKindSelect.tsx';
import { applyAnswers, groupItems, reviewItems, type ReviewItem } from './review-model.ts';
import type { PendingReview } from './review-store.ts';
import './review.css';

type Status = 'unseen' | 'seen' | 'confirmed' | 'corrected';

const STATUS_TEXT: Record<Status, string> = { unseen: '未查看', seen: '待确认', confirmed: '已确认', corrected: '已更正' };

const ANSWER_LABEL: Record<Exclude<ReviewItem['kind'], 'report'>, string> = {
  cell: '导入的数字（可更正）',
  paragraph: '导入的段落（可更正）',
  unitName: '单位名称（可更正）',
  unitKind: '单位类型（可更改）',
};

/** Enter while an IME is composing picks the candidate; it must not confirm the item. */
function plainEnter(e: KeyboardEvent): boolean {
  return e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing && e.keyCode !== 229;
}

function SourceText({ text }: { text: string | undefined }) {
  return <pre>{text?.trim() ? text : '（原文中没有找到对应的文字）'}</pre>;
}

/** The scanned cell as it is on paper, beside the number read from it (scans only). */
function ScanCrop({ src }: { src: string | undefined }) {
  return src ? <img className="review-crop" src={src} alt="扫描件中此格的原样" /> : null;
}

export function ReviewScreen({ review }: { review: PendingReview }) {
  const items = useMemo(() => reviewItems(review.report, review.flags), [review]);
  const groups = useMemo(() => groupItems(items), [items]);
  const [active, setActive] = useState(0);
  const [seen, setSeen] = useState<ReadonlySet<number>>(() => new Set([0]));
  const [answers, setAnswers] = useState<ReadonlyMap<number, string>>(() => new Map());
  const [drafts, setDrafts] = useState<string[]>(() => items.map((it) => it.imported));
  const detail = useRef<HTMLElement>(null);
  const allButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLOListElement>(null);

  const allSeen = seen.size === groups.length;
  const group = groups[active];

  const focusDetail = () => detail.current?.querySelector<HTMLElement>('input, textarea, select, button.primary')?.focus();

  const show = (g: number, focus: 'field' | 'list' = 'field') => {
    setActive(g);
    setSeen((s) => (s.has(g) ? s : new Set(s).add(g)));
    requestAnimationFrame(() => {
      if (focus === 'list') list.current?.querySelectorAll<HTMLButtonElement>('button')[g]?.focus();
      else focusDetail();
    });
  };

  useEffect(focusDetail, []);

  const statusOf = (g: number): Status => {
    const idx = groups[g]!.items;
    if (idx.every((i) => answers.has(i))) return idx.some((i) => answers.get(i) !== items[i]!.imported) ? 'corrected' : 'confirmed';
    return seen.has(g) ? 'seen' : 'unseen';
  };

  const confirm = (values: readonly string[] = drafts) => {
    const next = new Map(answers);
    for (const i of group!.items) next.set(i, values[i] ?? '');
    setAnswers(next);
    const open = (g: number) => groups[g]!.items.some((i) => !next.has(i));
    const after = groups.findIndex((_, g) => g > active && open(g));
    const any = after >= 0 ? after : groups.findIndex((_, g) => open(g));
    if (any >= 0) show(any);
    else requestAnimationFrame(() => allButton.current?.focus());
  };

  /** The cells of `idx` still blank in the fields: what 「按 0」 fills. */
  const blankIn = (idx: readonly number[]) => idx.filter((i) => items[i]!.kind === 'cell' && !(drafts[i] ?? '').trim());

  const zeroed = (idx: readonly number[]) => {
    const blank = new Set(blankIn(idx));
    return drafts.map((v, k) => (blank.has(k) ? '0' : v));
  };

  /** 本行其余按 0: this row's blank cells become 0; the focus goes on to the next row's first blank cell. */
  const zeroRow = (idx: readonly number[]) => {
    const next = zeroed(idx);
    setDrafts(next);
    const after = group!.items.find((i) => i > idx.at(-1)! && !(next[i] ?? '').trim());
    requestAnimationFrame(() => {
      const inputs = Array.from(detail.current?.querySelectorAll<HTMLElement>('input') ?? []);
      const target = after === undefined ? null : inputs[group!.items.indexOf(after)];
      (target ?? detail.current?.querySelector<HTMLElement>('button.primary'))?.focus();
    });
  };

  /** 全部按 0: every blank cell of this step becomes 0, and the step is confirmed. */
  const zeroAll = () => {
    const next = zeroed(group!.items);
    setDrafts(next);
    confirm(next);
  };

  const finish = () => {
    // What stands in the inputs is what the clerk sees: a typed but unconfirmed correction counts.
    const all = new Map(items.map((_, i) => [i, answers.get(i) ?? drafts[i] ?? ''] as const));
    review.finish(applyAnswers(review.report, items, all, review.flags));
  };

  const onListKey = (e: KeyboardEvent, g: number) => {
    if (e.key === 'ArrowDown' && g + 1 < groups.length) {
      e.preventDefault();
      show(g + 1, 'list');
    } else if (e.key === 'ArrowUp' && g > 0) {
      e.preventDefault();
      show(g - 1, 'list');
    }
  };

  /** Enter: the next field of this step, or 确认 on its last. */
  const onFieldKey = (e: KeyboardEvent<HTMLElement>) => {
    if (!plainEnter(e)) return;
    e.preventDefault();
    const fields = Array.from(detail.current?.querySelectorAll<HTMLElement>('input, textarea, select') ?? []);
    const k = fields.indexOf(e.currentTarget);
    if (k >= 0 && k + 1 < fields.length) fields[k + 1]!.focus();
    else confirm();
  };

  const field = (i: number, item: ReviewItem, label: string) => {
    const common = {
      value: drafts[i] ?? '',
      'aria-label': label,
      onChange: (e: { target: { value: string } }) => setDrafts((d) => d.map((v, k) => (k === i ? e.target.value : v))),
      onKeyDown: onFieldKey,
    };
    if (item.kind === 'unitKind') {
      return (
        <UnitKindSelect
          value={(drafts[i] ?? item.imported) as UnitKind}
          onChange={(k) => common.onChange({ target: { value: k } })}
          label={label}
          onKeyDown={onFieldKey}
        />
      );
    }
    if (item.kind === 'unitName') return <input {...common} className="review-unit-name" placeholder="单位名称" />;
    // A paragraph holds no line breaks: Enter confirms in its box too.
    return item.kind === 'cell' ? <input {...common} inputMode="decimal" placeholder="空白" /> : <textarea {...common} rows={8} />;
  };

  const entries = group ? group.items.map((i) => ({ i, item: items[i]! })) : [];
  const single = entries.length === 1 ? entries[0]! : null;
  // The importer had no text to show (a blank cell, a facts file): the reason says it all.
  const anySource = entries.some((e) => e.item.flag.source?.trim());
  const anyCrop = entries.some((e) => e.item.flag.crop);
  const { report } = review;
  const target = review.nextYear ? `生成${review.nextYear}年报告` : '打开报告';

  return (
    <div className="review-screen">
      <header className="review-head">
        <h1 id="review-title">核对导入的内容</h1>
        <p>
          从“{review.source}”读取了{report.unit.name || '（未读到单位名称）'}
          {report.year}年政府信息公开工作年度报告。以下 {items.length} 处内容未能确定，请对照原文逐条确认或更正，核对后{target}。
        </p>
      </header>
      <div className="review-body">
        <nav className="review-list-pane" aria-label="需要核对的内容">
          <ol className="review-list" ref={list}>
            {groups.map((g, k) => {
              const status = statusOf(k);
              return (
                <li key={k}>
                  <button
                    type="button"
                    className={`review-item ${status}${k === active ? ' active' : ''}`}
                    aria-current={k === active ? 'true' : undefined}
                    onClick={() => show(k)}
                    onKeyDown={(e) => onListKey(e, k)}
                  >
                    <span className="review-item-place">{g.title}</span>
                    <span className="review-item-status">{STATUS_TEXT[status]}</span>
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
        {group ? (
          <section className="review-detail" ref={detail} aria-labelledby="review-place" data-review-item={active}>
            <h2 id="review-place">
              <span className="muted">
                第 {active + 1} / {groups.length} 步 ·{' '}
              </span>
              {group.title}
            </h2>
            <p className="review-reason" role="note">
              {group.reason}
            </p>
            {single ? (
              <div className="review-compare">
                {!anySource ? null : (
                  <figure className="review-source">
                    <figcaption>原文</figcaption>
                    <SourceText text={single.item.flag.source} />
                  </figure>
                )}
                {single.item.flag.crop ? (
                  <figure className="review-source">
                    <figcaption>扫描原件</figcaption>
                    <ScanCrop src={single.item.flag.crop} />
                  </figure>
                ) : null}
                {single.item.kind === 'report' ? null : (
                  <label className="review-answer">
                    {ANSWER_LABEL[single.item.kind]}
                    {field(single.i, single.item, ANSWER_LABEL[single.item.kind])}
                  </label>
                )}
              </div>
            ) : (
              <div className="review-rows">
                {group.rows.map((r) => (
                  <section key={r.row} className="review-row" aria-label={r.row}>
                    <div className="review-row-head">
                      <h3>{r.row}</h3>
                      {r.items.some((i) => !(drafts[i] ?? '').trim()) ? (
                        <button type="button" onClick={() => zeroRow(r.items)}>
                          本行其余按 0
                        </button>
                      ) : null}
                    </div>
                    <div className="review-row-body">
                      {anySource ? (
                        <figure className="review-source">
                          <figcaption>原文</figcaption>
                          <SourceText text={r.source} />
                        </figure>
                      ) : null}
                      <div className="review-row-cells">
                        {r.items.map((i) => {
                          const item = items[i]!;
                          return (
                            <label key={i} className="review-cell">
                              <span>{item.column ?? item.place}</span>
                              {anyCrop ? <ScanCrop src={item.flag.crop} /> : null}
                              {field(i, item, item.place)}
                            </label>
                          );
                        })}
                      </div>
                    </div>
                  </section>
                ))}
              </div>
            )}
            <div className="review-actions">
              <button type="button" className="primary" onClick={() => confirm()}>
                确认
              </button>
              {!single && blankIn(group.items).length ? (
                <button type="button" onClick={zeroAll}>
                  全部按 0
                </button>
              ) : null}
              <span className="muted">{single ? '按 Enter 确认并转到下一处' : '按 Enter 转到下一格，最后一格按 Enter 确认'}</span>
            </div>
          </section>
        ) : null}
      </div>
      <footer className="review-foot">
        <span className="review-progress" role="status">
          已核对 {answers.size} / {items.length} 处
          {allSeen ? '' : `，还有 ${groups.length - seen.size} 步未查看（逐条查看后才能全部确认）`}
        </span>
        <button type="button" onClick={() => review.finish(null)}>
          取消
        </button>
        <button type="button" className="primary" ref={allButton} disabled={!allSeen} onClick={finish}>
          全部确认
        </button>
      </footer>
    </div>
  );
}
