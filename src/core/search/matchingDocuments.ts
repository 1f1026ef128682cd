import type { CompiledQuery } from './compileQuery';

/**
 * The documents table as `d`, read through documents_summary (migration 0012): id, language,
 * source, published_at and author without touching the wide rows. Other columns still work (a
 * second lookup) — use it where those five are what is read for many documents.
 */
export const DOCUMENTS = 'documents d INDEXED BY documents_summary';
/**
 * Newest first (undated last), over `documents d`: the order of search results by date and of
 * common-word results, and exactly the key of the documents_newest index (0015) that walks it.
 */
export const NEWEST_FIRST = 'd.published_at IS NULL, d.published_at DESC, d.id DESC';

/** The documents a compiled query selects, as SQL pieces: `SELECT … FROM ${from} WHERE ${where}`. */
export interface DocumentSelection {
  from: string;
  where: string;
  params: Array<string | number>;
  /** `documents_fts.rank` when words are searched; null when the query only filters. */
  rank: string | null;
  /** The expression for a document's id. */
  id: string;
}

/**
 * Turns a compiled query into one SQL selection that every consumer (the result page, counts,
 * facets, KWIC, analysis) shares. Without filters the index is read alone; with them, each
 * match is joined to its document row (columns before `body` only, so no large text is read).
 */
export function matchingDocuments(query: CompiledQuery): DocumentSelection {
  const params: Array<string | number> = [];
  const where: string[] = [];
  if (query.match) {
    params.push(query.match);
    where.push('documents_fts MATCH ?');
  }
  if (query.exclude) {
    params.push(query.exclude);
    where.push('d.id NOT IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)');
  }
  where.push(...query.where);
  params.push(...query.params);
  if (query.match && query.where.length === 0)
    return {
      from: 'documents_fts',
      where: where.join(' AND '),
      params,
      rank: 'documents_fts.rank',
      id: 'documents_fts.rowid',
    };
  return {
    from: query.match ? `documents_fts JOIN ${DOCUMENTS} ON d.id = documents_fts.rowid` : DOCUMENTS,
    where: where.length > 0 ? where.join(' AND ') : '1',
    params,
    rank: query.match ? 'documents_fts.rank' : null,
    id: 'd.id',
  };
}

/** The selection's FROM clause with the documents row joined as `d` (for dates, sources, facets). */
export function withDocuments(selection: DocumentSelection): string {
  return selection.id === 'd.id'
    ? selection.from
    : `documents_fts JOIN ${DOCUMENTS} ON d.id = documents_fts.rowid`;
}
