import Database from 'better-sqlite3';

/**
 * The import benches' floor: a bare better-sqlite3 loop, one transaction, writing each row's
 * first two columns as title and body into a table (and `raw` beside them when given) and all of
 * its columns into a contentless FTS5 index with Lectern's tokenizer. Wall and CPU seconds of
 * this process while it runs.
 */
export function bareLoop(
  path: string,
  columns: string[],
  rows: string[][],
  raw?: string[],
): { seconds: number; cpuSeconds: number } {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE documents (id INTEGER PRIMARY KEY, title TEXT, body TEXT${raw ? ', raw TEXT' : ''});
    CREATE VIRTUAL TABLE documents_fts USING fts5 (${columns.join(', ')}, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');`);
  const start = performance.now();
  const cpu = process.cpuUsage();
  const insert = db.prepare(
    raw
      ? 'INSERT INTO documents (title, body, raw) VALUES (?, ?, ?)'
      : 'INSERT INTO documents (title, body) VALUES (?, ?)',
  );
  const index = db.prepare(
    `INSERT INTO documents_fts (rowid, ${columns.join(', ')}) VALUES (?, ${columns.map(() => '?').join(', ')})`,
  );
  db.transaction(() => {
    rows.forEach((row, i) => {
      const values = raw ? [row[0], row[1], raw[i]] : [row[0], row[1]];
      index.run(insert.run(...values).lastInsertRowid, ...row);
    });
  })();
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  db.close();
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6 };
}
