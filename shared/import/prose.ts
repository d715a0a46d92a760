/**
 * Lines → paragraphs with their sub-headings. Text copied from a PDF is hard-wrapped (a line every ~40
 * characters) and a page break can leave a blank line inside a sentence; web text has one paragraph a
 * line. Lines are joined while a sentence is unfinished; sub-headings 「（一）主动公开」 are kept apart,
 * standalone or run-in (「（一）主动公开：…」).
 */
import type { Paragraph } from '../report/model.ts';
import { stripMarkdown } from './headings.ts';

export interface ProseResult {
  paragraphs: Paragraph[];
  /** Paragraph index → why the clerk should look at it. */
  flags: Map<number, string>;
  /** How many sub-headings ran in to their paragraph and how many stood on a line of their own. */
  subheadings: SubheadingCount;
}

export interface SubheadingCount {
  runIn: number;
  ownLine: number;
}

const TERMINAL = /[。！？!?；;…”』」）)]$|：$|:$/;
const SUBHEAD = /^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}是(?=[^\u4e00-\u9fff]?))/;
const BRACKET_SUBHEAD = /^[（(][一二三四五六七八九十]{1,3}[）)]/;
/** 「一是」「二是」: an item that starts a line of its own, or one a hard wrap happened to put first. */
const ORDINAL_ITEM = /^[一二三四五六七八九十]{1,3}是/;
/** What is left of a Markdown table around the rows the table reader took (its header, its |---| line). */
const TABLE_SYNTAX = /^\s*\|.*\|\s*$/;

/** 「（三）重点领域（…）政府信息公开情况。」: a numbered line that is a title, not a sentence. */
function isStandaloneHeading(line: string): boolean {
  return BRACKET_SUBHEAD.test(line) && line.length <= 60 && !/[，,；;：:]/.test(line) && !/[。.]./.test(line);
}

/** 「(一) 主动公开」 → 「（一）主动公开」, as the format prints sub-heading numbers. */
export function normalizeHeading(h: string): string {
  // A heading printed on a line of its own with a full stop (「（三）政府信息管理情况。」) keeps no stop.
  return h.replace(/^[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]\s*/, '（$1）').trim().replace(/[。．.]$/, '');
}

/**
 * What joins a wrapped line to the one before, given the last line so far: words of Latin script keep
 * their space; a number cut by the wrap (「27」/「4人次」) is one number. Only the last line is looked
 * at and the paragraph is joined once at the end: testing or indexing the growing paragraph itself
 * flattens it on every line, quadratic on a file of many short lines (issue #26).
 */
function joint(prev: string, b: string): string {
  const last = prev.charAt(prev.length - 1);
  if (/\d/.test(last) && /^\d/.test(b)) return '';
  return /[A-Za-z0-9]/.test(last) && /^[A-Za-z0-9]/.test(b) ? ' ' : '';
}

/** The width PDF text was wrapped at, or 0 when lines are not hard-wrapped. */
function wrapWidth(lines: readonly string[]): number {
  const lengths = lines.map((l) => l.length).filter((n) => n > 0);
  if (lengths.length < 6) return 0;
  // A loop, not Math.max(...lengths): spreading a quarter of a million lines overflows the stack.
  const max = lengths.reduce((m, n) => (n > m ? n : m), 0);
  if (max < 20 || max > 90) return 0;
  const near = lengths.filter((n) => n >= max - 3).length;
  return near >= 3 && near / lengths.length > 0.25 ? max : 0;
}

interface Raw {
  /** The paragraph's lines and what joins them, joined once all are in. */
  parts: string[];
  text: string;
  joinedAcrossBreak: boolean;
  /** Came from a Markdown heading or a line of its own that is short: a standalone sub-heading candidate. */
  standalone: boolean;
}

/** `lines`: text lines in order, '' for a blank line. `separate`: every line is a paragraph of its own (DOCX, HTML). */
export function buildParagraphs(lines: readonly string[], separate = false): ProseResult {
  const cleaned = lines.map((l) =>
    TABLE_SYNTAX.test(l) ? '' : stripMarkdown(l.replace(/\t/g, ' ')).replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''),
  );
  const width = separate ? 0 : wrapWidth(cleaned);
  const raws: Raw[] = [];
  let blankSince = false;
  let prevLine = '';
  cleaned.forEach((line, i) => {
    if (!line) {
      blankSince = true;
      return;
    }
    const cur = raws[raws.length - 1];
    const isMd = /^\s*#/.test(lines[i]!);
    const continues =
      !separate &&
      cur &&
      !cur.standalone &&
      !isMd &&
      // A hard-wrapped line that fills the width goes on, even if it happens to end a sentence.
      (!TERMINAL.test(prevLine) || (width > 0 && !blankSince && prevLine.length >= width)) &&
      // A sub-heading starts anew, except 「三是」 right after a line that filled the width (a wrap, not a list).
      (!SUBHEAD.test(line) || (ORDINAL_ITEM.test(line) && width > 0 && !blankSince && prevLine.length >= width)) &&
      // A blank line inside an unfinished sentence is a page break (「《条」 / 「例》」).
      (!blankSince || (width > 0 ? prevLine.length >= width - 3 : prevLine.length >= 30));
    if (continues) {
      cur.parts.push(joint(prevLine, line), line);
      if (blankSince) cur.joinedAcrossBreak = true;
    } else {
      raws.push({ parts: [line], text: '', joinedAcrossBreak: false, standalone: isMd || isStandaloneHeading(line) });
    }
    blankSince = false;
    prevLine = line;
  });
  for (const r of raws) r.text = r.parts.join('');
  const paragraphs: Paragraph[] = [];
  const flags = new Map<number, string>();
  const subheadings: SubheadingCount = { runIn: 0, ownLine: 0 };
  let heading = '';
  raws.forEach((r, i) => {
    const next = raws[i + 1];
    if (r.standalone && BRACKET_SUBHEAD.test(r.text) && next && !BRACKET_SUBHEAD.test(next.text)) {
      heading = normalizeHeading(r.text);
      subheadings.ownLine++;
      return;
    }
    let text = r.text;
    if (!heading && BRACKET_SUBHEAD.test(text)) {
      // 「（一）主动公开：…」 or 「（一）主动公开。本年度…」: a short title run into its paragraph.
      const colon = /^(.{2,30}?)[：:]\s*/.exec(text) ?? /^([^，,；;：:。]{2,20}?)[。.]\s*(?=\S)/.exec(text);
      if (colon) {
        heading = normalizeHeading(colon[1]!);
        text = text.slice(colon[0].length);
        subheadings.runIn++;
      }
    }
    if (r.joinedAcrossBreak) flags.set(paragraphs.length, '这一段在原文中被分页或空行隔开，已按一句话连接，请核对');
    paragraphs.push({ heading, text });
    heading = '';
  });
  if (heading) paragraphs.push({ heading, text: '' });
  return { paragraphs, flags, subheadings };
}
