import type { QueryNode } from '../../shared/search/searchQuery';
import type { Db } from '../db/open';
import { cachedStatement } from '../db/cachedStatement';

/**
 * A query is "common" when it matches at least half of the documents and at least this many:
 * BM25's idf is then zero or below (FTS5 floors it at 1e-6), so ranking adds nothing a researcher
 * could use, while scoring every match is what makes such a search slow (a word in 98,000 of
 * 100,000 documents took 160–240 ms). Below this many matches ranking stays cheap, so smaller
 * projects always rank.
 */
export const COMMON_MIN_MATCHES = 15_000;
const COMMON_SHARE = 0.5;
/** Matches read (in rowid order) to estimate how dense a query's matches are. */
const PROBE = 1000;

/**
 * Whether a MATCH over documents_fts is common (see COMMON_MIN_MATCHES), decided cheaply: the
 * first PROBE matches in rowid order and how far into the id range they reach estimate the share
 * of documents matching; no full walk of the index. Projects too small to reach the minimum are
 * not probed at all.
 */
export function isCommonMatch(db: Db, match: string): boolean {
  const span = cachedStatement<[], { first: number | null; last: number | null }>(
    db,
    // Two subqueries: min() and max() together in one SELECT would scan the table.
    'SELECT (SELECT min(id) FROM documents) AS first, (SELECT max(id) FROM documents) AS last',
  ).get();
  if (!span || span.first === null || span.last === null) return false;
  const ids = span.last - span.first + 1;
  if (ids < COMMON_MIN_MATCHES) return false;
  const probe = cachedStatement<[string], { n: number; last: number | null }>(
    db,
    `SELECT count(*) AS n, max(rowid) AS last FROM (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? LIMIT ${PROBE})`,
  ).get(match);
  if (!probe || probe.n < PROBE || probe.last === null) return false;
  const share = probe.n / (probe.last - span.first + 1);
  return share >= COMMON_SHARE && share * ids >= COMMON_MIN_MATCHES;
}

/**
 * Documents not in the trash: the denominator of "in 98% of documents". Counted from two narrow
 * indexes (all documents, the trashed ones), never from the wide rows.
 */
export function liveDocuments(db: Db): number {
  return (
    cachedStatement<[], { n: number }>(
      db,
      `SELECT (SELECT count(*) FROM documents INDEXED BY documents_newest)
         - (SELECT count(*) FROM documents INDEXED BY documents_trashed WHERE deleted_at IS NOT NULL) AS n`,
    ).get()?.n ?? 0
  );
}

/**
 * Whether a query's words must all be in a document (words, phrases, NEAR, with exclusions): then
 * if its matches are half the documents, so is every word's, and BM25 weighs none of them. With
 * OR a rare alternative can make the matches common while still ranking well: such queries are
 * always ranked.
 */
export function allWordsRequired(node: QueryNode | null): boolean {
  if (!node) return false;
  switch (node.kind) {
    case 'term':
    case 'near':
    case 'not':
      return true;
    case 'and':
      return node.children.every((child) => child.kind === 'not' || allWordsRequired(child));
    case 'or':
      return false;
  }
}
