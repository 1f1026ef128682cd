import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import './notes.css';
import type { Note } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { useErrors } from '../app/ErrorProvider';
import { useNotices } from '../app/NoticeProvider';
import { NoteEditor } from '../editor/NoteEditor';
import { ExportDialog } from './ExportDialog';
import { NoteBacklinks } from './NoteBacklinks';
import { takeNewNote } from './newNotes';
import { NoteSaver, settledSaves, type SaveState } from './NoteSaver';
import { RevisionsPanel } from './RevisionsPanel';
import { NoteLayoutContext, useNoteLayoutContext, type NoteLayout, type NotePlace } from './useNoteLayout';

/** A note open in the centre or beside the reader: loads it, then hands it to the editor. */
export function NotePane({
  noteId,
  place,
  layout,
}: {
  noteId: number;
  place: NotePlace;
  layout: NoteLayout;
}) {
  return (
    <NoteLayoutContext.Provider value={layout}>
      <NoteLoader noteId={noteId} place={place} />
    </NoteLayoutContext.Provider>
  );
}

function NoteLoader({ noteId, place }: { noteId: number; place: NotePlace }) {
  const api = useApi();
  const { report } = useErrors();
  const layout = useNoteLayoutContext();
  const [note, setNote] = useState<Note | null>(null);

  useEffect(() => {
    let current = true;
    setNote(null);
    settledSaves(noteId)
      .then(() => api.call('notes-get', { id: noteId }))
      .then((loaded) => {
        if (current) setNote(loaded);
      })
      .catch((error: unknown) => {
        report(error, 'Could not open the note');
        if (current) layout.closeNote(place);
      });
    return () => {
      current = false;
    };
    // The layout changes with every note opened; loading depends on the note alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, report, noteId]);

  return (
    <section
      className={`note-pane ${place}`}
      aria-label={place === 'side' ? 'Note beside the reader' : 'Note'}
    >
      {note && note.id === noteId ? (
        <NoteView key={note.id} note={note} place={place} />
      ) : (
        <p className="note-loading muted">Opening…</p>
      )}
    </section>
  );
}

function NoteView({ note, place }: { note: Note; place: NotePlace }) {
  const api = useApi();
  const { report } = useErrors();
  const { notify } = useNotices();
  const layout = useNoteLayoutContext();
  const [title, setTitle] = useState(note.title);
  const [content, setContent] = useState({ json: note.lexical_json, key: 0 });
  const [panel, setPanel] = useState<'revisions' | null>(null);
  const [exporting, setExporting] = useState(false);
  const [restoring, setRestoring] = useState<number | null>(null);
  const [saver] = useState(() => new NoteSaver(api, note.id, note.title, note.word_count));
  const navigation = useMemo(() => layout.navigation(place), [layout, place]);

  useEffect(() => () => void saver.flush(), [saver]);

  // A note just made: its title is selected, ready to be typed over.
  const titleInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (takeNewNote(note.id)) {
      titleInput.current?.focus();
      titleInput.current?.select();
    }
  }, [note.id]);

  const trash = useCallback(() => {
    void saver
      .flush()
      .then(() => api.call('notes-delete', { id: note.id }))
      .then(() => {
        layout.closeNote(place);
        notify(`Moved “${title}” to the trash`, {
          label: 'Undo',
          run: () =>
            void api.call('notes-restore', { id: note.id }).then(() => layout.openNote(note.id, place)),
        });
      })
      .catch((error: unknown) => report(error, 'Could not move the note to the trash'));
  }, [api, layout, note.id, notify, place, report, saver, title]);

  const restore = useCallback(
    (revisionId: number) => {
      setRestoring(null);
      void saver
        .flush()
        .then(() => api.call('notes-revision-restore', { revision_id: revisionId }))
        .then((restored) => {
          saver.reset(restored.title, restored.word_count);
          setTitle(restored.title);
          setContent((current) => ({ json: restored.lexical_json, key: current.key + 1 }));
          notify('Restored an earlier version; the text it replaced is kept in the history');
        })
        .catch((error: unknown) => report(error, 'Could not restore that version'));
    },
    [api, notify, report, saver],
  );

  const header = useMemo(
    () => (
      <input
        ref={titleInput}
        className="note-title"
        aria-label="Note title"
        value={title}
        placeholder="Untitled"
        onChange={(event) => {
          setTitle(event.target.value);
          saver.setTitle(event.target.value);
        }}
        onBlur={() => void saver.flush()}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === 'ArrowDown') {
            event.preventDefault();
            (
              event.currentTarget
                .closest('.note-page')
                ?.querySelector('[contenteditable]') as HTMLElement | null
            )?.focus();
          }
        }}
      />
    ),
    [saver, title],
  );
  const footer = useMemo(
    () => <NoteBacklinks noteId={note.id} onOpen={(id) => layout.openNote(id, place)} />,
    [layout, note.id, place],
  );

  return (
    <>
      <div className="note-bar">
        <SaveStatus saver={saver} />
        <span className="note-bar-spacer" />
        <button
          type="button"
          className={`button small toggle${panel === 'revisions' ? ' on' : ''}`}
          aria-pressed={panel === 'revisions'}
          onClick={() => {
            void saver.flush();
            setPanel(panel === 'revisions' ? null : 'revisions');
          }}
        >
          History
        </button>
        <button
          type="button"
          className="button small"
          onClick={() => void saver.flush().then(() => setExporting(true))}
        >
          Export as Markdown…
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={place === 'centre' ? 'Open beside the reader' : 'Open in the centre'}
          title={place === 'centre' ? 'Open beside the reader' : 'Open in the centre'}
          onClick={() => layout.openNote(note.id, place === 'centre' ? 'side' : 'centre')}
        >
          <PlaceGlyph place={place === 'centre' ? 'side' : 'centre'} />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Move to trash"
          title="Move to trash"
          onClick={trash}
        >
          <TrashGlyph />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Close note"
          title="Close note"
          onClick={() => layout.closeNote(place)}
        >
          ×
        </button>
      </div>
      <div className="note-body">
        <NoteEditor
          key={content.key}
          noteId={note.id}
          initialJson={content.json}
          saver={saver}
          navigation={navigation}
          header={header}
          footer={footer}
        />
        {panel === 'revisions' ? (
          <RevisionsPanel noteId={note.id} onRestore={setRestoring} onClose={() => setPanel(null)} />
        ) : null}
      </div>
      {exporting ? (
        <ExportDialog noteIds={[note.id]} title={title} onClose={() => setExporting(false)} />
      ) : null}
      {restoring !== null ? (
        <ConfirmDialog
          title="Restore this version?"
          confirmLabel="Restore"
          onConfirm={() => restore(restoring)}
          onCancel={() => setRestoring(null)}
        >
          <p>
            The note goes back to this version. What it says now is kept in its history, so this can be
            undone.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

/** "Saved" / "Saving…" and the word count, quietly; a failed save says so plainly. */
function SaveStatus({ saver }: { saver: NoteSaver }) {
  const state: SaveState = useSyncExternalStore(saver.subscribe, saver.getState);
  const words = saver.words;
  const onRetry = () => void saver.flush();
  const count = `${words.toLocaleString('en')} ${words === 1 ? 'word' : 'words'}`;
  if (state.kind === 'failed') {
    return (
      <span className="save-status failed" role="alert" data-testid="save-status">
        Not saved: {state.message}. Your text is kept here; retrying…
        <button type="button" className="link-button" onClick={onRetry}>
          Retry now
        </button>
      </span>
    );
  }
  const label = state.kind === 'saved' ? 'Saved' : 'Saving…';
  return (
    <span className={`save-status ${state.kind}`} data-testid="save-status" aria-live="polite">
      <span className="save-dot" aria-hidden="true" />
      {label}
      <span className="save-words"> · {count}</span>
    </span>
  );
}

// Each place as the window drawn with that pane shaded: the button shows where the note would go.
const PLACE_PANES: Record<NotePlace, { dividers: string; pane: string }> = {
  side: { dividers: 'M9.5 2.5v11', pane: 'M10 3h4v10h-4z' },
  centre: { dividers: 'M5.5 2.5v11M10.5 2.5v11', pane: 'M6 3h4v10H6z' },
};

function PlaceGlyph({ place }: { place: NotePlace }) {
  const { dividers, pane } = PLACE_PANES[place];
  return (
    <svg viewBox="0 0 16 16" width="15" height="15" aria-hidden="true">
      <rect
        x="1.5"
        y="2.5"
        width="13"
        height="11"
        rx="1.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.2"
      />
      <path d={dividers} stroke="currentColor" strokeWidth="1.2" />
      <path d={pane} fill="currentColor" opacity="0.35" />
    </svg>
  );
}

function TrashGlyph() {
  return (
    <svg viewBox="0 0 16 16" width="15" height="15" aria-hidden="true">
      <path
        d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 8.5h5.6l.7-8.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.2"
        strokeLinejoin="round"
      />
    </svg>
  );
}
