import { LecternError } from '../../shared/errors';
import type { DocumentDetail, DocumentSummary, FieldOrigins, MetadataField } from '../../shared/model';
import { searchIndex } from '../search/searchIndex';
import type { Db } from '../db/open';
import { SUMMARY_COLUMNS } from './documentHandlers';

export type FieldValues = Partial<Record<MetadataField, string | null>>;

/**
 * Sets fields of one or many documents as the researcher's own: each set field's origin becomes
 * 'user' and the value the import had found is kept in `user_edits`, so `reset` can give it back
 * and a re-import never overwrites the edit. All documents change in one transaction, or none.
 */
export function updateDocuments(
  db: Db,
  ids: number[],
  set: FieldValues,
  reset: MetadataField[],
): DocumentSummary[] {
  const select = db.prepare<
    [number],
    Record<MetadataField, string | null> & {
      field_origins: string;
      user_edits: string;
      body: string;
      deleted_at: string | null;
    }
  >(
    'SELECT title, published_at, source, author, place, language, url, section, field_origins, user_edits, body, deleted_at FROM documents WHERE id = ?',
  );
  const fields = Object.keys(set) as MetadataField[];
  const now = new Date().toISOString();
  db.transaction(() => {
    for (const id of ids) {
      const row = select.get(id);
      if (!row) throw new LecternError('not-found', `Document ${id} does not exist; nothing was changed.`);
      const origins: FieldOrigins = JSON.parse(row.field_origins);
      const edits: DocumentDetail['user_edits'] = JSON.parse(row.user_edits);
      const values: FieldValues = {};
      for (const field of reset) {
        const edit = edits[field];
        if (!edit) continue;
        values[field] = field === 'title' ? (edit.found ?? row.title) : edit.found;
        if (edit.found_origin) origins[field] = edit.found_origin;
        else delete origins[field];
        delete edits[field];
      }
      for (const field of fields) {
        const value = set[field] ?? null;
        // The first edit remembers what the import found; later edits keep that memory.
        edits[field] ??= { found: row[field], found_origin: origins[field] ?? null, at: now };
        edits[field].at = now;
        values[field] = value;
        origins[field] = 'user';
      }
      const assignments = Object.keys(values).map((field) => `${field} = @${field}`);
      db.prepare(
        `UPDATE documents SET ${[...assignments, 'field_origins = @origins', 'user_edits = @edits'].join(', ')} WHERE id = @id`,
      ).run({ ...values, origins: JSON.stringify(origins), edits: JSON.stringify(edits), id });
      // A new title or language changes what search finds (title words, stems): re-index.
      if (('title' in values || 'language' in values) && !row.deleted_at) {
        const index = searchIndex(db);
        index.remove(id);
        const language = 'language' in values ? (values.language ?? null) : row.language;
        index.add(id, values.title ?? row.title ?? '', row.body, language);
      }
    }
  })();
  return db
    .prepare<[string], DocumentSummary>(
      `SELECT ${SUMMARY_COLUMNS} FROM documents WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    )
    .all(JSON.stringify(ids));
}

/** Moves documents to the trash: out of the library and out of search; their codings stay. */
export function deleteDocuments(db: Db, ids: number[]): number {
  let count = 0;
  const now = new Date().toISOString();
  db.transaction(() => {
    for (const id of ids) {
      const changes = db
        .prepare('UPDATE documents SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL')
        .run(now, id).changes;
      if (changes === 0) continue;
      searchIndex(db).remove(id);
      count++;
    }
  })();
  return count;
}

/** Brings documents back from the trash, searchable again. */
export function restoreDocuments(db: Db, ids: number[]): number {
  let count = 0;
  const row = db.prepare<[number], { title: string; body: string; language: string | null }>(
    'SELECT title, body, language FROM documents WHERE id = ? AND deleted_at IS NOT NULL',
  );
  const index = searchIndex(db);
  db.transaction(() => {
    for (const id of ids) {
      const doc = row.get(id);
      if (!doc) continue;
      db.prepare('UPDATE documents SET deleted_at = NULL WHERE id = ?').run(id);
      index.add(id, doc.title, doc.body, doc.language);
      count++;
    }
  })();
  return count;
}
