import { describe, expect, it } from 'vitest';
import { recogniseApplicant } from './applicants.ts';
import { recogniseOutcome, recogniseRoute } from './cases.ts';
import { recogniseResult } from './results.ts';

const value = <T,>(r: { kind: string; value?: T }) => (r.kind === 'value' ? r.value : r.kind);

describe('申请人类型：法定名称（带或不带“法人或其他组织”）和常用说法', () => {
  it.each<[string, number]>([
    ['自然人', 0],
    ['公民', 0],
    ['个人', 0],
    ['商业企业', 1],
    ['企业', 1],
    ['公司', 1],
    ['法人或其他组织-商业企业', 1],
    ['法人（商业企业）', 1],
    ['某某科技有限公司', 1],
    ['科研机构', 2],
    ['法人或其他组织—科研机构', 2],
    ['社会公益组织', 3],
    ['基金会', 3],
    ['法律服务机构', 4],
    ['律师事务所', 4],
    ['法人或其他组织/法律服务机构', 4],
    ['北京市某某律师事务所', 4],
    ['其他', 5],
    ['其他组织', 5],
  ])('“%s” → 第 %i 列', (text, col) => expect(value(recogniseApplicant(text))).toBe(col));

  it.each(['法人', '法人或其他组织'])('“%s”只是类别：不猜是哪一类', (text) => expect(recogniseApplicant(text).kind).toBe('group'));
  it.each(['个体户', '单位', '律师', '张三', '企业法人代表个人'])('“%s”不认识：不猜', (text) => expect(recogniseApplicant(text).kind).toBe('unknown'));
});

describe('办理结果：法定名称（带或不带类别、序号、“属于”）和常用说法', () => {
  it.each<[string, string]>([
    ['予以公开', 'granted'],
    ['（一）予以公开', 'granted'],
    ['同意公开', 'granted'],
    ['部分公开', 'partlyGranted'],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'partlyGranted'],
    ['部分公开、不予公开', 'partlyGranted'],
    ['不予公开-属于国家秘密', 'denied_1'],
    ['属于国家秘密', 'denied_1'],
    ['国家秘密', 'denied_1'],
    ['（三）不予公开 1.属于国家秘密', 'denied_1'],
    ['不予公开1.属于国家秘密', 'denied_1'],
    ['不予公开（危及“三安全一稳定”）', 'denied_3'],
    ['危及三安全一稳定', 'denied_3'],
    ['其他法律、行政法规禁止公开', 'denied_2'],
    ['个人隐私', 'denied_4'],
    ['无法提供-本机关不掌握相关政府信息', 'unable_1'],
    ['信息不存在', 'unable_1'],
    ['需另行制作', 'unable_2'],
    ['不予处理-信访举报投诉类申请', 'notProcessed_1'],
    ['重复申请', 'notProcessed_2'],
    ['申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'other_1'],
    ['逾期未缴费', 'other_2'],
    ['其他处理-其他', 'other_3'],
    ['办理中', 'pending'],
    ['延期答复', 'pending'],
  ])('“%s” → %s', (text, key) => expect(value(recogniseResult(text))).toBe(key));

  it.each(['不予公开', '无法提供', '不予处理', '其他处理', '不公开'])('“%s”只是类别：不猜是哪一种情形', (text) => expect(recogniseResult(text).kind).toBe('group'));
  it.each(['撤回申请', '驳回', '已答复', '无法提供-属于国家秘密', '予以公开、不予公开'])('“%s”不认识或自相矛盾：不猜', (text) =>
    expect(recogniseResult(text).kind).toBe('unknown'),
  );
});

describe('复议、诉讼案件', () => {
  it.each<[string, string]>([
    ['行政复议', 'review'],
    ['行政诉讼（复议后起诉）', 'afterReview'],
    ['行政诉讼-未经复议直接起诉', 'direct'],
    ['直接起诉', 'direct'],
  ])('“%s” → %s', (text, route) => expect(value(recogniseRoute(text))).toBe(route));
  it('只写“行政诉讼”：要看是否经过复议', () => expect(recogniseRoute('行政诉讼').kind).toBe('group'));
  it.each<[string, number]>([
    ['结果维持', 0],
    ['维持', 0],
    ['撤销', 1],
    ['确认违法', 1],
    ['撤诉', 2],
    ['审理中', 3],
  ])('结果“%s” → %i', (text, o) => expect(value(recogniseOutcome(text))).toBe(o));
  it('“驳回”不猜', () => expect(recogniseOutcome('驳回').kind).toBe('unknown'));
});
