import type { Passage } from '../../shared/model';
import type { Db } from '../db/open';

type PassageRecord = Omit<Passage, 'tag_ids'> & { tag_list: string | null };

/** What a new passage is made of: its anchor, what it is, and the tags to give it. */
export type NewPassage = Pick<
  Passage,
  'document_id' | 'start' | 'end' | 'exact' | 'prefix' | 'suffix' | 'kind' | 'speaker' | 'memo' | 'tag_ids'
>;

export const PASSAGE_COLUMNS = `p.id, p.document_id, p.start, p."end" AS "end", p.exact, p.prefix, p.suffix, p.kind,
  p.speaker, p.memo, p.status, p.created_at, p.updated_at,
  (SELECT group_concat(tag_id) FROM passage_tags WHERE passage_id = p.id) AS tag_list`;

/** Turns a row with a comma-separated tag list into a Passage. */
export function toPassage<T extends PassageRecord>({
  tag_list,
  ...row
}: T): Omit<T, 'tag_list'> & { tag_ids: number[] } {
  return {
    ...row,
    tag_ids: tag_list
      ? tag_list
          .split(',')
          .map(Number)
          .sort((a, b) => a - b)
      : [],
  };
}

/** Prepared statements shared by the passage, quote and autocode handlers. */
export function passageQueries(db: Db) {
  const byId = db.prepare<[number], PassageRecord>(
    `SELECT ${PASSAGE_COLUMNS} FROM passages p WHERE p.id = ?`,
  );
  const sameRange = db.prepare<[number, number, number, string], { id: number }>(
    // Coding in the workbench is the local coder's (1); a colleague's merged passage over the same
    // range stays theirs, so agreement can compare the two.
    'SELECT id FROM passages WHERE document_id = ? AND start = ? AND "end" = ? AND kind = ? AND coder_id = 1',
  );
  const insert =
    db.prepare(`INSERT INTO passages (document_id, start, "end", exact, prefix, suffix, kind, speaker, memo,
    status, created_at, updated_at) VALUES (@document_id, @start, @end, @exact, @prefix, @suffix, @kind, @speaker, @memo,
    'anchored', @now, @now)`);
  const addTag = db.prepare<[number, number]>(
    'INSERT OR IGNORE INTO passage_tags (passage_id, tag_id) VALUES (?, ?)',
  );
  const body = db.prepare<[number], { body: string }>('SELECT body FROM documents WHERE id = ?');
  return {
    get(id: number): Passage | undefined {
      const row = byId.get(id);
      return row ? toPassage(row) : undefined;
    },
    body(documentId: number): string | undefined {
      return body.get(documentId)?.body;
    },
    /** Inserts a passage, or returns the one with the same range and kind; adds the tags. */
    upsert(values: NewPassage): number {
      const existing = sameRange.get(values.document_id, values.start, values.end, values.kind)?.id;
      const id = existing ?? Number(insert.run({ ...values, now: new Date().toISOString() }).lastInsertRowid);
      for (const tagId of values.tag_ids) addTag.run(id, tagId);
      return id;
    },
  };
}
