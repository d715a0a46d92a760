/**
 * The page and type settings of the official layout (GB/T 9704 style), shared by both renderers
 * so the DOCX and the PDF cannot drift apart. Lengths in points unless named otherwise.
 */
export const MM = 72 / 25.4;

export const PAGE = {
  /** A4 */
  width: 210 * MM,
  height: 297 * MM,
  margin: { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM },
  /** GB/T 9704: the page number sits about 7 mm below the text area. */
  footerBelowText: 7 * MM,
} as const;

export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
export const TEXT_HEIGHT = PAGE.height - PAGE.margin.top - PAGE.margin.bottom;

/** What a run of text is, typographically; each renderer maps a role to a font. */
export type FontRole = 'title' | 'heading' | 'subheading' | 'body' | 'table' | 'pageNumber';

export const FONT_ROLES: readonly FontRole[] = ['title', 'heading', 'subheading', 'body', 'table', 'pageNumber'];

/** Chinese size names: 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt. */
export const SIZE = {
  title: 22,
  heading: 16,
  subheading: 16,
  body: 16,
  /** 五号; table-fit.ts steps down (to 小五 at least) where a table would not fit on a page. */
  table: 10.5,
  pageNumber: 14,
} as const satisfies Record<FontRole, number>;

/** Fixed line pitch: 22 lines fill the 225 mm text area (GB/T 9704). */
export const BODY_LINE = 28.9;
export const TITLE_LINE = 35;
/** Line pitch inside table cells, per point of the table font size. */
export const TABLE_LINE_RATIO = 1.2;
/** Inner padding of a table cell. */
export const CELL_PAD = { x: 2, y: 1.5 } as const;
/** GB/T 9704: 28 characters a line, 22 lines a page. */
export const CHARS_PER_LINE = 28;
export const LINES_PER_PAGE = 22;
/**
 * Character pitch of the grid (≈ 15.8 pt): 28 三号 characters span the 156 mm text width exactly,
 * the last one ending at the right edge.
 */
export const CHAR_PITCH = (TEXT_WIDTH - SIZE.body) / (CHARS_PER_LINE - 1);
/** Space added after each character of grid text (negative: 三号 is 16 pt, the pitch a little less). */
export const GRID_SPACING = CHAR_PITCH - SIZE.body;
/** First-line indent: two characters of the grid. */
export const INDENT = 2 * CHAR_PITCH;

/** The official font each role names in the DOCX (what Word/WPS look up). */
export const OFFICIAL_FONTS: Record<FontRole, readonly string[]> = {
  title: ['方正小标宋简体', '方正小标宋_GBK'],
  heading: ['黑体'],
  subheading: ['楷体_GB2312', '楷体'],
  body: ['仿宋_GB2312', '仿宋'],
  table: ['宋体'],
  pageNumber: ['宋体'],
};

export type PageNumberPlacement = 'outer' | 'center';

/** 「— 1 —」 */
export function pageNumberText(n: number): string {
  return `— ${n} —`;
}

/** GB/T 9704: odd pages right, even pages left; or all centred. */
export function pageNumberAlign(n: number, placement: PageNumberPlacement): 'left' | 'right' | 'center' {
  if (placement === 'center') return 'center';
  return n % 2 === 1 ? 'right' : 'left';
}
