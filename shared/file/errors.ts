/** Every way reading or writing a report can fail, as a typed code with its Chinese message (one place). */
export type FileErrorCode =
  | 'not-found'
  | 'not-json'
  | 'not-nianbao'
  | 'newer-version'
  | 'invalid'
  | 'empty'
  | 'locked'
  | 'read-only'
  | 'disk-full'
  | 'path-gone'
  | 'unknown-format'
  /** A reader gave up on the file: it is damaged, or its structure is not one a report has. */
  | 'damaged'
  /** Reading it took longer than any report takes (a pathological file); it was stopped. */
  | 'too-slow'
  /** Reading it would need more memory than any report does (a compression bomb, a huge stream). */
  | 'too-big'
  /** A PDF of page images only (a scan): read by OCR where the caller has the engine. */
  | 'no-text-layer'
  /** The clerk stopped the reading (取消 while a scan was read): nothing was opened. */
  | 'cancelled'
  | 'io';

export class FileError extends Error {
  readonly code: FileErrorCode;
  /** Where in the file the problem is (JSON path or line), when known. */
  readonly where?: string;
  constructor(code: FileErrorCode, message: string, where?: string) {
    super(message);
    this.name = 'FileError';
    this.code = code;
    this.where = where;
  }
}

/** A file held by another program (Word/WPS keep a .docx open), with the free name beside it a dialog can offer instead. */
export class LockedError extends FileError {
  readonly alternative: string;
  constructor(message: string, alternative: string) {
    super('locked', message);
    this.name = 'LockedError';
    this.alternative = alternative;
  }
}

/** Maps a Node fs error code to our own, for files the clerk saves over (Word/WPS hold .docx files open). */
export function fsErrorCode(nodeCode: string | undefined): FileErrorCode {
  switch (nodeCode) {
    case 'ENOENT':
      return 'not-found';
    case 'EBUSY':
    case 'EPERM':
    case 'EACCES':
      return 'locked';
    case 'EROFS':
      return 'read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'ENOTDIR':
    case 'ENXIO':
    case 'ENODEV':
    case 'EIO':
      return 'path-gone';
    default:
      return 'io';
  }
}

export function fsErrorMessage(code: FileErrorCode, name: string): string {
  switch (code) {
    case 'not-found':
      return `找不到文件“${name}”，可能已被移动或删除`;
    case 'locked':
      return `文件“${name}”正被其他程序占用或没有写入权限（如已在 Word/WPS 中打开，请先关闭），原文件未改动；也可另存为其他文件名`;
    case 'read-only':
      return `“${name}”所在位置是只读的，请另存到其他文件夹`;
    case 'disk-full':
      return `磁盘空间不足，“${name}”未能保存，原文件未改动`;
    case 'path-gone':
      return `无法访问“${name}”所在的磁盘或文件夹（U 盘是否已拔出？），原文件未改动`;
    default:
      return `读写“${name}”时出错，原文件未改动`;
  }
}

/** Why a reader stopped on a file, in words a clerk can act on (electron/files/read-boundary.ts). */
export function readFailureMessage(code: 'damaged' | 'too-slow' | 'too-big', name: string): string {
  switch (code) {
    case 'too-slow':
      return `读取“${name}”用时过长，已停止读取：文件可能已损坏或结构异常，不像政府信息公开工作年度报告。请换用该报告的其他版本（Word、PDF 或网页）`;
    case 'too-big':
      return `“${name}”解压或展开后过大，已停止读取：文件可能已损坏或是压缩炸弹，不像政府信息公开工作年度报告`;
    default:
      return `无法读取“${name}”：文件可能已损坏或下载不完整，请重新获取后再试`;
  }
}
