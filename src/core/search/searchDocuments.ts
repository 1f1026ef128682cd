import type { DocumentSummary, NoteSearchHit, SearchHit, SearchResult } from '../../shared/model';
import { formatTerm } from '../../shared/text/matchTerms';
import type { Db } from '../db/open';
import { cachedStatement } from '../db/cachedStatement';
import { SUMMARY_COLUMNS } from '../documents/documentHandlers';
import { allWordsRequired, COMMON_MIN_MATCHES, isCommonMatch, liveDocuments } from './commonWords';
import { compileQuery, type CompiledQuery } from './compileQuery';
import { TextMatcher } from './findMatches';
import { makeSnippet } from './makeSnippet';
import { matchingDocuments, NEWEST_FIRST, withDocuments } from './matchingDocuments';
import { HEAD_CHARS } from './searchIndex';
import { stemLanguage } from './stemWord';

const NOTE_HITS = 5;
/** documents_fts's own `rank` (migration 0007: titles weigh five times body text), spelled out. */
const BM25 = 'bm25(documents_fts, 5.0, 1.0, 5.0, 1.0)';

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
  let unranked: { share: number } | undefined;
  const common =
    compiled.searchDocuments &&
    compiled.match !== null &&
    selection.id === 'documents_fts.rowid' &&
    allWordsRequired(compiled.parsed.text)
      ? commonPage(db, compiled.match, limit, offset)
      : null;
  if (common) {
    ({ page, total } = common);
    if (sort === 'rank') unranked = { share: common.share };
  } else if (compiled.searchDocuments && sort === 'rank' && selection.id === 'documents_fts.rowid') {
    // Ranked from the index alone. bm25() named in the ORDER BY costs about a quarter less CPU than
    // FTS5's `rank` (which ranks in a sub-query, then finds each row again), and allows no window
    // count; counting the matches apart reads only their doclists (0.1–1 ms at 100,000 documents).
    page = cachedStatement<Array<string | number>, { id: number; score: number }>(
      db,
      `SELECT rowid AS id, ${BM25} AS score FROM documents_fts WHERE ${selection.where}
       ORDER BY score LIMIT ? OFFSET ?`,
    )
      .all(...selection.params, limit, offset)
      .map(({ id, score }) => ({ id, rank: score }));
    total =
      cachedStatement<Array<string | number>, { n: number }>(
        db,
        `SELECT count(*) AS n FROM documents_fts WHERE ${selection.where}`,
      ).get(...selection.params)?.n ?? 0;
  } else if (compiled.searchDocuments) {
    const dated = sort === 'date' || !selection.rank;
    // Ordering by date needs the document row; ranking alone reads only the index.
    const from = dated ? withDocuments(selection) : selection.from;
    // The total comes from the same pass that ranks (a window count over the matches SQLite has
    // already gathered to sort them): no second walk of the index, nor of the rows a filter reads.
    const rows = cachedStatement<Array<string | number>, { id: number; rank: number; total: number }>(
      db,
      `SELECT ${dated ? 'd.id' : selection.id} AS id, ${selection.rank ?? '0'} AS rank, count(*) OVER () AS total
       FROM ${from} WHERE ${selection.where} ORDER BY ${dated ? NEWEST_FIRST : selection.rank} LIMIT ? OFFSET ?`,
    ).all(...selection.params, limit, offset);
    page = rows.map(({ id, rank }) => ({ id, rank }));
    total =
      rows[0]?.total ??
      (offset === 0
        ? 0
        : (cachedStatement<Array<string | number>, { n: number }>(
            db,
            `SELECT count(*) AS n FROM ${selection.from} WHERE ${selection.where}`,
          ).get(...selection.params)?.n ?? 0));
  }
  const hits = pageHits(db, compiled, page);
  if (sort === 'rank' && selection.rank && !common)
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
    ...(unranked ? { unranked } : {}),
  };
}

/**
 * A page of a common query (commonWords.ts), newest first whatever the order asked for: the
 * documents are walked in date order (documents_newest) and each is checked against the index,
 * so a page costs about a page of look-ups; the total is an exact count of the matches. Null when
 * the query is not common after all (the exact count decides), and it is then ranked as usual.
 */
