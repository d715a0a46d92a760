/**
 * 从上年报告新建 as the start screen's first, biggest choice: most clerks start from last year's report
 * (its 结转 carried over, its prose to revise), so it stands above the blank 新建 form. A component of its
 * own so the start screen's other buttons can change without touching it.
 */
import { newFromLastYear } from '../commands/files.ts';

export function LastYearCard() {
  return (
    <section className="start-card last-year-card" aria-labelledby="last-year-title">
      <div>
        <h2 id="last-year-title">从上年报告开始（推荐）</h2>
        <p className="muted">
          选择上年的年度报告——Word（.docx）、PDF、网页、文本或年报文件均可。核对读取的内容后生成本年报告：单位名称和上年结转已填好，上年的正文留作修改的底稿。
        </p>
      </div>
      <button type="button" className="primary big" onClick={() => void newFromLastYear()}>
        从上年报告新建…
      </button>
    </section>
  );
}
