/**
 * Which standard 公文 fonts this computer lacks and what the export puts in their place, said in the
 * export dialog before the clerk exports, in the words of the report's parts (标题, 正文 …) and of the
 * format: a PDF carries the stand-in; a Word document names the standard font, and Word/WPS shows
 * whatever the reader's computer has.
 */
import type { ExportFormat, FontStandIn } from '../api/contract.ts';
import { FONT_ROLES, type FontRole } from './layout.ts';

export type { FontStandIn };

/** Each role as the report's parts are called (GB/T 9704's 标题, 一级标题 …). */
export const ROLE_NAMES: Record<FontRole, string> = {
  title: '标题',
  heading: '一级标题',
  subheading: '二级标题',
  body: '正文',
  table: '表格',
  pageNumber: '页码',
};

/** Roles with the same standard font and the same stand-in on one line: 「表格、页码用 … 代替 宋体」. */
function grouped(standIns: readonly FontStandIn[]): { roles: string; official: string; standIn: string }[] {
  const out = new Map<string, { roles: string[]; official: string; standIn: string }>();
  const sorted = [...standIns].sort((a, b) => FONT_ROLES.indexOf(a.role) - FONT_ROLES.indexOf(b.role));
  for (const s of sorted) {
    const key = `${s.official}\n${s.standIn}`;
    const g = out.get(key) ?? { roles: [], official: s.official, standIn: s.standIn };
    g.roles.push(ROLE_NAMES[s.role]);
    out.set(key, g);
  }
  return [...out.values()].map((g) => ({ ...g, roles: g.roles.join('、') }));
}

export type FontsUse = ExportFormat | 'print';

/** The dialog's words: a lead sentence and one line a substitution; null when every standard font is here. */
export function describeStandIns(use: FontsUse, standIns: readonly FontStandIn[]): { lead: string; lines: string[] } | null {
  if (!standIns.length) return null;
  const groups = grouped(standIns);
  if (use === 'docx') {
    return {
      lead: '本机缺少以下公文标准字体。Word 文档中仍写明标准字体，在装有这些字体的电脑上按标准字体显示和打印；在本机用 Word/WPS 打开时，由本机其他字体临时代替显示：',
      lines: groups.map((g) => `${g.roles}：${g.official}`),
    };
  }
  return {
    lead: `本机缺少以下公文标准字体，${use === 'pdf' ? '导出的 PDF 中' : '打印时'}用内置字体代替（装上标准字体后再${use === 'pdf' ? '导出' : '打印'}即用标准字体）：`,
    lines: groups.map((g) => `${g.roles}用 ${g.standIn} 代替 ${g.official}`),
  };
}
