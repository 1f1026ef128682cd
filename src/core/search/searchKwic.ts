import type { KwicLine, KwicResult } from '../../shared/model';
import type { Db } from '../db/open';
import { cachedStatement } from '../db/cachedStatement';
import { compileQuery } from './compileQuery';
import { TextMatcher } from './findMatches';
import { matchingDocuments, NEWEST_FIRST, withDocuments } from './matchingDocuments';
import { pageTexts } from './searchDocuments';
import { stemLanguage } from './stemWord';

const BATCH = 50;

/**
 * Keyword in context: every occurrence of the query in the matching documents, one line each
 * (left context | hit | right context), documents in rank or date order and occurrences in
 * text order, so lines come grouped by document. Stops at `limit` lines.
 */
export function searchKwic(
  db: Db,
  query: string,
  {
    limit = 1000,
    width = 60,
    sort = 'rank',
  }: { limit?: number; width?: number; sort?: 'rank' | 'date' } = {},
): KwicResult {
  const started = performance.now();
  const compiled = compileQuery(db, query);
  const selection = matchingDocuments(compiled);
  const dated = sort === 'date' || !selection.rank;
  const ids = compiled.searchDocuments
    ? cachedStatement<Array<string | number>, { id: number }>(
        db,
        // Ranked, the index alone orders the ids; by date, the documents' summary index is read.
        `SELECT ${dated ? 'd.id' : selection.id} AS id FROM ${dated ? withDocuments(selection) : selection.from}
           WHERE ${selection.where} ORDER BY ${dated ? NEWEST_FIRST : selection.rank}`,
      )
        .all(...selection.params)
        .map((row) => row.id)
    : [];
  const matcher = new TextMatcher(compiled.terms);
  const lines: KwicLine[] = [];
  let documents = 0;
  let truncated = false;
  outer: for (let at = 0; at < ids.length; at += BATCH) {
    const batch = ids.slice(at, at + BATCH);
    const rows = pageTexts(db, batch);
    for (const id of batch) {
      const doc = rows.get(id);
      if (!doc) continue;
      const { starts, ends, occurrences: found } = matcher.scan(doc.body, stemLanguage(doc.language));
      if (found.length > 0) documents++;
      for (const [a, b] of found) {
        if (lines.length >= limit) {
          truncated = true;
          break outer;
        }
        const start = starts[a]!;
        const end = ends[b]!;
        lines.push({
          document_id: doc.id,
          title: doc.title,
          published_at: doc.published_at,
          source: doc.source,
          left: flatten(doc.body.slice(Math.max(0, start - width), start), 'left'),
          hit: flatten(doc.body.slice(start, end), 'none'),
          right: flatten(doc.body.slice(end, end + width), 'right'),
          start,
          end,
        });
      }
    }
  }
  return {
    query,
    lines,
    documents,
    truncated,
    elapsed_ms: Math.round((performance.now() - started) * 10) / 10,
  };
}

/** One line of context: breaks become spaces, and a word cut at the outer edge is dropped. */
function flatten(text: string, cut: 'left' | 'right' | 'none'): string {
  let line = text.replace(/\s+/g, ' ');
  if (cut === 'left' && /^\S/.test(line) && line.includes(' ')) line = line.slice(line.indexOf(' ') + 1);
  if (cut === 'right' && /\S$/.test(line) && line.includes(' ')) line = line.slice(0, line.lastIndexOf(' '));
  return line;
}
