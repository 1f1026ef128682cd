import type { DocumentSummary, SearchResult } from '../../shared/model';
import type { Db } from '../db/open';
import { SUMMARY_COLUMNS } from '../documents/documentHandlers';
import { formatTerm } from '../../shared/text/matchTerms';
import { makeSnippet } from './makeSnippet';
import { parseQuery } from './parseQuery';

// Title matches weigh five times body matches in the BM25 ranking.
const RANK = 'bm25(documents_fts, 5.0, 1.0)';

/**
 * Ranked full-text search over the folded index. FTS5 finds and ranks the documents; the
 * snippet, highlights and hit position are computed from the clean body with the same folding.
 */
export function searchDocuments(db: Db, query: string, limit: number): SearchResult {
  const started = performance.now();
  const parsed = parseQuery(query);
  const rows = db
    .prepare<[string, number], DocumentSummary & { body: string; rank: number }>(
      `SELECT ${SUMMARY_COLUMNS.split(', ')
        .map((column) => 'd.' + column)
        .join(', ')}, d.body, ${RANK} AS rank
       FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
       WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`,
    )
    .all(parsed.match, limit);
  const total =
    rows.length < limit
      ? rows.length
      : (db
          .prepare<[string], { n: number }>(
            'SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH ?',
          )
          .get(parsed.match)?.n ?? 0);
  const terms = parsed.groups.flat();
  // BM25 barely separates documents when a term occurs in most of them (a small corpus about
  // one person); the number of matches then breaks the tie.
  const hits = rows
    .map(({ body, rank, ...summary }) => ({
      ...summary,
      ...makeSnippet(body, terms),
      score: Number((-rank).toPrecision(6)),
    }))
    .sort((a, b) => b.score - a.score || b.hit_count - a.hit_count);
  return {
    query,
    total,
    hits,
    terms: terms.map(formatTerm),
    elapsed_ms: Math.round((performance.now() - started) * 10) / 10,
  };
}
