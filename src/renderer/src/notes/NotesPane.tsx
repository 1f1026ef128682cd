import { useRef, useState } from 'react';
import './notes.css';
import type { NoteSummary } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { useErrors } from '../app/ErrorProvider';
import { formatTimestamp } from '../app/formatDate';
import { useNotices } from '../app/NoticeProvider';
import { VirtualRows } from '../app/VirtualRows';
import { ExportDialog } from './ExportDialog';
import { markNewNote } from './newNotes';
import { NoteLayoutContext, useNoteLayoutContext, type NoteLayout } from './useNoteLayout';
import { useNotesList, type NoteSort } from './useNotesList';

/** A note row: title, two lines of excerpt, the date line. */
const ROW_ESTIMATE = 84;

/** The Notes tab: search, sort, create, import and export notes; the trash below. */
export function NotesPane({ layout }: { layout: NoteLayout }) {
  return (
    <NoteLayoutContext.Provider value={layout}>
      <NotesList />
    </NoteLayoutContext.Provider>
  );
}

function NotesList() {
  const api = useApi();
  const { report } = useErrors();
  const { notify } = useNotices();
  const layout = useNoteLayoutContext();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<NoteSort>('updated');
  const [trash, setTrash] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [emptying, setEmptying] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const { pages, trashCount } = useNotesList(query, sort, trash);
  const count = pages.total ?? 0;
  const loaded = pages.total !== null && pages.settled;
  const opened = new Set([layout.centreNote, layout.sideNote]);

  const create = () => {
    api
      .call('notes-create', {})
      .then((note) => {
        setQuery('');
        markNewNote(note.id);
        layout.openNote(note.id, 'centre');
      })
      .catch((error: unknown) => report(error, 'Could not create a note'));
  };

  const importFiles = async (files: FileList | null) => {
    for (const picked of Array.from(files ?? [])) {
      try {
        const note = await api.call('notes-import-markdown', {
          name: picked.name,
          markdown: await picked.text(),
        });
        layout.openNote(note.id, 'centre');
        notify(`Imported “${note.title}”`);
      } catch (error) {
        report(error, `Could not import ${picked.name}`);
      }
    }
    if (file.current) file.current.value = '';
  };

  const moveToTrash = (note: NoteSummary) => {
    if (layout.centreNote === note.id) layout.closeNote('centre');
    if (layout.sideNote === note.id) layout.closeNote('side');
    api
      .call('notes-delete', { id: note.id })
      .then(() =>
        notify(`Moved “${note.title}” to the trash`, {
          label: 'Undo',
          run: () => void api.call('notes-restore', { id: note.id }),
        }),
      )
      .catch((error: unknown) => report(error, 'Could not move the note to the trash'));
  };

  const restore = (note: NoteSummary) => {
    api
      .call('notes-restore', { id: note.id })
      .then(() =>
        notify(`Restored “${note.title}”`, { label: 'Open', run: () => layout.openNote(note.id, 'centre') }),
      )
      .catch((error: unknown) => report(error, 'Could not restore the note'));
  };

  const purge = async (list: NoteSummary[]) => {
    try {
      for (const note of list) await api.call('notes-purge', { id: note.id });
      notify(`Deleted “${list[0]!.title}” for good`);
    } catch (error) {
      report(error, 'Could not delete the note');
    }
  };

  /** Empties the trash a page at a time: it is never listed whole. */
  const emptyTrash = async () => {
    let deleted = 0;
    try {
      for (;;) {
        const page = await api.call('notes-page', { trash: true, limit: 500, count: false });
        if (page.rows.length === 0) break;
        for (const note of page.rows) await api.call('notes-purge', { id: note.id });
        deleted += page.rows.length;
      }
      notify(deleted === 1 ? 'Deleted 1 note for good' : `Deleted ${deleted} notes for good`);
    } catch (error) {
      report(error, 'Could not empty the trash');
    }
  };

  return (
    <section className="notes-pane" aria-label="Notes">
      <header className="pane-header notes-header">
        <h2>{trash ? 'Trash' : 'Notes'}</h2>
        {loaded && count > 0 ? (
          <span className="pane-count" aria-live="polite">
            {count.toLocaleString('en')} {count === 1 ? 'note' : 'notes'}
          </span>
        ) : null}
        {trash ? (
          <button
            type="button"
            className="button small danger"
            disabled={count === 0}
            onClick={() => setEmptying(true)}
          >
            Empty trash…
          </button>
        ) : (
          <div className="notes-actions">
            <button
              type="button"
              className="button small"
              onClick={() => file.current?.click()}
              title="Import Markdown files as notes"
            >
              Import Markdown…
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => setExporting(true)}
              disabled={count === 0 && !query}
            >
              Export all…
            </button>
            <button type="button" className="button small primary" onClick={create}>
              New note
            </button>
          </div>
        )}
        <input
          ref={file}
          type="file"
          accept=".md,.markdown,.txt,text/markdown,text/plain"
          multiple
          hidden
          aria-label="Markdown files to import"
          onChange={(event) => void importFiles(event.target.files)}
        />
      </header>
      <div className="notes-filter">
        <input
          className="notes-search"
          type="search"
          placeholder={trash ? 'Search the trash' : 'Search notes'}
          aria-label={trash ? 'Search the trash' : 'Search notes'}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <div className="segmented" role="group" aria-label="Sort notes">
          <button type="button" aria-pressed={sort === 'updated'} onClick={() => setSort('updated')}>
            Recent
          </button>
          <button type="button" aria-pressed={sort === 'title'} onClick={() => setSort('title')}>
            A–Z
          </button>
        </div>
      </div>
      <VirtualRows
        pages={pages}
        label={trash ? 'Notes in the trash' : 'Notes'}
        listClassName="notes-list"
        estimate={ROW_ESTIMATE}
        rowKey={(note) => note.id}
        rowProps={(note) => ({
          className: `note-row${opened.has(note.id) ? ' opened' : ''}`,
          'data-testid': 'note-row',
        })}
        renderRow={(note) => (
          <>
            <button
              type="button"
              className="note-row-main"
              disabled={trash}
              onClick={() => layout.openNote(note.id, 'centre')}
            >
              <span className="note-row-title">{note.title}</span>
              <span className="note-row-excerpt">{note.excerpt || 'Empty'}</span>
              <span className="note-row-meta">
                {trash && note.deleted_at
                  ? `Trashed ${formatTimestamp(note.deleted_at)}`
                  : formatTimestamp(note.updated_at)}
                {' · '}
                {note.word_count.toLocaleString('en')} words
              </span>
            </button>
            {trash ? (
              <div className="note-row-actions">
                <button type="button" className="button small" onClick={() => restore(note)}>
                  Restore
                </button>
                <button type="button" className="button small danger" onClick={() => void purge([note])}>
                  Delete for good
                </button>
              </div>
            ) : (
              <button
                type="button"
                className="icon-button small note-row-trash"
                aria-label={`Move “${note.title}” to the trash`}
                title="Move to trash"
                onClick={() => moveToTrash(note)}
              >
                ×
              </button>
            )}
          </>
        )}
        footer={
          loaded && count === 0 ? (
            <li className="empty-state notes-empty">
              {trash ? (
                <p>The trash is empty.</p>
              ) : query ? (
                <p>No note matches “{query}”.</p>
              ) : (
                <>
                  <p className="empty-title">Write down what you find</p>
                  <p>
                    Notes keep your analysis beside the sources: drag coded passages in as live quotes, link
                    notes with [[ ]].
                  </p>
                  <button type="button" className="button primary" onClick={create}>
                    New note
                  </button>
                </>
              )}
            </li>
          ) : null
        }
      />
      <footer className="notes-foot">
        <button type="button" className="link-button" onClick={() => setTrash(!trash)}>
          {trash ? '← Back to notes' : `Trash${trashCount ? ` (${trashCount})` : ''}`}
        </button>
      </footer>
      {exporting ? <ExportDialog onClose={() => setExporting(false)} /> : null}
      {emptying ? (
        <ConfirmDialog
          title="Empty the trash?"
          confirmLabel={`Delete ${count === 1 ? '1 note' : `${count.toLocaleString('en')} notes`} for good`}
          danger
          onConfirm={() => {
            setEmptying(false);
            void emptyTrash();
          }}
          onCancel={() => setEmptying(false)}
        >
          <p>The notes in the trash and their history are deleted for good. This cannot be undone.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
