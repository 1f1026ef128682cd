import { cachedStatement } from '../db/cachedStatement';
import type { Db } from '../db/open';
import type { NotePage, NoteSummary } from '../../shared/model';
import { LecternError } from '../../shared/errors';
import { parseQuery } from '../search/parseQuery';
import { SUMMARY_COLUMNS } from './noteStore';

export interface NotePageArgs {
  query?: string;
  sort?: 'updated' | 'title';
  trash?: boolean;
  offset?: number;
  /** A note id: the page starts after that note in this order (keyset paging). */
  after?: number;
  limit?: number;
  count?: boolean;
}

/** Rows per page unless asked otherwise; the schema caps `limit` at 500. */
export const NOTE_PAGE = 100;

type Params = Array<string | number>;

/**
 * Pages of the notes list, sorted and filtered in SQLite (the trash, a full-text search as you
 * type). `after` pages by key — the anchor note's (updated_at, id) or (title, id) — so a note
 * created or edited while the list is read neither repeats nor skips a row of the pages after it.
 */
export function notePager(db: Db) {
  // A handful of SQL shapes (sort × filter × paging), each prepared once per database.
  const prepared = (sql: string) => cachedStatement<Params>(db, sql);
  const anchorOf = db.prepare<[number], { id: number; title: string; updated_at: string }>(
    'SELECT id, title, updated_at FROM notes WHERE id = ?',
  );

  return function page({
    query,
    sort = 'updated',
    trash = false,
    offset = 0,
    after,
    limit = NOTE_PAGE,
    count = true,
  }: NotePageArgs): NotePage {
    const where = [trash ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL'];
    const params: Params = [];
    if (query?.trim()) {
      // Search as you type: the last word matches as a prefix.
      where.push('id IN (SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?)');
      params.push(parseQuery(/[\s"*]$/.test(query) ? query : query + '*').match);
    }
    const total = count
      ? (
          prepared(`SELECT count(*) AS n FROM notes WHERE ${where.join(' AND ')}`).get(...params) as {
            n: number;
          }
        ).n
      : null;
    const pageWhere = [...where];
    const pageParams = [...params];
    if (after !== undefined) {
      const anchor = anchorOf.get(after);
      if (!anchor)
        throw new LecternError(
          'not-found',
          `Note ${after} is no longer in the project; page from the start again.`,
        );
      if (sort === 'title') {
        pageWhere.push('(title COLLATE NOCASE, id) > (?, ?)');
        pageParams.push(anchor.title, anchor.id);
      } else {
        pageWhere.push('(updated_at, id) < (?, ?)');
        pageParams.push(anchor.updated_at, anchor.id);
      }
    }
    const order = sort === 'title' ? 'title COLLATE NOCASE, id' : 'updated_at DESC, id DESC';
    const rows = prepared(
      `SELECT ${SUMMARY_COLUMNS} FROM notes WHERE ${pageWhere.join(' AND ')} ORDER BY ${order} LIMIT ? OFFSET ?`,
    ).all(...pageParams, limit, after !== undefined ? 0 : offset) as NoteSummary[];
    const last = rows.at(-1);
    return {
      rows,
      offset: after !== undefined ? null : offset,
      total,
      next: rows.length === limit && last ? last.id : null,
    };
  };
}
