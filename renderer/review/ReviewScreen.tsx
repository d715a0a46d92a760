/**
 * 核对导入的内容: every flagged cell and paragraph of an imported report, one at a time beside the
 * source text it was read from. The clerk confirms or corrects each; 全部确认 is offered only once
 * each item was on screen, so no guess reaches the report unseen. Keyboard: Enter confirms and moves
 * to the next open item, ↑/↓ in the list move between items, Tab reaches everything.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { applyAnswers, reviewItems, type ReviewItem } from './review-model.ts';
import type { PendingReview } from './review-store.ts';
import './review.css';

type Status = 'unseen' | 'seen' | 'confirmed' | 'corrected';

const STATUS_TEXT: Record<Status, string> = { unseen: '未查看', seen: '待确认', confirmed: '已确认', corrected: '已更正' };

function statusOf(i: number, item: ReviewItem, seen: ReadonlySet<number>, answers: ReadonlyMap<number, string>): Status {
  const a = answers.get(i);
  if (a !== undefined) return a === item.imported ? 'confirmed' : 'corrected';
  return seen.has(i) ? 'seen' : 'unseen';
}

/** Enter while an IME is composing picks the candidate; it must not confirm the item. */
function plainEnter(e: KeyboardEvent): boolean {
  return e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing && e.keyCode !== 229;
}

export function ReviewScreen({ review }: { review: PendingReview }) {
  const items = useMemo(() => reviewItems(review.report, review.flags), [review]);
  const [active, setActive] = useState(0);
  const [seen, setSeen] = useState<ReadonlySet<number>>(() => new Set([0]));
  const [answers, setAnswers] = useState<ReadonlyMap<number, string>>(() => new Map());
  const [drafts, setDrafts] = useState<string[]>(() => items.map((it) => it.imported));
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const allButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLOListElement>(null);

  const allSeen = seen.size === items.length;
  const item = items[active];

  const show = (i: number, focus: 'field' | 'list' = 'field') => {
    setActive(i);
    setSeen((s) => (s.has(i) ? s : new Set(s).add(i)));
    requestAnimationFrame(() => {
      if (focus === 'list') list.current?.querySelectorAll<HTMLButtonElement>('button')[i]?.focus();
      else (field.current ?? confirmButton.current)?.focus();
    });
  };

  useEffect(() => {
    (field.current ?? confirmButton.current)?.focus();
  }, []);

  const confirm = () => {
    const next = new Map(answers).set(active, drafts[active] ?? '');
    setAnswers(next);
    const open = items.findIndex((_, k) => k > active && !next.has(k));
    const wrap = open >= 0 ? open : items.findIndex((_, k) => !next.has(k));
    if (wrap >= 0) show(wrap);
    else requestAnimationFrame(() => allButton.current?.focus());
  };

  const finish = () => {
    // What stands in the inputs is what the clerk sees: a typed but unconfirmed correction counts.
    const all = new Map(items.map((_, i) => [i, answers.get(i) ?? drafts[i] ?? ''] as const));
    review.finish(applyAnswers(review.report, items, all));
  };

  const onListKey = (e: KeyboardEvent, i: number) => {
    if (e.key === 'ArrowDown' && i + 1 < items.length) {
      e.preventDefault();
      show(i + 1, 'list');
    } else if (e.key === 'ArrowUp' && i > 0) {
      e.preventDefault();
      show(i - 1, 'list');
    }
  };

  const done = answers.size;
  const target = review.nextYear ? `生成${review.nextYear}年报告` : '打开报告';
  const { report } = review;

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
            {items.map((it, i) => {
              const status = statusOf(i, it, seen, answers);
              return (
                <li key={i}>
                  <button
                    type="button"
                    className={`review-item ${status}${i === active ? ' active' : ''}`}
                    aria-current={i === active ? 'true' : undefined}
                    onClick={() => show(i)}
                    onKeyDown={(e) => onListKey(e, i)}
                  >
                    <span className="review-item-place">{it.place}</span>
                    <span className="review-item-status">{STATUS_TEXT[status]}</span>
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
        {item ? (
          <section className="review-detail" aria-labelledby="review-place" data-review-item={active}>
            <h2 id="review-place">
              <span className="muted">
                第 {active + 1} / {items.length} 处 ·{' '}
              </span>
              {item.place}
            </h2>
            <p className="review-reason" role="note">
              {item.flag.reason}
            </p>
            <div className="review-compare">
              {item.kind === 'report' && !item.flag.source?.trim() ? null : (
                <figure className="review-source">
                  <figcaption>原文</figcaption>
                  <pre>{item.flag.source?.trim() ? item.flag.source : '（原文中没有找到对应的文字）'}</pre>
                </figure>
              )}
              {item.kind === 'report' ? null : (
                <label className="review-answer">
                  {item.kind === 'cell' ? '导入的数字（可更正）' : '导入的段落（可更正）'}
                  {item.kind === 'cell' ? (
                    <input
                      key={active}
                      ref={field}
                      value={drafts[active] ?? ''}
                      inputMode="decimal"
                      placeholder="空白"
                      onChange={(e) => setDrafts((d) => d.map((v, k) => (k === active ? e.target.value : v)))}
                      onKeyDown={(e) => {
                        if (plainEnter(e)) {
                          e.preventDefault();
                          confirm();
                        }
                      }}
                    />
                  ) : (
                    <textarea
                      key={active}
                      ref={field}
                      value={drafts[active] ?? ''}
                      rows={8}
                      onChange={(e) => setDrafts((d) => d.map((v, k) => (k === active ? e.target.value : v)))}
                      onKeyDown={(e) => {
                        // A paragraph holds no line breaks: Enter confirms here too.
                        if (plainEnter(e)) {
                          e.preventDefault();
                          confirm();
                        }
                      }}
                    />
                  )}
                </label>
              )}
            </div>
            <div className="review-actions">
              <button type="button" className="primary" ref={confirmButton} onClick={confirm}>
                确认
              </button>
              <span className="muted">按 Enter 确认并转到下一处</span>
            </div>
          </section>
        ) : null}
      </div>
      <footer className="review-foot">
        <span className="review-progress" role="status">
          已核对 {done} / {items.length} 处
          {allSeen ? '' : `，还有 ${items.length - seen.size} 处未查看（逐条查看后才能全部确认）`}
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
