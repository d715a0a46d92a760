/**
 * Report years: one range for the file format, the editor, the start screen and `nianbao new`.
 * 2008 is the year the disclosure regulations took effect; 2100 leaves room without accepting typos
 * like 20255 or 2205.
 */
export const MIN_YEAR = 2008;
export const MAX_YEAR = 2100;

export function isReportYear(y: number): boolean {
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
}

/** A year as the clerk types it: full-width digits and a trailing 年 are accepted. Null when not a report year. */
export function parseYear(text: string): number | null {
  const t = text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\s*年$/, '');
  if (!/^\d{4}$/.test(t)) return null;
  const y = Number(t);
  return isReportYear(y) ? y : null;
}

/** The Chinese sentence for a year that is not accepted. */
export function yearProblem(text: string): string {
  return `年份“${text}”无效：请填写 ${MIN_YEAR}—${MAX_YEAR} 之间的四位数年份，例如 2025`;
}
