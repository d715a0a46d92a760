/**
 * The .nianbao file, version 3 (version 1 had no preamble; version 2 kept only last year's carry-over and
 * 现行有效 figures, and had no bound sentences): UTF-8 JSON. The zod schema is the one validator every reader uses;
 * older versions are brought up to date by `migrations.ts` before validation.
 */
import { z } from 'zod';
import { SECTION_IDS, type SectionId } from '../schema/sections.ts';
import { UNIT_KIND_IDS } from '../schema/units.ts';
import { cellDef, isCellAddress } from '../schema/index.ts';
import { cellFromText } from '../values/parse.ts';
import { isReportYear, yearProblem } from '../report/year.ts';
import { SENTENCE_IDS } from '../report/sentence-ids.ts';
import { carriedApplicationsSchema, reportLedgerSchema } from '../ledger/record.ts';

import { FILE_FORMAT, FILE_VERSION } from './serialize.ts';

export { FILE_EXTENSION, FILE_FORMAT, FILE_VERSION } from './serialize.ts';

const paragraph = z.object({
  heading: z.string(),
  text: z.string(),
  review: z.array(z.string()).optional(),
  // Since version 3: a standard sentence bound to the cells (its text is rewritten from them on reading).
  bound: z.enum(SENTENCE_IDS).optional(),
});

const section = z.object({ paragraphs: z.array(paragraph) });

/** The one year check of every reader (.nianbao, facts JSON, API): the shared range, said in Chinese. */
export const reportYearSchema = z.number().refine(isReportYear, { error: (issue) => yearProblem(String(issue.input)) });

/**
 * A cell holds a number and perhaps a short note; a cell's text past this length is a damaged or
 * hostile file (5 MB in one cell made every check take seconds), refused where it is read.
 */
export const CELL_TEXT_MAX = 200;

const cell = z.object({
  raw: z.string().max(CELL_TEXT_MAX, { error: `单元格内容过长（超过 ${CELL_TEXT_MAX} 个字），表格只能填数字` }),
  value: z.number().finite().nullable(),
});

const nullableCount = z.number().finite().nullable();

export const reportSchema = z.object({
  unit: z.object({ name: z.string(), kind: z.enum(UNIT_KIND_IDS) }),
  year: reportYearSchema,
  // Since version 2; migrations.ts gives a version-1 report an empty one.
  preamble: z.array(paragraph),
  sections: z.object(
    Object.fromEntries(SECTION_IDS.map((id) => [id, section])) as Record<SectionId, typeof section>,
  ),
  // Only the schema's addresses: a stray key means the file was written by something else, and is said so.
  // `raw` is what the clerk typed and what the exporters print; a stored `value` that disagreed with it
  // would let a file check clean while printing other numbers. So `value` is never trusted: it is
  // recomputed from `raw` by the same parser the grid uses, for files and API requests alike.
  cells: z
    .record(z.string().refine(isCellAddress, { message: '不是表格中的单元格地址' }), cell)
    .transform((cells) =>
      Object.fromEntries(Object.entries(cells).map(([address, c]) => [address, cellFromText(c.raw, cellDef(address)!.kind)])),
    ),
  autoTotals: z.object({ sec3: z.boolean(), sec4: z.boolean() }),
  lastYear: z
    .object({
      year: z.number().int(),
      carriedForward: z.array(nullableCount).length(7),
      effective: z.object({ rules: nullableCount, normativeDocs: nullableCount }),
      paragraphs: z.array(z.string()).optional(),
      // Since version 3; migrations.ts fills it from the version-2 figures.
      cells: z.record(z.string().refine(isCellAddress, { message: '不是表格中的单元格地址' }), z.number().finite()).optional(),
      // Optional: only when last year's tables were counted from its ledger.
      carriedForwardApplications: carriedApplicationsSchema.optional(),
    })
    .nullable(),
  reasons: z.record(z.string(), z.string()),
  confirmedZero: z.boolean(),
  // Optional: files written before the layout choices read with the defaults.
  layout: z
    .object({ tablesWhole: z.boolean().optional(), subheadings: z.enum(['runIn', 'ownLine']).optional(), titleBreaks: z.string().max(200).optional() })
    .optional(),
  // Optional: reports whose tables were counted from the application ledger (shared/ledger/record.ts).
  ledger: reportLedgerSchema.optional(),
  meta: z.object({
    createdAt: z.string(),
    modifiedAt: z.string(),
    origin: z.enum(['blank', 'rollover', 'facts', 'import']),
    legacyFormat2019: z.boolean().optional(),
    flags: z.array(z.object({ cell: z.string(), reason: z.string() })).optional(),
  }),
});

export const fileSchema = z.object({
  format: z.literal(FILE_FORMAT),
  version: z.literal(FILE_VERSION),
  app: z.string(),
  report: reportSchema,
});

export type NianbaoFile = z.infer<typeof fileSchema>;
