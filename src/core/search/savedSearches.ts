import type { SavedSearch } from '../../shared/model';
import { LecternError } from '../../shared/errors';
import type { Db } from '../db/open';
import { parseSearchQuery } from '../../shared/search/parseSearchQuery';

const COLUMNS = 'id, name, query, created_at';

/**
 * The searches a researcher saved, stored in the project (so they travel with it and stay out of
 * other projects). A name is unique in any case; saving under a taken name replaces its query.
 */
export function savedSearches(db: Db) {
  const byName = db.prepare<[string], SavedSearch>(`SELECT ${COLUMNS} FROM saved_searches WHERE name = ?`);
  return {
    list(): SavedSearch[] {
      return db
        .prepare<[], SavedSearch>(`SELECT ${COLUMNS} FROM saved_searches ORDER BY name COLLATE NOCASE, id`)
        .all();
    },
    /** Saves a query (a mistake in it is refused) under a name, the query itself by default. */
    save(query: string, name?: string): SavedSearch {
      const text = query.trim();
      if (!text) throw new LecternError('invalid-argument', 'Type a search to save.');
      // A mistake in the syntax is refused; a tag that does not exist (yet) is the search's answer.
      const error = parseSearchQuery(text).errors[0];
      if (error) throw new LecternError('invalid-argument', error.message, `at ${error.start}–${error.end}`);
      const title = (name ?? text).trim();
      if (!title) throw new LecternError('invalid-argument', 'Give the saved search a name.');
      db.prepare(
        `INSERT INTO saved_searches (name, query, created_at) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET query = excluded.query`,
      ).run(title, text, new Date().toISOString());
      return byName.get(title)!;
    },
    delete(id: number): void {
      db.prepare('DELETE FROM saved_searches WHERE id = ?').run(id);
    },
  };
}
