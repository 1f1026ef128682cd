import { LecternError } from '../../shared/errors';
import type { TrashedTag } from '../../shared/model';
import type { Db } from '../db/open';

interface TagSnapshotRow {
  id: number;
  parent_id: number | null;
  name: string;
  color: string;
  memo: string;
  sort: number;
  created_at: string;
  updated_at: string;
}
interface Snapshot {
  tags: TagSnapshotRow[];
  codings: Array<{ passage_id: number; tag_id: number }>;
}

/**
 * The codebook's trash: a deleted tag (with its sub-tags and codings) is kept as a JSON snapshot,
 * so it can be restored after the app restarts, when the session's undo history is gone.
 */
export function tagTrash(db: Db) {
  const insert = db.prepare(
    'INSERT INTO tag_trash (tag_id, name, tags, codings, snapshot, deleted_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const list = db.prepare<[], TrashedTag>(
    'SELECT id, tag_id, name, tags, codings, deleted_at FROM tag_trash ORDER BY deleted_at DESC, id DESC',
  );
  const get = db.prepare<[number], { name: string; snapshot: string }>(
    'SELECT name, snapshot FROM tag_trash WHERE id = ?',
  );
  return {
    list: () => list.all(),

    /** Stores the subtree `ids` (top tag first) before it is deleted; call inside the delete's transaction. */
    keep(ids: number[]): void {
      const marks = ids.map(() => '?').join(',');
      const tags = db.prepare(`SELECT * FROM tags WHERE id IN (${marks})`).all(...ids) as TagSnapshotRow[];
      const codings = db
        .prepare(`SELECT passage_id, tag_id FROM passage_tags WHERE tag_id IN (${marks})`)
        .all(...ids) as Snapshot['codings'];
      const top = tags.find((tag) => tag.id === ids[0])!;
      const snapshot: Snapshot = { tags, codings };
      insert.run(
        top.id,
        top.name,
        tags.length,
        codings.length,
        JSON.stringify(snapshot),
        new Date().toISOString(),
      );
    },

    /**
     * Puts a trashed tag back: under its old parent if that still exists (else at the top level),
     * renamed "… (restored)" if a sibling took its name, with the codings of passages that still
     * exist. Ids are kept where free, so links to the tag in notes resolve again. Returns its id.
     */
    restore(trashId: number): number {
      const row = get.get(trashId);
      if (!row)
        throw new LecternError('not-found', `Trash entry ${trashId} does not exist (already restored?).`);
      const snapshot = JSON.parse(row.snapshot) as Snapshot;
      const newId = new Map<number, number>();
      const exists = db.prepare<[number], { id: number }>('SELECT id FROM tags WHERE id = ?');
      const clash = db.prepare<[number, string], { id: number }>(
        'SELECT id FROM tags WHERE coalesce(parent_id, 0) = ? AND name = ? COLLATE NOCASE',
      );
      let pending = snapshot.tags;
      // Parents before children: repeat over the rows whose parent is placed (or outside the set).
      while (pending.length > 0) {
        const inSet = new Set(pending.map((tag) => tag.id));
        const ready = pending.filter((tag) => tag.parent_id === null || !inSet.has(tag.parent_id));
        if (ready.length === 0) break;
        for (const tag of ready) {
          const parent =
            tag.parent_id === null
              ? null
              : (newId.get(tag.parent_id) ?? (exists.get(tag.parent_id) ? tag.parent_id : null));
          let name = tag.name;
          while (clash.get(parent ?? 0, name)) name = `${name} (restored)`;
          const id = exists.get(tag.id) ? null : tag.id;
          const result = db
            .prepare(
              'INSERT INTO tags (id, parent_id, name, color, memo, sort, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
            )
            .run(id, parent, name, tag.color, tag.memo, tag.sort, tag.created_at, new Date().toISOString());
          newId.set(tag.id, Number(result.lastInsertRowid));
        }
        pending = pending.filter((tag) => !ready.includes(tag));
      }
      const code = db.prepare(
        'INSERT OR IGNORE INTO passage_tags (passage_id, tag_id) SELECT ?, ? WHERE EXISTS (SELECT 1 FROM passages WHERE id = ?)',
      );
      for (const coding of snapshot.codings) {
        const tagId = newId.get(coding.tag_id);
        if (tagId !== undefined) code.run(coding.passage_id, tagId, coding.passage_id);
      }
      db.prepare('DELETE FROM tag_trash WHERE id = ?').run(trashId);
      return newId.get(snapshot.tags[0]!.id)!;
    },
  };
}
