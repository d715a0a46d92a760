/**
 * Which standard sentences a paragraph can be bound to (sentences.ts writes them): the ids alone, so the
 * report model and the file schema name them without loading the sentences' wording and the tables.
 */
export const SENTENCE_IDS = ['sec2-documents', 'sec2-decisions', 'sec3-applications', 'sec4-reviews'] as const;
export type SentenceId = (typeof SENTENCE_IDS)[number];
