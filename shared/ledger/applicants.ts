/**
 * Applicant types → the six applicant columns of table 三 (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构,
 * 其他): the statutory names, with or without 「法人或其他组织」, and the words offices use. Words that
 * could be more than one column (「法人」, 「单位」, 「律师」, 「个体工商户」) are deliberately absent: the clerk says.
 */
import { SEC3_APPLICANT_COLS, SEC3_COLUMNS, SEC3_LEGAL_PERSONS_HEADER } from '../schema/index.ts';
import { addWords, recognise, type Recognised, type Vocabulary } from './vocabulary.ts';

/** 0–5: the applicant columns of table 三 (the 总计 column is their sum). */
export type ApplicantColumn = (typeof SEC3_APPLICANT_COLS)[number];

const OFFICE_WORDS: Record<ApplicantColumn, readonly string[]> = {
  0: ['公民', '个人', '群众', '居民', '村民', '市民', '农民', '本人', '自然人申请', '个人申请'],
  1: ['企业', '公司', '企业法人', '商业机构', '商业组织'],
  2: ['科研院所', '研究机构', '研究所', '研究院'],
  3: ['公益组织', '公益机构', '社会公益机构', '基金会', '慈善组织', '公益性社会组织'],
  4: ['律师事务所', '律所', '法律服务所', '基层法律服务所', '法律援助机构'],
  5: ['其它', '其他组织', '其它组织'],
};

function build(): Vocabulary<ApplicantColumn> {
  const words = new Map<string, ApplicantColumn>();
  for (const c of SEC3_APPLICANT_COLS) addWords(words, c, [SEC3_COLUMNS[c], ...OFFICE_WORDS[c]]);
  return {
    words,
    groups: [{ names: [SEC3_LEGAL_PERSONS_HEADER, '法人或者其他组织', '法人和其他组织', '法人及其他组织', '法人', '法人组织'], members: new Set([1, 2, 3, 4, 5]) }],
    // A name instead of a type, where the name says it: 「某某有限公司」, 「某某律师事务所」.
    endings: [
      ['公司', 1],
      ['律师事务所', 4],
      ['法律服务所', 4],
    ],
  };
}

export const APPLICANT_VOCABULARY = build();

export function recogniseApplicant(text: string): Recognised<ApplicantColumn> {
  return recognise(APPLICANT_VOCABULARY, text);
}

/** The column's name as table 三 prints it, for lists and choices. */
export function applicantLabel(c: ApplicantColumn): string {
  return c === 0 ? SEC3_COLUMNS[0] : `${SEC3_LEGAL_PERSONS_HEADER}-${SEC3_COLUMNS[c]}`;
}
