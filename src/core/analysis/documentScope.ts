import type { Db } from '../db/open';
import { compileQuery } from '../search/compileQuery';
import { matchingDocuments, withDocuments } from '../search/matchingDocuments';
import { quoteValue, tagPaths } from '../search/searchFacets';

/** The documents an analysis covers, as SQL: `SELECT … FROM ${from} WHERE ${where}` with `d` the documents row. */
export interface DocumentScope {
  from: string;
  where: string;
  params: Array<string | number>;
  /** The query as typed ('' for the whole corpus), to prefix drill-down queries with. */
  query: string;
}

/** The documents a query matches (every document without one). */
export function documentScope(db: Db, query: string | undefined): DocumentScope {
  const text = query?.trim() ?? '';
  // Documents in the trash keep their passages out of sight (as the passage browser does).
  const live = 'd.deleted_at IS NULL';
  if (!text) return { from: 'documents d', where: live, params: [], query: '' };
  const selection = matchingDocuments(compileQuery(db, text));
  return {
    from: withDocuments(selection),
    where: `${selection.where} AND ${live}`,
    params: selection.params,
    query: text,
  };
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
