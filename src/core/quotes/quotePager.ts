import { cachedStatement } from '../db/cachedStatement';
import type { Db } from '../db/open';
import type { QuotePage, QuoteSuggestion } from '../../shared/model';
import { LecternError } from '../../shared/errors';
import { speakerKeysFor } from '../entities/aliasesOf';

export const SUGGESTION_COLUMNS = `q.id, q.document_id, q.start, q."end" AS "end", q.exact, q.speaker, q.evidence, q.confidence,
  q.status, q.passage_id, d.title AS document_title, q.sieve`;

/**
 * The order of quotation lists: in reading order (undated texts last), then by position in the
 * text. Written as one row value so a page can start strictly after any quotation (keyset).
 */
const ORDER_KEY = `(d.published_at IS NULL, coalesce(d.published_at, ''), q.document_id, q.start, q.id)`;
const ORDER_BY = `d.published_at IS NULL, coalesce(d.published_at, ''), q.document_id, q.start, q.id`;

export interface QuoteFilter {
  document_id?: number | undefined;
  speaker?: string | undefined;
  status?: QuoteSuggestion['status'] | undefined;
}

type Params = Array<string | number>;

/** The WHERE terms of a quotation filter; a speaker is any spelling, script or linked role of them. */
export function quoteWhere(
  db: Db,
  { document_id, speaker, status }: QuoteFilter,
  withStatus = true,
): { where: string[]; params: Params } {
  const where = ['1'];
  const params: Params = [];
  if (document_id !== undefined) {
    where.push('q.document_id = ?');
    params.push(document_id);
  }
  if (speaker !== undefined) {
    // Any spelling, script or linked role of the speaker's entity (Lawrow, Лавров, "Russian
    // Foreign Minister" once linked), or the folded name alone when it is no entity.
    const keys = speakerKeysFor(db, speaker);
    where.push(`speaker_key(q.speaker) IN (${keys.map(() => '?').join(', ')})`);
    params.push(...keys);
  }
  if (withStatus && status !== undefined) {
    where.push('q.status = ?');
    params.push(status);
  }
  return { where, params };
}

export interface QuotePageArgs extends QuoteFilter {
  offset?: number;
  /** A quotation id: the page starts after it in this order (keyset paging). */
  after?: number;
  limit?: number;
  count?: boolean;
}

/**
 * Pages of a quotation list (one speaker's, one document's, every open suggestion), filtered and
 * ordered in SQLite, with the count by status of the same filter (for the Accepted · Suggested ·
 * Dismissed line) — never the list whole.
 */
export function quotePager(db: Db) {
  // A handful of SQL shapes (sort × filter × paging), each prepared once per database.
  const prepared = (sql: string) => cachedStatement<Params>(db, sql);
  const anchorOf = db.prepare<[number], { key: string }>(
    `SELECT json_array(d.published_at IS NULL, coalesce(d.published_at, ''), q.document_id, q.start, q.id) AS key
     FROM quote_suggestions q JOIN documents d ON d.id = q.document_id WHERE q.id = ?`,
  );

  return function page({
    offset = 0,
    after,
    limit = 100,
    count = true,
    ...filter
  }: QuotePageArgs): QuotePage {
    const { where, params } = quoteWhere(db, filter);
    let counts: QuotePage['counts'] = null;
    let total: number | null = null;
    if (count) {
      const all = quoteWhere(db, filter, false);
      const rows = prepared(
        `SELECT q.status AS status, count(*) AS n FROM quote_suggestions q WHERE ${all.where.join(' AND ')} GROUP BY q.status`,
      ).all(...all.params) as Array<{ status: QuoteSuggestion['status']; n: number }>;
      counts = { open: 0, accepted: 0, dismissed: 0 };
      for (const row of rows) counts[row.status] = row.n;
      total = filter.status ? counts[filter.status] : counts.open + counts.accepted + counts.dismissed;
    }
    const pageWhere = [...where];
    const pageParams = [...params];
    if (after !== undefined) {
      const anchor = anchorOf.get(after);
      if (!anchor)
        throw new LecternError(
          'not-found',
          `Quotation ${after} is no longer in the project; page from the start again.`,
        );
      const key = JSON.parse(anchor.key) as Params;
      pageWhere.push(`${ORDER_KEY} > (?, ?, ?, ?, ?)`);
      pageParams.push(...key);
    }
    const rows = prepared(
      `SELECT ${SUGGESTION_COLUMNS} FROM quote_suggestions q JOIN documents d ON d.id = q.document_id
       WHERE ${pageWhere.join(' AND ')} ORDER BY ${ORDER_BY} LIMIT ? OFFSET ?`,
    ).all(...pageParams, limit, after !== undefined ? 0 : offset) as QuoteSuggestion[];
    const last = rows.at(-1);
    return {
      rows,
      offset: after !== undefined ? null : offset,
      total,
      counts,
      next: rows.length === limit && last ? last.id : null,
    };
  };
}
