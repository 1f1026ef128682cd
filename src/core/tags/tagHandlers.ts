import type { TagHandlers } from '../../shared/api';
import { LecternError } from '../../shared/errors';
import type { Tag } from '../../shared/model';
import type { CodingContext } from '../coding/CodingContext';
import { isColor, pickTagColor } from './tagPalette';
import { tagTrash } from './tagTrash';

type TagRow = Omit<Tag, 'count' | 'total'>;

/** The codebook: a tree of tags with colours and memos; every change is one undoable step. */
export function tagHandlers(context: CodingContext): TagHandlers {
  const { db, journal } = context;
  const now = () => new Date().toISOString();
  const trash = tagTrash(db);
  const listTags = db.prepare<[], Tag>(`
    WITH RECURSIVE tree (ancestor, id) AS (
      SELECT id, id FROM tags
      UNION ALL SELECT tree.ancestor, t.id FROM tags t JOIN tree ON t.parent_id = tree.id
    )
    SELECT tags.id, tags.parent_id, tags.name, tags.color, tags.memo, tags.sort,
      (SELECT count(*) FROM passage_tags WHERE tag_id = tags.id) AS count,
      (SELECT count(DISTINCT pt.passage_id) FROM tree JOIN passage_tags pt ON pt.tag_id = tree.id
        WHERE tree.ancestor = tags.id) AS total
    FROM tags ORDER BY coalesce(parent_id, 0), sort, name COLLATE NOCASE`);
  const getTag = db.prepare<[number], TagRow>(
    'SELECT id, parent_id, name, color, memo, sort FROM tags WHERE id = ?',
  );
  const siblingNamed = db.prepare<[number, string], { id: number }>(
    'SELECT id FROM tags WHERE coalesce(parent_id, 0) = ? AND name = ? COLLATE NOCASE',
  );
  const descendants = db.prepare<[number], { id: number }>(`
    WITH RECURSIVE tree (id) AS (SELECT ? UNION ALL SELECT t.id FROM tags t JOIN tree ON t.parent_id = tree.id)
    SELECT id FROM tree`);
  const siblings = db.prepare<[number], { id: number }>(
    'SELECT id FROM tags WHERE coalesce(parent_id, 0) = ? ORDER BY sort, name COLLATE NOCASE',
  );
  const siblingColors = db.prepare<[number], { color: string }>(
    'SELECT color FROM tags WHERE coalesce(parent_id, 0) = ?',
  );
  const allColors = db.prepare<[], { color: string }>('SELECT color FROM tags');
  const documentsOfTags = (ids: number[]) =>
    (
      db
        .prepare(
          `SELECT DISTINCT p.document_id AS id FROM passage_tags pt JOIN passages p ON p.id = pt.passage_id
           WHERE pt.tag_id IN (${ids.map(() => '?').join(',')})`,
        )
        .all(...ids) as Array<{ id: number }>
    ).map((row) => row.id);

  const requireTag = (id: number): TagRow => {
    const tag = getTag.get(id);
    if (!tag)
      throw new LecternError('not-found', `Tag ${id} does not exist (it may have been deleted or merged).`);
    return tag;
  };
  const withCounts = (id: number): Tag => listTags.all().find((tag) => tag.id === id)!;
  const cleanName = (name: string) => {
    const trimmed = name.replace(/\s+/g, ' ').trim();
    if (!trimmed) throw new LecternError('invalid-argument', 'A tag needs a name.');
    if (trimmed.length > 200)
      throw new LecternError('invalid-argument', 'Tag names are limited to 200 characters.');
    return trimmed;
  };
  const checkUnique = (parentId: number | null, name: string, self?: number) => {
    const clash = siblingNamed.get(parentId ?? 0, name);
    if (clash && clash.id !== self) {
      const where = parentId ? `under "${requireTag(parentId).name}"` : 'at the top level';
      throw new LecternError(
        'invalid-argument',
        `A tag named "${name}" already exists ${where}. Choose another name, or merge the two.`,
      );
    }
  };
  const checkColor = (color: string) => {
    if (!isColor(color))
      throw new LecternError('invalid-argument', `"${color}" is not a colour; use #rrggbb.`);
  };
  /** Places `id` among its new siblings before `beforeId` (or last), renumbering them 1, 2, 3 … */
  const placeAmongSiblings = (id: number, parentId: number | null, beforeId: number | null) => {
    const order = siblings
      .all(parentId ?? 0)
      .map((row) => row.id)
      .filter((sibling) => sibling !== id);
    const at = beforeId === null ? -1 : order.indexOf(beforeId);
    order.splice(at < 0 ? order.length : at, 0, id);
    const setSort = db.prepare<[number, string, number]>(
      'UPDATE tags SET sort = ?, updated_at = ? WHERE id = ?',
    );
    order.forEach((tagId, index) => setSort.run(index + 1, now(), tagId));
  };

  return {
    'tags-list': async () => listTags.all(),

    'tags-create': async ({ name, parent_id = null, color, memo = '' }) => {
      const clean = cleanName(name);
      if (parent_id !== null) requireTag(parent_id);
      checkUnique(parent_id, clean);
      // Unless the caller chose (the reader knows what the open document shows): unlike its siblings.
      const tagColor =
        color ??
        pickTagColor(
          siblingColors.all(parent_id ?? 0).map((row) => row.color),
          allColors.all().map((row) => row.color),
        );
      checkColor(tagColor);
      const id = journal.record(`create tag “${clean}”`, () => {
        const stamp = now();
        const sort = siblings.all(parent_id ?? 0).length + 1;
        return Number(
          db
            .prepare(
              'INSERT INTO tags (parent_id, name, color, memo, sort, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
            )
            .run(parent_id, clean, tagColor, memo, sort, stamp, stamp).lastInsertRowid,
        );
      });
      context.codingChanged([]);
      return withCounts(id);
    },

    'tags-update': async ({ id, name, color, memo }) => {
      const tag = requireTag(id);
      const newName = name === undefined ? tag.name : cleanName(name);
      if (name !== undefined) checkUnique(tag.parent_id, newName, id);
      if (color !== undefined) checkColor(color);
      const label =
        name !== undefined && newName !== tag.name
          ? `rename “${tag.name}” to “${newName}”`
          : `edit tag “${tag.name}”`;
      journal.record(label, () =>
        db
          .prepare('UPDATE tags SET name = ?, color = ?, memo = ?, updated_at = ? WHERE id = ?')
          .run(newName, color ?? tag.color, memo ?? tag.memo, now(), id),
      );
      context.codingChanged(documentsOfTags([id]));
      return withCounts(id);
    },

    'tags-move': async ({ id, parent_id, before_id = null }) => {
      const tag = requireTag(id);
      if (parent_id !== null) {
        requireTag(parent_id);
        if (descendants.all(id).some((row) => row.id === parent_id)) {
          throw new LecternError(
            'invalid-argument',
            `"${tag.name}" cannot go inside itself or one of its own sub-tags.`,
          );
        }
      }
      if (before_id !== null && requireTag(before_id).parent_id !== parent_id) {
        throw new LecternError('invalid-argument', 'The tag to place it before has another parent.');
      }
      checkUnique(parent_id, tag.name, id);
      journal.record(`move tag “${tag.name}”`, () => {
        db.prepare('UPDATE tags SET parent_id = ?, updated_at = ? WHERE id = ?').run(parent_id, now(), id);
        placeAmongSiblings(id, parent_id, before_id);
      });
      context.codingChanged([]);
      return listTags.all();
    },

    'tags-merge': async ({ id, into_id }) => {
      const from = requireTag(id);
      const into = requireTag(into_id);
      if (descendants.all(id).some((row) => row.id === into_id)) {
        throw new LecternError(
          'invalid-argument',
          `"${from.name}" cannot be merged into itself or one of its sub-tags.`,
        );
      }
      const affected = documentsOfTags(descendants.all(id).map((row) => row.id));
      journal.record(`merge “${from.name}” into “${into.name}”`, () => mergeInto(id, into_id));
      context.codingChanged(affected);
      return listTags.all();
    },

    'tags-delete': async ({ id }) => {
      const tag = requireTag(id);
      const ids = descendants.all(id).map((row) => row.id);
      const affected = documentsOfTags(ids);
      const codings = (
        db
          .prepare(`SELECT count(*) AS n FROM passage_tags WHERE tag_id IN (${ids.map(() => '?').join(',')})`)
          .get(...ids) as { n: number }
      ).n;
      journal.record(`delete tag “${tag.name}”`, () => {
        // Into the trash first, in the same step: undo takes it out again; after a restart the
        // trash is how the tag comes back.
        trash.keep(ids);
        db.prepare('DELETE FROM tags WHERE id = ?').run(id);
      });
      context.codingChanged(affected);
      return { tags: ids.length, codings };
    },

    'tags-trash-list': async () => trash.list(),

    'tags-trash-restore': async ({ id }) => {
      const name = trash.list().find((entry) => entry.id === id)?.name ?? String(id);
      const tagId = journal.record(`restore tag “${name}”`, () => trash.restore(id));
      context.codingChanged(documentsOfTags(descendants.all(tagId).map((row) => row.id)));
      return listTags.all();
    },
  };

  /** Moves codings and sub-tags of `id` to `intoId`; sub-tags with a twin there merge too. */
  function mergeInto(id: number, intoId: number): void {
    db.prepare(
      'INSERT OR IGNORE INTO passage_tags (passage_id, tag_id) SELECT passage_id, ? FROM passage_tags WHERE tag_id = ?',
    ).run(intoId, id);
    for (const child of db
      .prepare<[number], { id: number; name: string }>('SELECT id, name FROM tags WHERE parent_id = ?')
      .all(id)) {
      const twin = siblingNamed.get(intoId, child.name);
      if (twin) mergeInto(child.id, twin.id);
      else {
        db.prepare('UPDATE tags SET parent_id = ?, updated_at = ? WHERE id = ?').run(intoId, now(), child.id);
        placeAmongSiblings(child.id, intoId, null);
      }
    }
    db.prepare('DELETE FROM tags WHERE id = ?').run(id);
  }
}