function commonPage(
  db: Db,
  match: string,
  limit: number,
  offset: number,
): { page: Array<{ id: number; rank: number }>; total: number; share: number } | null {
  if (!isCommonMatch(db, match)) return null;
  const total =
    cachedStatement<[string], { n: number }>(
      db,
      'SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH ?',
    ).get(match)?.n ?? 0;
  const live = liveDocuments(db);
  if (total < COMMON_MIN_MATCHES || total * 2 < live) return null;
  const page = cachedStatement<[string, number, number], { id: number; rank: number }>(
    db,
    `SELECT d.id AS id, 0 AS rank FROM documents d INDEXED BY documents_newest
     WHERE EXISTS (SELECT 1 FROM documents_fts WHERE documents_fts MATCH ? AND documents_fts.rowid = d.id)
     ORDER BY ${NEWEST_FIRST} LIMIT ? OFFSET ?`,
  ).all(match, limit, offset);
  return { page, total, share: live > 0 ? Math.min(1, total / live) : 1 };
}

function pageHits(
  db: Db,
  compiled: CompiledQuery,
  page: Array<{ id: number; rank: number }>,
): Array<SearchHit & { forms: string[] }> {
  if (page.length === 0) return [];
  // One matcher for the page: each distinct spelling is folded and stemmed once, not once per document.
  const matcher = new TextMatcher(compiled.terms);
  const texts = pageTexts(
    db,
    page.map((row) => row.id),
  );
  return page.flatMap(({ id, rank }) => {
    const row = texts.get(id);
    if (!row) return [];
    const { body, partial, ...summary } = row;
    return [
      {
        ...summary,
        ...makeSnippet(body, stemLanguage(summary.language), compiled.terms, matcher),
        score: Number((-rank).toPrecision(6)),
        ...(partial ? { hit_count_partial: true } : {}),
      },
    ];
  });
}

/**
 * Summaries and texts of a page of documents. A very large document (it has a head in
 * search_heads) is read from there: its columns before `body`, and the head instead of the body,
 * so its full text is never loaded.
 */
export function pageTexts(
  db: Db,
  ids: number[],
): Map<number, DocumentSummary & { body: string; partial: boolean }> {
  const marks = ids.map(() => '?').join(', ');
  const rows = cachedStatement<number[], DocumentSummary & { body: string; partial: number }>(
    db,
    `SELECT ${SUMMARY_COLUMNS}, body, 0 AS partial FROM documents
       WHERE id IN (${marks}) AND id NOT IN (SELECT document_id FROM search_heads WHERE document_id IN (${marks}))
       UNION ALL
       SELECT d.id, d.title, d.title_origin, d.published_at, d.source, d.author, d.language, d.place,
         h.word_count, h.imported_at, h.origin_path,
         -- url, section and story_id sit after body in the row: reading them would load the body.
         NULL AS url, NULL AS section, NULL AS story_id, h.head AS body, 1 AS partial
       FROM search_heads h JOIN documents d ON d.id = h.document_id WHERE h.document_id IN (${marks})`,
  ).all(...ids, ...ids, ...ids);
  return new Map(rows.map(({ partial, ...row }) => [row.id, { ...row, partial: partial === 1 }]));
}

function searchNotes(db: Db, compiled: CompiledQuery): NoteSearchHit[] {
  const rows = cachedStatement<
    [string],
    { id: number; title: string; plain_text: string; updated_at: string; language: string | null }
  >(
    db,
    `SELECT n.id, n.title, substr(n.plain_text, 1, ${HEAD_CHARS}) AS plain_text, n.updated_at, n.language
       FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid
       WHERE notes_fts MATCH ? AND n.deleted_at IS NULL ORDER BY notes_fts.rank LIMIT ${NOTE_HITS}`,
  ).all(compiled.notesMatch!);
  if (rows.length === 0) return [];
  const matcher = new TextMatcher(compiled.terms);
  return rows.map((row) => {
    // A note of unsure language was indexed with English and German stems: mark by the better fit.
    const language = stemLanguage(row.language);
    const snippets = (language ? [language] : (['en', 'de'] as const)).map((lang) =>
      makeSnippet(row.plain_text, lang, compiled.terms, matcher),
    );
    const { snippet, highlights } = snippets.reduce((a, b) => (b.hit_count > a.hit_count ? b : a));
    return { id: row.id, title: row.title, snippet, highlights, updated_at: row.updated_at };
  });
}
