/** The report as plain serialisable data: what the store holds, the file stores and the exporters print. */
import type { CarriedApplication, ReportLedger } from '../ledger/record.ts';
import type { SectionId } from '../schema/sections.ts';
import type { UnitKind } from '../schema/units.ts';
import type { CellValue } from '../values/parse.ts';
import type { SentenceId } from './sentence-ids.ts';

export interface Paragraph {
  /** Run-in or standalone sub-heading such as 「（一）主动公开」; empty for a plain paragraph. */
  heading: string;
  text: string;
  /** Set by the year roll-over: why this paragraph needs the clerk's eyes (e.g. it names last year). */
  review?: string[];
  /**
   * A standard sentence whose numbers are bound to the table cells (sentences.ts): its text is written
   * from the cells after every change and the text checks leave it alone. Absent: plain prose.
   */
  bound?: SentenceId;
}

export interface SectionProse {
  paragraphs: Paragraph[];
}

/** Last year's figures that this year's tables are checked against (docs/format.md §4.8 and §4.9). */
export interface LastYearBase {
  year: number;
  /** 结转下年度继续办理, per column (7). */
  carriedForward: (number | null)[];
  /** 现行有效件数 of 规章 and 行政规范性文件. */
  effective: { rules: number | null; normativeDocs: number | null };
  /** Last year's paragraph texts, when its report was at hand (roll-over, `check --last`): finds copied sentences. */
  paragraphs?: string[];
  /**
   * Every figure of last year's tables by cell address (empty cells left out), for the 与上年对比 view.
   * Since file version 3; a version-2 file has only the figures above (migrations.ts).
   */
  cells?: Record<string, number>;
  /**
   * The applications last year's ledger count carried forward, per applicant column (0–5), when last
   * year's tables were counted from the ledger: this year's 上年结转 is compared one by one.
   */
  carriedForwardApplications?: CarriedApplication[][];
}

export interface Report {
  unit: { name: string; kind: UnitKind };
  year: number;
  /**
   * The opening paragraph(s) before 一、总体情况 that almost every report has (「本报告由…编制…如对本报告有
   * 疑问，请与…联系」): plain paragraphs, printed after the title.
   */
  preamble: Paragraph[];
  sections: Record<SectionId, SectionProse>;
  /** Every value cell by its schema address; a missing address reads as empty. */
  cells: Record<string, CellValue>;
  /** Totals computed from their parts (new reports) or typed by hand (imported reports keep what was published). */
  autoTotals: { sec3: boolean; sec4: boolean };
  lastYear: LastYearBase | null;
  /** The clerk's explanation for a warning, by finding key (see rules/finding.ts). */
  reasons: Record<string, string>;
  /** Empty cells the clerk confirmed should print as 0. */
  confirmedZero: boolean;
  /** The clerk's choices of the printed layout; absent in older files (the defaults apply). */
  layout?: ReportLayout;
  /** The application ledger the tables were counted from, and the clerk's answers about it (shared/ledger). */
  ledger?: ReportLedger;
  meta: ReportMeta;
}

/** Per-report choices of the exported layout (stored in the file, set in the editor or by the importer). */
export interface ReportLayout {
  /** 表格不跨页: every table kept whole on one page, even when that leaves a page more than half empty. */
  tablesWhole?: boolean;
  /**
   * Sub-headings 「（一）主动公开情况。」 run in to their paragraph ('runIn') or stand on their own
   * line ('ownLine', the default); the importer records what the source did.
   */
  subheadings?: 'runIn' | 'ownLine';
  /**
   * Where the unit's name breaks in the title, set by the clerk: the name with 「/」 at each break
   * (「江苏省淮安市某某经济开发区/枚皋片区管理委员会行政审批局」). Used only while it spells the unit's name.
   */
  titleBreaks?: string;
}

export interface ReportMeta {
  createdAt: string;
  modifiedAt: string;
  /** Where the data came from: a blank report, last year's file, an import. */
  origin: 'blank' | 'rollover' | 'facts' | 'import';
  /** The source used the 2019 trial format somewhere (e.g. a single （六）其他处理 row). */
  legacyFormat2019?: boolean;
  /** Cells whose imported value is uncertain, with the reason. */
  flags?: { cell: string; reason: string }[];
}
