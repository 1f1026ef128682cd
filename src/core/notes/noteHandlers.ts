import type { NoteHandlers } from '../../shared/api';
import { EMPTY_NOTE_JSON } from '../../shared/editorNodes';
import { LecternError } from '../../shared/errors';
import type { Backlink, LinkTarget, NoteRevision, NoteSummary, PassageCitation } from '../../shared/model';
import { parseQuery } from '../search/parseQuery';
import type { Context } from '../workbench';
import { noteContent } from './noteContent';
import { parseNoteJson } from './noteJson';
import { notePager } from './notePager';
import { noteStore, SUMMARY_COLUMNS } from './noteStore';

const MAX_TITLE = 300;

/** Notes: create, autosave, rename, trash, revisions, links and backlinks. */
export function noteHandlers(
  context: Context,
): Omit<NoteHandlers, 'notes-markdown' | 'notes-export-markdown' | 'notes-import-markdown'> {
  const { db } = context;
  const store = noteStore(db);
  const page = notePager(db);
  const changed = (ids: number[]) => context.emit('on-notes-changed', { ids });

  const requireNote = (id: number) => {
    const note = store.get(id);
    if (!note)
      throw new LecternError('not-found', `Note ${id} does not exist (it may have been deleted for good).`);
    return note;
  };
  const cleanTitle = (title: string) => {
    const clean = title.replace(/\s+/g, ' ').trim();
    if (clean.length > MAX_TITLE)
      throw new LecternError('invalid-argument', `Note titles are limited to ${MAX_TITLE} characters.`);
    return clean || 'Untitled';
  };
  /** "Untitled", "Untitled 2" … so new notes are told apart in lists and links. */
  const freeTitle = (title: string) => {
    const taken = db.prepare<[string], { n: number }>(
      'SELECT count(*) AS n FROM notes WHERE title = ? COLLATE NOCASE AND deleted_at IS NULL',
    );
    if (taken.get(title)!.n === 0) return title;
    for (let n = 2; ; n++) if (taken.get(`${title} ${n}`)!.n === 0) return `${title} ${n}`;
  };

  return {
    'notes-list': async ({ query, sort = 'updated', trash = false }) => {
      const order = sort === 'title' ? 'title COLLATE NOCASE, id' : 'updated_at DESC, id DESC';
      const where = trash ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL';
      if (!query?.trim()) {
        return db
          .prepare<[], NoteSummary>(`SELECT ${SUMMARY_COLUMNS} FROM notes WHERE ${where} ORDER BY ${order}`)
          .all();
      }
      // Search as you type: the last word matches as a prefix.
      const parsed = parseQuery(/[\s"*]$/.test(query) ? query : query + '*');
      return db
        .prepare<[string], NoteSummary>(
          `SELECT ${SUMMARY_COLUMNS} FROM notes WHERE ${where} AND id IN (SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?)
           ORDER BY ${order}`,
        )
        .all(parsed.match);
    },

    'notes-page': async (args) => page(args),

    'notes-get': async ({ id }) => requireNote(id),

    'notes-create': async ({ title, lexical_json = EMPTY_NOTE_JSON }) => {
      const id = store.create(freeTitle(cleanTitle(title ?? 'Untitled')), lexical_json);
      changed([id]);
      return requireNote(id);
    },

    'notes-save': async ({ id, lexical_json, title }) => {
      const note = requireNote(id);
      store.save(id, title === undefined ? note.title : cleanTitle(title), lexical_json);
      changed([id]);
      return store.summary(id)!;
    },

    'notes-rename': async ({ id, title }) => {
      const note = requireNote(id);
      store.save(id, cleanTitle(title), note.lexical_json);
      changed([id]);
      return store.summary(id)!;
    },

    'notes-delete': async ({ id }) => {
      requireNote(id);
      store.setDeleted(id, new Date().toISOString());
      changed([id]);
      return store.summary(id)!;
    },

    'notes-restore': async ({ id }) => {
      requireNote(id);
      store.setDeleted(id, null);
      changed([id]);
      return store.summary(id)!;
    },

    'notes-purge': async ({ id }) => {
      const note = requireNote(id);
      if (!note.deleted_at) {
        throw new LecternError(
          'invalid-argument',
          `"${note.title}" is not in the trash; move it there first.`,
        );
      }
      db.prepare('DELETE FROM notes WHERE id = ?').run(id);
      changed([id]);
      return { deleted: 1 };
    },

    'notes-revisions': async ({ id }) => {
      requireNote(id);
      const revisions = db
        .prepare<[number], Omit<NoteRevision, 'excerpt'> & { lexical_json: string }>(
          `SELECT id, note_id, title, created_at, word_count, lexical_json FROM note_revisions
           WHERE note_id = ? ORDER BY created_at DESC, id DESC`,
        )
        .all(id);
      return revisions.map(({ lexical_json, ...revision }) => ({
        ...revision,
        excerpt: noteContent(parseNoteJson(lexical_json)).text.slice(0, 200),
      }));
    },

    'notes-revision-restore': async ({ revision_id }) => {
      const revision = db
        .prepare<[number], { note_id: number; title: string; lexical_json: string }>(
          'SELECT note_id, title, lexical_json FROM note_revisions WHERE id = ?',
        )
        .get(revision_id);
      if (!revision) throw new LecternError('not-found', `Revision ${revision_id} does not exist.`);
      // The state being replaced becomes a revision too, so a restore can itself be undone.
      store.save(revision.note_id, revision.title, revision.lexical_json, { keepRevision: true });
      changed([revision.note_id]);
      return requireNote(revision.note_id);
    },

    'notes-backlinks': async ({ note_id, document_id, passage_id, tag_id }) => {
      const targets: Array<[Backlink['kind'], number | undefined]> = [
        ['note', note_id],
        ['document', document_id],
        ['passage', passage_id],
        ['tag', tag_id],
      ];
      const [kind, target] = targets.find(([, id]) => id !== undefined) ?? [];
      if (!kind || target === undefined)
        throw new LecternError('invalid-argument', 'Name a note, document, passage or tag.');
      return db
        .prepare<[string, number], Backlink>(
          `SELECT l.from_note AS note_id, n.title AS note_title, l.context, l.kind FROM note_links l
           JOIN notes n ON n.id = l.from_note WHERE l.kind = ? AND l.target_id = ? AND n.deleted_at IS NULL
           GROUP BY l.from_note, l.context ORDER BY n.updated_at DESC`,
        )
        .all(kind, target);
    },

    'notes-link-targets': async ({ query, limit = 20 }) => {
      const literal = query.trim().replace(/[\\%_]/g, (c) => '\\' + c);
      // Titles that start with what was typed come first, notes before documents, newest first.
      const rows = db
        .prepare<[{ prefix: string; pattern: string; limit: number }], LinkTarget>(
          `SELECT kind, id, title, hint FROM (
             SELECT 'note' AS kind, id, title, NULL AS hint, (title LIKE @prefix ESCAPE '\\') AS rank, updated_at AS recency
               FROM notes WHERE deleted_at IS NULL AND title LIKE @pattern ESCAPE '\\'
             UNION ALL
             SELECT 'document', id, title, coalesce(published_at, source), (title LIKE @prefix ESCAPE '\\'), imported_at
               FROM documents WHERE title LIKE @pattern ESCAPE '\\')
           ORDER BY rank DESC, kind DESC, recency DESC LIMIT @limit`,
        )
        .all({ prefix: literal + '%', pattern: '%' + literal + '%', limit });
      return rows;
    },

    'notes-resolve-link': async ({ title }) => {
      const clean = cleanTitle(title);
      const existing = db
        .prepare<[string], { id: number }>(
          'SELECT id FROM notes WHERE title = ? COLLATE NOCASE AND deleted_at IS NULL ORDER BY id LIMIT 1',
        )
        .get(clean);
      if (existing) return store.summary(existing.id)!;
      const id = store.create(clean, EMPTY_NOTE_JSON);
      changed([id]);
      return store.summary(id)!;
    },

    'passages-citations': async ({ ids }) => {
      const rows = db
        .prepare(
          `SELECT p.id AS passage_id, p.status, p.exact, p.speaker, d.id AS document_id, d.title AS document_title,
             d.source, d.published_at
           FROM passages p JOIN documents d ON d.id = p.document_id WHERE p.id IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify(ids)) as PassageCitation[];
      const found = new Map(rows.map((row) => [row.passage_id, row]));
      return ids.map(
        (id) =>
          found.get(id) ?? {
            passage_id: id,
            status: 'deleted',
            exact: '',
            speaker: null,
            document_id: null,
            document_title: null,
            source: null,
            published_at: null,
          },
      );
    },
  };
}
