/**
 * zod's issues in the clerk's Chinese. zod 4's zh-CN locale was tried and left: it still prints the
 * JavaScript type names ("期望 number，实际接收 undefined"). So each issue code is mapped here, with
 * the place of the field in Chinese (field-place.ts; the JSON path goes to FileError.where); messages our schemas set themselves (already Chinese) are kept. Parse with
 * `{ reportInput: true }` so that a wrong value can be told from a missing one.
 */
import type { z } from 'zod';
import { fieldPlace } from './field-place.ts';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  number: '数字',
  int: '整数',
  string: '文字',
  boolean: '是或否（true/false）',
  object: '对象（{…}）',
  array: '列表（[…]）',
  null: '空值（null）',
  undefined: '缺少',
  nan: '非数字',
  bigint: '数字',
  literal: '固定值',
};

function typeName(t: unknown): string {
  return TYPE_NAMES[String(t)] ?? '其他内容';
}

/** What the value found is, in Chinese (for invalid_type). */
function foundName(input: unknown): string {
  if (input === undefined) return '缺少这一项';
  if (input === null) return '是空值';
  if (Array.isArray(input)) return '是列表';
  if (typeof input === 'number') return Number.isFinite(input) ? '是数字' : '不是有限的数字';
  return `是${typeName(typeof input)}`;
}

function valueText(v: unknown): string {
  const s = typeof v === 'string' ? `“${v}”` : JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

function bound(issue: { origin: string; inclusive?: boolean }, limit: unknown, big: boolean): string {
  const n = String(limit);
  const cmp = big ? (issue.inclusive === false ? `小于 ${n}` : `不超过 ${n}`) : issue.inclusive === false ? `大于 ${n}` : `不少于 ${n}`;
  if (issue.origin === 'string') return `文字长度应${cmp} 个字`;
  if (issue.origin === 'array' || issue.origin === 'set') return `应${big ? '最多' : '至少'}有 ${n} 项`;
  return `数值应${cmp}`;
}

/** The Chinese for one issue, without the path. */
export function issueText(issue: Issue): string {
  // Our own schemas' messages (refine, .max(…, { error })) are Chinese already: keep them.
  if (/[\u3400-\u9fff]/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '缺少这一项' : `应为${typeName(issue.expected)}，这里${foundName(issue.input)}`;
    case 'too_big':
      return bound(issue, issue.maximum, true);
    case 'too_small':
      return bound(issue, issue.minimum, false);
    case 'invalid_value':
      return issue.values.length === 1
        ? `应为 ${valueText(issue.values[0])}`
        : `应为以下之一：${issue.values.map(valueText).join('、')}`;
    case 'unrecognized_keys':
      return `多出不认识的项：${issue.keys.map(valueText).join('、')}`;
    case 'invalid_format':
      return '格式不对';
    case 'not_multiple_of':
      return `应为 ${String(issue.divisor)} 的整数倍`;
    case 'invalid_key':
      return issue.issues[0] ? issueText(issue.issues[0]) : '键名不对';
    case 'invalid_element':
      return issue.issues[0] ? issueText(issue.issues[0]) : '有一项不对';
    case 'invalid_union':
      return '内容不符合要求';
    default:
      return '内容不符合要求';
  }
}

/** A JSON path as the clerk can find it in the file: report.cells["sec3.rows.granted[0]"].raw → report.cells.sec3.rows.granted[0].raw */
export function issuePath(path: readonly PropertyKey[]): string {
  if (!path.length) return '（根）';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

/** Up to `max` issues, each with its place, joined for one message. */
export function describeIssues(issues: readonly Issue[], max = 3): string {
  return issues
    .slice(0, max)
    .map((i) => `${fieldPlace(i.path)}：${issueText(i)}`)
    .join('；');
}
