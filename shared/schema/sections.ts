/** The six sections of the 2021 national format (国办公开办函〔2021〕30号). */
export type SectionId = 'overview' | 'proactive' | 'applications' | 'review' | 'problems' | 'other';

export interface SectionDef {
  id: SectionId;
  /** Chinese ordinal used in the heading: 一 … 六. */
  ordinal: string;
  title: string;
  /** Other wordings seen in published reports; the importer accepts them, exports use `title`. */
  variants: readonly string[];
  /** Standard sub-headings （一）… that a new report offers. */
  subheadings: readonly string[];
  /** The statutory table printed in this section, if any. */
  table?: 'sec2' | 'sec3' | 'sec4';
}

export const SECTIONS: readonly SectionDef[] = [
  {
    id: 'overview',
    ordinal: '一',
    title: '总体情况',
    variants: [],
    subheadings: ['主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '监督保障'],
  },
  { id: 'proactive', ordinal: '二', title: '主动公开政府信息情况', variants: [], subheadings: [], table: 'sec2' },
  {
    id: 'applications',
    ordinal: '三',
    title: '收到和处理政府信息公开申请情况',
    variants: [],
    subheadings: [],
    table: 'sec3',
  },
  {
    id: 'review',
    ordinal: '四',
    title: '政府信息公开行政复议、行政诉讼情况',
    variants: ['因政府信息公开工作被申请行政复议、提起行政诉讼情况', '政府信息公开行政复议、行政诉讼情况'],
    subheadings: [],
    table: 'sec4',
  },
  {
    id: 'problems',
    ordinal: '五',
    title: '存在的主要问题及改进情况',
    variants: [
      '政府信息公开工作存在的主要问题及改进情况',
      '存在的主要问题及整改措施',
      '政府信息公开工作存在的主要问题及整改措施',
      '存在的主要问题和改进措施',
      '政府信息公开工作存在的主要问题和改进措施',
    ],
    subheadings: [],
  },
  { id: 'other', ordinal: '六', title: '其他需要报告的事项', variants: [], subheadings: [] },
];

export const SECTION_IDS: readonly SectionId[] = SECTIONS.map((s) => s.id);

export function sectionHeading(s: SectionDef): string {
  return `${s.ordinal}、${s.title}`;
}

/** Chinese ordinals for sub-headings （一）… */
export const SUB_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

export function subheadingLabel(index: number, text: string): string {
  return `（${SUB_ORDINALS[index] ?? String(index + 1)}）${text}`;
}
