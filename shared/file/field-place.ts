/**
 * Where in a report file a schema issue sits, in the clerk's words: 「表三（一）予以公开 · 自然人」, 「上年数据 ·
 * 结转下年度件数 · 第 3 项」. The JSON path itself stays in FileError.where for whoever opens the file by hand;
 * a message a clerk reads names no field of our JSON (issue #26).
 */
import { cellDef } from '../schema/index.ts';
import { SECTIONS } from '../schema/sections.ts';

/** The file's field names (the .nianbao file and the facts JSON share them). */
const FIELDS: Record<string, string> = {
  format: '文件格式标记',
  version: '文件版本号',
  app: '保存程序',
  unit: '单位',
  name: '名称',
  kind: '单位类型',
  year: '报告年度',
  preamble: '正文开头',
  sections: '正文',
  paragraphs: '段落',
  heading: '小标题',
  text: '文字',
  review: '待核对',
  bound: '与表格联动的句子',
  cells: '表格',
  raw: '填写内容',
  value: '数值',
  autoTotals: '自动合计设置',
  lastYear: '上年数据',
  carriedForward: '结转下年度件数',
  effective: '现行有效件数',
  rules: '规章',
  normativeDocs: '行政规范性文件',
  carriedForwardApplications: '结转的申请',
  reasons: '说明理由',
  confirmedZero: '确认全为 0',
  layout: '排版设置',
  tablesWhole: '表格不跨页',
  subheadings: '小标题排法',
  titleBreaks: '标题分行',
  ledger: '台账',
  meta: '文件信息',
  createdAt: '创建时间',
  modifiedAt: '修改时间',
  origin: '来源',
  legacyFormat2019: '2019 年旧格式',
  flags: '存疑标记',
  cell: '单元格',
  reason: '原因',
  notes: '备注',
};

const SECTION_NAMES = new Map(SECTIONS.map((s) => [s.id as string, `${s.ordinal}、${s.title}`]));

function segment(key: PropertyKey, parent: PropertyKey | undefined): string | null {
  if (typeof key === 'number') return `第 ${key + 1} 项`;
  const k = String(key);
  if (k === 'report') return null; // the file's one report: naming it adds nothing
  if (parent === 'sections') return SECTION_NAMES.get(k) ?? '不认识的一节';
  if (parent === 'cells' || parent === 'reasons') return cellDef(k)?.label ?? '表格中的一个单元格';
  return FIELDS[k] ?? '其中一项';
}

/** A facts JSON's place in its tables (sec2.rules.effective, sec3.rows.granted[0], sec4[3]) as the cell's label. */
function tablePlace(path: readonly PropertyKey[]): string {
  const address = path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');
  const cell = cellDef(address);
  if (cell) return cell.label;
  const first = cellDef(`${address}[0]`) ?? cellDef(`${address}.issued`);
  if (first) return first.row;
  return TABLE_NAMES[String(path[0])] ?? '表格';
}

const TABLE_NAMES: Record<string, string> = { sec2: '表二', sec3: '表三', sec4: '表四' };

/** The place of a schema issue, in Chinese; the whole file when the path is empty. */
export function fieldPlace(path: readonly PropertyKey[]): string {
  if (String(path[0]) in TABLE_NAMES) return tablePlace(path);
  const words = path.map((key, i) => segment(key, path[i - 1])).filter((w): w is string => w !== null);
  return words.length ? words.join(' · ') : '整个文件';
}
