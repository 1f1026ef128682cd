import type { Note, NoteSummary } from '../../shared/model';
import type { Db } from '../db/open';
import { noteContent } from './noteContent';
import { noteIndex } from './noteIndex';
import { parseNoteJson } from './noteJson';

/** Minutes of editing between two kept revisions: enough to go back, not one per keystroke. */
export const REVISION_INTERVAL_MS = 5 * 60 * 1000;

export const SUMMARY_COLUMNS = `id, title, created_at, updated_at, deleted_at, word_count,
  substr(plain_text, 1, 200) AS excerpt`;

/** Reads and writes notes with everything derived from their JSON kept in step, in one transaction. */
export function noteStore(db: Db) {
  const summary = db.prepare<[number], NoteSummary>(`SELECT ${SUMMARY_COLUMNS} FROM notes WHERE id = ?`);
  const full = db.prepare<[number], Omit<Note, 'revision_id'>>(
    `SELECT ${SUMMARY_COLUMNS}, lexical_json FROM notes WHERE id = ?`,
  );
  const latestRevision = db.prepare<[number], { id: number; created_at: string }>(
    'SELECT id, created_at FROM note_revisions WHERE note_id = ? ORDER BY created_at DESC, id DESC LIMIT 1',
  );
  const insertRevision = db.prepare(
    `INSERT INTO note_revisions (note_id, title, lexical_json, word_count, created_at)
     SELECT id, title, lexical_json, word_count, ? FROM notes WHERE id = ?`,
  );
  const update = db.prepare(
    'UPDATE notes SET title = ?, lexical_json = ?, plain_text = ?, word_count = ?, updated_at = ? WHERE id = ?',
  );
  const insert = db.prepare(
    'INSERT INTO notes (title, lexical_json, plain_text, word_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const newestUpdate = db.prepare<[], { at: string | null }>('SELECT max(updated_at) AS at FROM notes');
  const deleteLinks = db.prepare<[number]>('DELETE FROM note_links WHERE from_note = ?');
  const insertLink = db.prepare(
    'INSERT INTO note_links (from_note, kind, target_id, context) VALUES (?, ?, ?, ?)',
  );
  const index = noteIndex(db);

  /**
   * The time to stamp a change with: now, or just after the newest stamp when a change lands in the
   * same millisecond (or the clock stepped back), so "most recently updated first" keeps the order
   * the changes were made in.
   */
  function changeTime(): Date {
    const now = new Date();
    const newest = newestUpdate.get()?.at;
    const after = newest ? Date.parse(newest) + 1 : 0;
    return now.getTime() >= after ? now : new Date(after);
  }

  /** Re-derives text, links and the index entry of a note from its JSON. */
  function derive(id: number, title: string, json: string, deleted: boolean) {
    const content = noteContent(parseNoteJson(json));
    deleteLinks.run(id);
    for (const link of content.links) insertLink.run(id, link.kind, link.target_id, link.context);
    if (deleted) index.remove(id);
    else index.add(id, title, content.text);
    return content;
  }

  return {
    summary: (id: number) => summary.get(id),
    get(id: number): Note | undefined {
      const note = full.get(id);
      return note ? { ...note, revision_id: latestRevision.get(id)?.id ?? null } : undefined;
    },
    create(title: string, json: string): number {
      // Checked before the INSERT, whose json_valid CHECK would otherwise answer first, unreadably.
      parseNoteJson(json);
      return db
        .transaction(() => {
          const now = changeTime().toISOString();
          const id = Number(insert.run(title, json, '', 0, now, now).lastInsertRowid);
          const content = derive(id, title, json, false);
          update.run(title, json, content.text, content.wordCount, now, id);
          return id;
        })
        .immediate();
    },
    /**
     * Stores a new state. The state it replaces is kept as a revision when the newest revision is
     * older than REVISION_INTERVAL_MS (or `keepRevision` forces it, e.g. before a restore).
     */
    save(id: number, title: string, json: string, options: { keepRevision?: boolean } = {}): void {
      db.transaction(() => {
        const now = changeTime();
        const latest = latestRevision.get(id);
        const due = !latest || now.getTime() - Date.parse(latest.created_at) >= REVISION_INTERVAL_MS;
        if (due || options.keepRevision) insertRevision.run(now.toISOString(), id);
        const content = derive(id, title, json, false);
        update.run(title, json, content.text, content.wordCount, now.toISOString(), id);
      }).immediate();
    },
    setDeleted(id: number, deletedAt: string | null): void {
      db.transaction(() => {
        db.prepare('UPDATE notes SET deleted_at = ? WHERE id = ?').run(deletedAt, id);
        const note = full.get(id)!;
        // A note in the trash is out of search and its links count for no backlinks.
        if (deletedAt) {
          index.remove(id);
          deleteLinks.run(id);
        } else derive(id, note.title, note.lexical_json, false);
      }).immediate();
    },
  };
}
