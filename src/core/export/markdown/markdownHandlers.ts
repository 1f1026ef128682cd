import type { NoteHandlers } from '../../../shared/api';
import { LecternError } from '../../../shared/errors';
import type { DocumentDetail } from '../../../shared/model';
import type { Context, Workbench } from '../../workbench';
import { markdownToNote } from '../../notes/markdownToNote';
import { exportNotesToMarkdown } from './exportNotesToMarkdown';
import { renderNotes } from './renderNotes';

type MarkdownHandlers = Pick<
  NoteHandlers,
  'notes-markdown' | 'notes-export-markdown' | 'notes-import-markdown'
>;

/** Markdown out (one note as text, or notes to a folder) and in (a file as a new note). */
export function markdownHandlers(context: Context, call: Workbench['call']): MarkdownHandlers {
  const { db } = context;
  const noteByTitle = db.prepare<[string], { id: number }>(
    'SELECT id FROM notes WHERE title = ? COLLATE NOCASE AND deleted_at IS NULL ORDER BY id LIMIT 1',
  );
  const tagByName = db.prepare<[string], { id: number }>(
    'SELECT id FROM tags WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1',
  );

  return {
    'notes-markdown': async ({ id, links = 'wiki' }) => {
      const [note] = renderNotes(db, [id], { links }).notes;
      if (!note) throw new LecternError('not-found', `Note ${id} does not exist.`);
      return { file_name: note.fileName, markdown: note.markdown };
    },

    'notes-export-markdown': async ({ out_dir, note_ids, links, with_sources = false }) => {
      const rendered = renderNotes(db, note_ids ?? null, { links, with_sources });
      const documents = new Map<number, DocumentDetail>();
      for (const documentId of rendered.sources.keys())
        documents.set(documentId, await call('documents-get', { id: documentId }));
      return exportNotesToMarkdown(out_dir, rendered, documents);
    },

    'notes-import-markdown': async ({ name, markdown }) => {
      if (markdown.trim() === '')
        throw new LecternError('invalid-argument', `${name} is empty: there is nothing to import.`);
      const { title, json } = markdownToNote(markdown, name, {
        noteId: (title) => noteByTitle.get(title)?.id ?? null,
        tagId: (tag) => tagByName.get(tag)?.id ?? null,
      });
      return call('notes-create', { title, lexical_json: json });
    },
  };
}
