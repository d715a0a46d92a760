/** Table of section 三 (applications): docs/format.md §3.3. 25 data rows × 7 columns. */
import { label, value, type GridRow, type TableDef, type ValueCellDef } from './table.ts';

export const SEC3_COLUMNS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'] as const;
/** Index of the 总计 column. */
export const SEC3_TOTAL_COL = 6;
export const SEC3_APPLICANT_COLS = [0, 1, 2, 3, 4, 5] as const;

export const SEC3_CORNER_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const SEC3_APPLICANT_HEADER = '申请人情况';
export const SEC3_LEGAL_PERSONS_HEADER = '法人或其他组织';
export const SEC3_RESULTS_LABEL = '三、本年度办理结果';

export type Sec3RowKey =
  | 'newReceived'
  | 'carriedOver'
  | 'granted'
  | 'partlyGranted'
  | `denied_${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8}`
  | `unable_${1 | 2 | 3}`
  | `notProcessed_${1 | 2 | 3 | 4 | 5}`
  | `other_${1 | 2 | 3}`
  | 'total'
  | 'carriedForward';

interface Sec3Row {
  key: Sec3RowKey;
  label: string;
  /** Sub-group heading for numbered rows: （三）不予公开 … */
  group?: string;
  /** Row lies inside 三、本年度办理结果. */
  result: boolean;
}

const GROUPS: readonly { group: string; prefix: string; items: readonly string[] }[] = [
  {
    group: '（三）不予公开',
    prefix: 'denied',
    items: [
      '属于国家秘密',
      '其他法律行政法规禁止公开',
      '危及“三安全一稳定”',
      '保护第三方合法权益',
      '属于三类内部事务信息',
      '属于四类过程性信息',
      '属于行政执法案卷',
      '属于行政查询事项',
    ],
  },
  {
    group: '（四）无法提供',
    prefix: 'unable',
    items: ['本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确'],
  },
  {
    group: '（五）不予处理',
    prefix: 'notProcessed',
    items: [
      '信访举报投诉类申请',
      '重复申请',
      '要求提供公开出版物',
      '无正当理由大量反复申请',
      '要求行政机关确认或重新出具已获取信息',
    ],
  },
  {
    group: '（六）其他处理',
    prefix: 'other',
    items: [
      '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '其他',
    ],
  },
];

export const SEC3_ROWS: readonly Sec3Row[] = [
  { key: 'newReceived', label: '一、本年新收政府信息公开申请数量', result: false },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量', result: false },
  { key: 'granted', label: '（一）予以公开', result: true },
  { key: 'partlyGranted', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', result: true },
  ...GROUPS.flatMap((g) =>
    g.items.map((text, i) => ({
      key: `${g.prefix}_${i + 1}` as Sec3RowKey,
      label: `${i + 1}.${text}`,
      group: g.group,
      result: true,
    })),
  ),
  { key: 'total', label: '（七）总计', result: true },
  { key: 'carriedForward', label: '四、结转下年度继续办理', result: false },
];

export const SEC3_ROW_KEYS: readonly Sec3RowKey[] = SEC3_ROWS.map((r) => r.key);
/** The 22 rows whose sum per column is （七）总计. */
export const SEC3_RESULT_PART_KEYS: readonly Sec3RowKey[] = SEC3_ROWS.filter((r) => r.result && r.key !== 'total').map(
  (r) => r.key,
);

export function sec3Address(key: Sec3RowKey, col: number): string {
  return `sec3.rows.${key}[${col}]`;
}

/** Short row name for messages: 「（三）不予公开 1.属于国家秘密」, 「一、本年新收政府信息公开申请数量」. */
export function sec3RowName(key: Sec3RowKey): string {
  const row = SEC3_ROWS.find((r) => r.key === key);
  if (!row) throw new Error(`unknown sec3 row ${key}`);
  const name = row.key === 'partlyGranted' ? '（二）部分公开' : row.label;
  return row.group ? `${row.group}${name}` : name;
}

function build(): { table: TableDef; cells: ValueCellDef[] } {
  const rows: GridRow[] = [
    {
      kind: 'header',
      cells: [label(SEC3_CORNER_NOTE, 3, 3), label(SEC3_APPLICANT_HEADER, 7)],
    },
    {
      kind: 'header',
      cells: [label(SEC3_COLUMNS[0], 1, 2), label(SEC3_LEGAL_PERSONS_HEADER, 5), label(SEC3_COLUMNS[6], 1, 2)],
    },
    { kind: 'header', cells: SEC3_COLUMNS.slice(1, 6).map((c) => label(c)) },
  ];
  const cells: ValueCellDef[] = [];
  const resultCount = SEC3_ROWS.filter((r) => r.result).length;
  let seenResult = false;
  let lastGroup: string | undefined;
  for (const row of SEC3_ROWS) {
    const labels = [];
    if (!row.result) {
      labels.push(label(row.label, 3));
    } else {
      if (!seenResult) labels.push(label(SEC3_RESULTS_LABEL, 1, resultCount, true));
      seenResult = true;
      if (row.group) {
        if (row.group !== lastGroup) {
          const size = SEC3_ROWS.filter((r) => r.group === row.group).length;
          labels.push(label(row.group, 1, size));
        }
        labels.push(label(row.label));
      } else {
        labels.push(label(row.label, 2));
      }
    }
    lastGroup = row.group;
    rows.push({
      kind: 'data',
      cells: [...labels, ...SEC3_COLUMNS.map((_, col) => value(sec3Address(row.key, col)))],
    });
    SEC3_COLUMNS.forEach((colName, col) => {
      cells.push({
        address: sec3Address(row.key, col),
        table: 'sec3',
        kind: 'count',
        isTotal: col === SEC3_TOTAL_COL || row.key === 'total',
        label: `表三${sec3RowName(row.key)} · ${colName}`,
        row: `表三${sec3RowName(row.key)}`,
        column: colName,
      });
    });
  }
  return {
    table: {
      id: 'sec3',
      name: '表三',
      columns: 10,
      columnWidths: [1.1, 1.6, 4.2, 1, 1, 1, 1, 1, 1, 1],
      rows,
    },
    cells,
  };
}

const built = build();
export const TABLE3: TableDef = built.table;
export const TABLE3_CELLS: readonly ValueCellDef[] = built.cells;
