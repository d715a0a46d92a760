import { describe, expect, it } from 'vitest';
import { consistentReport } from '../../test/fixtures/consistent-report.ts';
import { findingsOf, withText } from '../../test/fixtures/prose.ts';
import { rollOver } from '../report/rollover.ts';
import { findingKey } from './finding.ts';

describe('“请核对”标记', () => {
  const last = withText({ ...consistentReport(), year: 2025 }, 'applications', 0, '2025年共收到政府信息公开申请15件。');
  const rolled = rollOver(last, { year: 2026, now: new Date('2026-12-01T00:00:00Z') });

  it('滚动生成的标记成为问题，指明段落', () => {
    const f = findingsOf(rolled, 'review-mark').find((x) => x.paragraph?.section === 'applications')!;
    expect(f.paragraph).toEqual({ section: 'applications', index: 0 });
    expect(f.message).toMatch(/^第三部分第 1 段：请核对：仍写有上年年份“2025年”，请确认是否应改为本年；“15件”与上年报告的数字相同（.+），请按本年数据更新$/);
  });

  it('改掉一个原因，只剩另一个；都改掉，标记消失', () => {
    let r = withText(rolled, 'applications', 0, '2026年共收到政府信息公开申请15件。');
    let f = findingsOf(r, 'review-mark').filter((x) => x.paragraph?.section === 'applications');
    expect(f.map((x) => x.message)).toEqual([expect.stringMatching(/^第三部分第 1 段：请核对：“15件”与上年报告的数字相同/)]);
    r = withText(r, 'applications', 0, '2026年共收到政府信息公开申请9件。');
    f = findingsOf(r, 'review-mark').filter((x) => x.paragraph?.section === 'applications');
    expect(f).toEqual([]);
  });

  it('已核对的理由按问题的键保存', () => {
    const f = findingsOf(rolled, 'review-mark').find((x) => x.paragraph?.section === 'applications')!;
    expect(findingKey(f)).toBe('review-mark:applications.0');
  });
});
