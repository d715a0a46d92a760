/**
 * The files 打开 and 从上年报告新建 offer, in one place for both file choosers: the desktop dialog's
 * filters and the web build's `<input accept>`. Old Word/WPS files are offered too, so that picking one
 * gets the reader's message on how to save it as .docx instead of a chooser that hides the file.
 */
export interface OpenFormat {
  name: string;
  extensions: readonly string[];
}

export const OPEN_FORMATS: readonly OpenFormat[] = [
  { name: '年报文件', extensions: ['nianbao'] },
  { name: 'Word 文档', extensions: ['docx', 'doc', 'wps', 'rtf'] },
  { name: 'OpenDocument 文本', extensions: ['odt'] },
  { name: 'PDF 文件', extensions: ['pdf'] },
  { name: '网页', extensions: ['html', 'htm', 'mht', 'mhtml'] },
  { name: '文本文件', extensions: ['txt', 'md'] },
  { name: '年报数据（.json）', extensions: ['json'] },
  { name: '扫描件图片', extensions: ['png', 'jpg', 'jpeg', 'tif', 'tiff'] },
];

export const OPEN_EXTENSIONS: readonly string[] = OPEN_FORMATS.flatMap((f) => f.extensions);

/** Desktop dialog filters: every readable file first, so the chooser hides nothing the app can read. */
export function openDialogFilters(): { name: string; extensions: string[] }[] {
  return [{ name: '年报及上年报告', extensions: [...OPEN_EXTENSIONS] }, ...OPEN_FORMATS.map((f) => ({ name: f.name, extensions: [...f.extensions] }))];
}

/** The web build's file picker `accept` attribute. */
export const OPEN_ACCEPT = OPEN_EXTENSIONS.map((e) => `.${e}`).join(',');

/**
 * Which files of a folder 批量审核 reads (`path` relative to the folder, / between parts): every format
 * 打开 reads, but nothing in a hidden folder (backups in .nianbao/, version control) and no ~$ lock
 * file Word leaves beside an open document.
 */
export function isBatchFile(path: string): boolean {
  const parts = path.split('/');
  if (parts.some((p) => p.startsWith('.'))) return false;
  const name = parts[parts.length - 1]!;
  const dot = name.lastIndexOf('.');
  return !name.startsWith('~$') && dot > 0 && OPEN_EXTENSIONS.includes(name.slice(dot + 1).toLowerCase());
}

/**
 * Several page images picked at once (打开 in the app) are the pages of one report in the order of
 * their file names, numbers by their value (第2页 before 第10页): a file chooser's own order is not
 * the clerk's. The CLI keeps the order it is given instead.
 */
export function inPageOrder<T extends { name: string }>(files: readonly T[]): T[] {
  const collator = new Intl.Collator('zh-CN', { numeric: true });
  return [...files].sort((a, b) => collator.compare(a.name, b.name));
}

/** What the start screen says about opening scans. */
export const PAGES_NOTE = '扫描件的各页是单独的图片时，一次选择全部图片，按文件名顺序（第1页、第2页……）作为同一份报告的各页读取。';
