/**
 * 行政复议 and 行政诉讼 cases (table 四): what kind each case is and how it ended, by the labels of the
 * format and the words offices write. 「行政诉讼」 alone does not say whether it came after a 复议: a
 * column such as 是否经过复议 does, or the clerk.
 */
import { SEC4_OUTCOMES } from '../schema/index.ts';
import { addWords, recognise, type Recognised, type Vocabulary } from './vocabulary.ts';

/** The three groups of table 四: 行政复议, 未经复议直接起诉, 复议后起诉. */
export type CaseRoute = 'review' | 'direct' | 'afterReview';
export const CASE_ROUTES: readonly CaseRoute[] = ['review', 'direct', 'afterReview'];
/** 0 结果维持, 1 结果纠正, 2 其他结果, 3 尚未审结 (the 总计 of each group is their sum). */
export type CaseOutcome = 0 | 1 | 2 | 3;
export const CASE_OUTCOMES: readonly CaseOutcome[] = [0, 1, 2, 3];
export const OUTCOME_PENDING: CaseOutcome = 3;

const ROUTE_WORDS: Record<CaseRoute, readonly string[]> = {
  review: ['行政复议', '复议', '行政复议申请', '复议申请', '复议案件'],
  direct: ['未经复议直接起诉', '直接起诉', '未经复议', '否', '不是', '未复议'],
  afterReview: ['复议后起诉', '经复议后起诉', '复议后诉讼', '经复议', '经过复议', '已复议', '是'],
};

const OUTCOME_WORDS: Record<CaseOutcome, readonly string[]> = {
  0: ['维持', '维持原决定', '维持原行政行为', '维持原答复'],
  1: ['纠正', '撤销', '变更', '确认违法', '责令履行', '责令重新答复', '责令重新作出', '撤销并责令重新答复', '确认无效', '撤销原答复'],
  2: ['其他', '其它', '撤回', '撤诉', '调解', '和解', '终止', '终止审理', '终止复议', '申请人撤回申请', '原告撤诉'],
  3: ['未审结', '审理中', '在审', '尚在审理', '正在审理', '未结案', '待审结', '未结', '审查中'],
};

function routeVocabulary(): Vocabulary<CaseRoute> {
  const words = new Map<string, CaseRoute>();
  for (const r of CASE_ROUTES) addWords(words, r, ROUTE_WORDS[r]);
  return {
    words,
    groups: [{ names: ['行政诉讼', '诉讼', '起诉', '行政诉讼案件', '应诉'], members: new Set<CaseRoute>(['direct', 'afterReview']) }],
  };
}

function outcomeVocabulary(): Vocabulary<CaseOutcome> {
  const words = new Map<string, CaseOutcome>();
  for (const o of CASE_OUTCOMES) addWords(words, o, [SEC4_OUTCOMES[o], ...OUTCOME_WORDS[o]]);
  return { words, groups: [] };
}

const ROUTES = routeVocabulary();
const OUTCOMES = outcomeVocabulary();

export function recogniseRoute(text: string): Recognised<CaseRoute> {
  return recognise(ROUTES, text);
}

export function recogniseOutcome(text: string): Recognised<CaseOutcome> {
  return recognise(OUTCOMES, text);
}

export const ROUTE_LABELS: Record<CaseRoute, string> = { review: '行政复议', direct: '行政诉讼（未经复议直接起诉）', afterReview: '行政诉讼（复议后起诉）' };

export function outcomeLabel(o: CaseOutcome): string {
  return SEC4_OUTCOMES[o];
}
