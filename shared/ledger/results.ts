/**
 * 办理结果 → the result rows of table 三, by the statutory labels (from the schema, with and without their
 * category and 「属于」) and the words offices write (同意公开, 信息不存在, 需另行制作 …). 「办理中」 and the
 * like say the application is still open. A category alone (「不予公开」) does not say which of its rows;
 * a separate reason column may (count.ts), or the clerk does.
 */
import { SEC3_ROWS, type Sec3RowKey } from '../schema/index.ts';
import { addWords, recognise, valueCore, type Recognised, type Vocabulary } from './vocabulary.ts';

/** A row of 三、本年度办理结果 other than （七）总计. */
export type ResultKey = Exclude<Sec3RowKey, 'newReceived' | 'carriedOver' | 'total' | 'carriedForward'>;
/** Still being handled: no result yet. */
export const PENDING = 'pending';
export type ResultValue = ResultKey | typeof PENDING;

export const RESULT_ROWS = SEC3_ROWS.filter((r) => r.result && r.key !== 'total');
export const RESULT_KEYS = RESULT_ROWS.map((r) => r.key as ResultKey);

const OFFICE_WORDS: Partial<Record<ResultValue, readonly string[]>> = {
  granted: ['同意公开', '公开', '全部公开', '已公开', '予以提供', '同意提供', '提供', '已提供', '全部提供', '依申请公开', '告知获取方式', '告知公开途径'],
  partlyGranted: ['部分公开', '部分同意公开', '部分提供', '区分处理'],
  denied_1: ['国家秘密', '涉及国家秘密', '涉密'],
  denied_2: ['法律行政法规禁止公开', '法律法规禁止公开'],
  denied_3: ['三安全一稳定'],
  denied_4: ['第三方合法权益', '涉及第三方合法权益', '商业秘密', '个人隐私', '涉及商业秘密', '涉及个人隐私'],
  denied_5: ['内部事务信息', '内部事务', '三类内部事务'],
  denied_6: ['过程性信息', '四类过程性信息'],
  denied_7: ['执法案卷', '行政执法案卷信息'],
  denied_8: ['查询事项'],
  unable_1: ['本机关不掌握', '不掌握', '不掌握相关政府信息', '信息不存在', '政府信息不存在', '不存在'],
  unable_2: ['需要另行制作', '需另行制作', '另行制作', '需要加工', '需加工分析'],
  unable_3: ['申请内容不明确', '内容不明确', '补正后仍不明确'],
  notProcessed_1: ['信访举报投诉', '信访', '举报', '投诉', '信访件', '信访事项'],
  notProcessed_3: ['公开出版物'],
  notProcessed_4: ['大量反复申请'],
  notProcessed_5: ['确认或重新出具已获取信息', '重新出具已获取信息', '要求确认已获取信息'],
  other_1: ['逾期不补正', '未补正', '不补正', '逾期未补正'],
  other_2: ['逾期未缴费', '未缴纳费用', '未缴费', '逾期未缴纳费用'],
  pending: ['办理中', '正在办理', '处理中', '在办', '待办', '未办结', '尚未办结', '待答复', '未答复', '延期答复', '延期办理', '延期', '审查中', '补正中', '待补正'],
};

/** 「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」 → 「部分公开」: the explanation is not the name. */
const bareLabel = (label: string) => label.replace(/（[^（）]*）$/, '');

function build(): Vocabulary<ResultValue> {
  const words = new Map<string, ResultValue>();
  const groups = new Map<string, Set<ResultValue>>();
  for (const row of RESULT_ROWS) {
    const key = row.key as ResultKey;
    const core = valueCore(bareLabel(row.label));
    addWords(words, key, [row.label, bareLabel(row.label), ...(core.startsWith('属于') ? [core.slice(2)] : []), ...(OFFICE_WORDS[key] ?? [])]);
    if (row.group) {
      const name = valueCore(row.group);
      if (!groups.has(name)) groups.set(name, new Set());
      groups.get(name)!.add(key);
    }
  }
  addWords(words, PENDING, OFFICE_WORDS.pending!);
  const alias: Record<string, string[]> = { 不予公开: ['不公开', '不同意公开'], 无法提供: ['不能提供'] };
  return {
    words,
    groups: [...groups].map(([name, members]) => ({ names: [name, ...(alias[name] ?? [])], members })),
    decisive: 'partlyGranted',
  };
}

export const RESULT_VOCABULARY = build();

export function recogniseResult(text: string): Recognised<ResultValue> {
  return recognise(RESULT_VOCABULARY, text);
}

/** The row's name as table 三 prints it: 「（三）不予公开 1.属于国家秘密」, 「（一）予以公开」. */
export function resultLabel(key: ResultValue): string {
  if (key === PENDING) return '尚未办结';
  const row = RESULT_ROWS.find((r) => r.key === key)!;
  return row.group ? `${row.group} ${row.label}` : bareLabel(row.label);
}
