import type { DocumentSummary, NoteSearchHit, SearchHit, SearchResult } from '../../shared/model';
import { formatTerm } from '../../shared/text/matchTerms';
import type { Db } from '../db/open';
import { SUMMARY_COLUMNS } from '../documents/documentHandlers';
import { compileQuery, type CompiledQuery } from './compileQuery';
import { makeSnippet } from './makeSnippet';
import { matchingDocuments, withDocuments } from './matchingDocuments';
import { stemLanguage } from './stemWord';

/** Bodies longer than this (bytes) are matched and cut in their first part only. */
export const LARGE_BODY_BYTES = 2_000_000;
/** How much of a large body (characters) is read for its snippet and hit count. */
export const LARGE_BODY_PREFIX = 500_000;
const NOTE_HITS = 5;

export interface SearchOptions {
  limit?: number;
  offset?: number;
  sort?: 'rank' | 'date';
}

/**
 * One page of search results. FTS5 ranks (or the date orders) matching ids first, with nothing
 * but the index and the documents' short columns read; only the page's documents are then
 * fetched, their snippets cut and their matches counted — so the cost of a search grows with
 * the page, not with the number or size of the matching documents.
 */
export function searchDocuments(db: Db, query: string, options: SearchOptions = {}): SearchResult {
  const started = performance.now();
  const { limit = 50, offset = 0, sort = 'rank' } = options;
  const compiled = compileQuery(db, query);
  const selection = matchingDocuments(compiled);
  let page: Array<{ id: number; rank: number }> = [];
  let total = 0;
  if (compiled.searchDocuments) {
    const dated = sort === 'date' || !selection.rank;
    const byDate = 'd.published_at IS NULL, d.published_at DESC, d.id DESC';
    // Ordering by date needs the document row; ranking alone reads only the index.
    const from = dated ? withDocuments(selection) : selection.from;
    page = db
      .prepare<Array<string | number>, { id: number; rank: number }>(
        `SELECT ${dated ? 'd.id' : selection.id} AS id, ${selection.rank ?? '0'} AS rank FROM ${from}
         WHERE ${selection.where} ORDER BY ${dated ? byDate : selection.rank} LIMIT ? OFFSET ?`,
      )
      .all(...selection.params, limit, offset);
    total =
      page.length < limit && (offset === 0 || page.length > 0)
        ? offset + page.length
        : (db
            .prepare<Array<string | number>, { n: number }>(
              `SELECT count(*) AS n FROM ${selection.from} WHERE ${selection.where}`,
            )
            .get(...selection.params)?.n ?? 0);
  }
  const hits = pageHits(db, compiled, page);
  if (sort === 'rank' && selection.rank)
    // BM25 barely separates documents when a term occurs in most of them; the number of matches then breaks the tie.
    hits.sort((a, b) => b.score - a.score || b.hit_count - a.hit_count);
  const forms = new Set(compiled.terms.map((term) => formatTerm(term)));
  for (const hit of hits) for (const form of hit.forms) forms.add(form);
  return {
    query,
    total,
    hits: hits.map(({ forms: _forms, ...hit }) => hit),
    terms: [...forms].slice(0, 500),
    elapsed_ms: Math.round((performance.now() - started) * 10) / 10,
    offset,
    sort,
    notes: offset === 0 && compiled.searchNotes ? searchNotes(db, compiled) : [],
  };
}

function pageHits(
  db: Db,
  compiled: CompiledQuery,
  page: Array<{ id: number; rank: number }>,
): Array<SearchHit & { forms: string[] }> {
  if (page.length === 0) return [];
  const rows = db
    .prepare<number[], DocumentSummary & { body: string; partial: number }>(
      `SELECT ${SUMMARY_COLUMNS},
         CASE WHEN octet_length(body) > ${LARGE_BODY_BYTES} THEN substr(body, 1, ${LARGE_BODY_PREFIX}) ELSE body END AS body,
         octet_length(body) > ${LARGE_BODY_BYTES} AS partial
       FROM documents WHERE id IN (${page.map(() => '?').join(', ')})`,
    )
    .all(...page.map((row) => row.id));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return page.flatMap(({ id, rank }) => {
    const row = byId.get(id);
    if (!row) return [];
    const { body, partial, ...summary } = row;
    return [
      {
        ...summary,
        ...makeSnippet(body, stemLanguage(summary.language), compiled.terms),
        score: Number((-rank).toPrecision(6)),
        ...(partial ? { hit_count_partial: true } : {}),
      },
    ];
  });
}

function searchNotes(db: Db, compiled: CompiledQuery): NoteSearchHit[] {
  const rows = db
    .prepare<[string], { id: number; title: string; plain_text: string; updated_at: string }>(
      `SELECT n.id, n.title, substr(n.plain_text, 1, ${LARGE_BODY_PREFIX}) AS plain_text, n.updated_at
       FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid
       WHERE notes_fts MATCH ? AND n.deleted_at IS NULL ORDER BY notes_fts.rank LIMIT ${NOTE_HITS}`,
    )
    .all(compiled.notesMatch!);
  return rows.map((row) => {
    const { snippet, highlights } = makeSnippet(row.plain_text, null, compiled.terms);
    return { id: row.id, title: row.title, snippet, highlights, updated_at: row.updated_at };
  });
}
