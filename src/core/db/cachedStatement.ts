import type { Db } from '../db/open';

/** Statements kept per database; a search builds a handful of SQL shapes, typed queries repeat them. */
const LIMIT = 300;
const caches = new WeakMap<Db, Map<string, unknown>>();

function prepare<P extends unknown[], R>(db: Db, sql: string) {
  return db.prepare<P, R>(sql);
}
/** better-sqlite3's statement type, named without importing the package outside core/db. */
export type Prepared<P extends unknown[], R> = ReturnType<typeof prepare<P, R>>;

/**
 * A prepared statement for `sql`, prepared once per database and reused: search, facets and the
 * analysis views build their SQL from a query's shape (filters, number of ids), and preparing
 * costs as much as running a small query. The least recently used statement is dropped past LIMIT.
 */
export function cachedStatement<P extends unknown[] = unknown[], R = unknown>(
  db: Db,
  sql: string,
): Prepared<P, R> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (statement) cache.delete(sql);
  else {
    statement = prepare<P, R>(db, sql);
    if (cache.size >= LIMIT) cache.delete(cache.keys().next().value!);
  }
  cache.set(sql, statement);
  return statement as Prepared<P, R>;
}
