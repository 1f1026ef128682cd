import type { Db } from '../db/open';
import { notTrashed, TRASHED_IDS } from '../documents/notTrashed';
import { compileQuery } from '../search/compileQuery';
import { DOCUMENTS, matchingDocuments, withDocuments } from '../search/matchingDocuments';
import { quoteValue, tagPaths } from '../search/searchFacets';

/** The documents an analysis covers, as SQL: `SELECT … FROM ${from} WHERE ${where}` with `d` the documents row. */
export interface DocumentScope {
  from: string;
  where: string;
  params: Array<string | number>;
  /** The query as typed ('' for the whole corpus), to prefix drill-down queries with. */
  query: string;
  /**
   * SQL selecting the ids of the scope's documents (with `params`), or null for every document.
   * Views that start from codings filter with `p.document_id IN (${ids})`: SQLite evaluates the
   * search once into a list, where a join would probe the full-text index once per passage.
   */
  ids: string | null;
}

/** The documents a query matches (every document without one). */
export function documentScope(db: Db, query: string | undefined): DocumentScope {
  const text = query?.trim() ?? '';
  // Documents in the trash keep their passages out of sight (as the passage browser does); the
  // trash has an index of its own, so this reads no document rows. A query already leaves them
  // out: trashed documents are not in the full-text index.
  if (!text) return { from: DOCUMENTS, where: notTrashed('d'), params: [], query: '', ids: null };
  const selection = matchingDocuments(compileQuery(db, text));
  return {
    from: withDocuments(selection),
    where: selection.where,
    params: selection.params,
    query: text,
    ids: `SELECT ${selection.id} FROM ${selection.from} WHERE ${selection.where}`,
  };
}

/** `AND p.document_id …` keeping a view over codings (passages `p`) to the scope's documents. */
export function passagesInScope(scope: DocumentScope): string {
  return scope.ids === null
    ? ` AND p.document_id NOT IN (${TRASHED_IDS})`
    : ` AND p.document_id IN (${scope.ids})`;
}

/** A drill-down query: the scope's query plus filters (`tag:"Actors/Russia" date:2022-06`). */
export function drillQuery(scope: DocumentScope, ...filters: string[]): { query: string } {
  return { query: [scope.query, ...filters].filter(Boolean).join(' ') };
}

/** `tag:"path"` for a tag id (sub-tags included by the filter). */
export function tagFilter(paths: Map<number, string>, id: number): string {
  return `tag:${quoteValue(paths.get(id) ?? String(id))}`;
}

export { quoteValue, tagPaths };
