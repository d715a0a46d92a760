/**
 * The report's title block → unit and year. Titles reach us as a website's page text or OCR: behind the
 * page's metadata label (「标题:」, 「名称」), split over two lines (「2024 年某某市科委政府信息公开工作」 /
 * 「年度报告」), with spaces between the characters, or wrapped in 「关于…的报告」. The year is the title's;
 * failing that, the statistics period sentence's (「本报告中所列数据的统计期限自2024年1月1日起…」).
 */
import { stripMarkdown } from './headings.ts';

export interface TitleInfo {
  unit: string;
  year: number | null;
  /** Where the year came from when the title had none: the statistics period sentence. */
  yearFrom?: 'period';
  /** Blocks that make up the title (not preamble). */
  blocks: number[];
}

/** Labels a page or a crawler prints before the title or the publishing unit. */
const META_LABEL = /^(?:文章标题|信息标题|信息名称|公开事项名称|标题|名称|题目|主题|发布机构|发文机关|发布单位|来源单位|索引号[:：]?[\w\-/]*)\s*[:：]?/;
const REPORT = /(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:报告|年报)|年度报告|年报/;
const WITH_YEAR = /(20\d{2})年度?(?:的)?/;

/** A title line without its page label, its Markdown marks and its spaces. */
function tidy(line: string): string {
  let s = stripMarkdown(line).replace(/[\s\u3000\u00a0]+/g, '');
  for (let i = 0; i < 2; i++) s = s.replace(META_LABEL, '');
  return s;
}

function cleanUnit(s: string): string {
  return s
    .replace(/[《》“”"]/g, '')
    .replace(/^关于/, '')
    .replace(/关于$/, '')
    .replace(/的$/, '')
    .replace(/[:：,，、]+$/, '')
    .trim();
}

/** Unit and year printed in one (joined) title text, or null when it is not a title. */
function readTitle(text: string): { unit: string; year: number | null } | null {
  const body = text.replace(/^关于/, '').replace(/的报告$/, '');
  const report = REPORT.exec(body);
  if (!report || body.length > 80) return null;
  const head = body.slice(0, report.index);
  const y = WITH_YEAR.exec(head);
  if (!y) return { unit: cleanUnit(head), year: null };
  const before = cleanUnit(head.slice(0, y.index));
  // 「2024年某某市科委政府信息公开工作年度报告」: the unit follows the year.
  const after = cleanUnit(head.slice(y.index + y[0].length));
  return { unit: before || after, year: Number(y[1]) };
}

const PERIOD = /统计(?:期限|时限|期间|时间|区间)[^。]{0,12}?(20\d{2})年1月1日[^。]{0,8}?至\s*(20\d{2})年12月31日/;

/** The year of the statistics period sentence, anywhere in the text; null when there is none. */
export function periodYear(lines: readonly (string | null)[]): number | null {
  for (const line of lines) {
    const m = line && PERIOD.exec(line.replace(/[\s\u3000]+/g, ''));
    if (m && m[1] === m[2]) return Number(m[1]);
  }
  return null;
}

/** How many non-empty lines before the first heading may hold the title. */
const TITLE_LINES = 8;

/** Unit and year from the title: 「西工区人民政府2024年政府信息公开工作年度报告」, also split over lines. */
export function findTitle(lines: readonly (string | null)[], before: number): TitleInfo {
  const candidates: number[] = [];
  for (let i = 0; i < before && candidates.length < TITLE_LINES; i++) if (lines[i]?.trim() && tidy(lines[i]!)) candidates.push(i);
  const texts = candidates.map((i) => tidy(lines[i]!));
  for (let n = 0; n < candidates.length; n++) {
    // The title on this line, or on this line and the next (a title wrapped by the page or the OCR).
    let blocks = [candidates[n]!];
    let read = readTitle(texts[n]!);
    if (!read && n + 1 < candidates.length && texts[n]!.length + texts[n + 1]!.length <= 80) {
      read = readTitle(texts[n]! + texts[n + 1]!);
      blocks = [candidates[n]!, candidates[n + 1]!];
    }
    if (!read) continue;
    let unit = read.unit;
    // The unit on a line of its own above: 「某某市科委」 / 「2024年政府信息公开工作年度报告」.
    if (!unit && n > 0 && texts[n - 1]!.length <= 40 && !/[。；]/.test(texts[n - 1]!)) {
      unit = cleanUnit(texts[n - 1]!);
      blocks = [candidates[n - 1]!, ...blocks];
    }
    if (read.year !== null) return { unit, year: read.year, blocks };
    const year = periodYear(lines);
    return year === null ? { unit, year: null, blocks } : { unit, year, yearFrom: 'period', blocks };
  }
  return { unit: '', year: periodYear(lines), ...(periodYear(lines) !== null ? { yearFrom: 'period' as const } : {}), blocks: [] };
}
