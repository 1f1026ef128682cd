import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Note } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { useErrors } from '../app/ErrorProvider';
import { useNotices } from '../app/NoticeProvider';
import { NoteEditor } from '../editor/NoteEditor';
import { ExportDialog } from './ExportDialog';
import { NoteBacklinks } from './NoteBacklinks';
import { NoteBar } from './NoteBar';
import { takeNewNote } from './newNotes';
import { NoteSaver } from './NoteSaver';
import { RevisionsPanel } from './RevisionsPanel';
import { useNoteLayoutContext, type NotePlace } from './useNoteLayout';

/**
 * One loaded note: the bar above it, the editor with the title as its header and the backlinks
 * as its footer, the history panel, and the export and restore dialogs. Saving is NoteSaver's.
 */
export function NoteView({ note, place }: { note: Note; place: NotePlace }) {
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
      <NoteBar
        saver={saver}
        place={place}
        history={panel === 'revisions'}
        onToggleHistory={() => {
          void saver.flush();
          setPanel(panel === 'revisions' ? null : 'revisions');
        }}
        onExport={() => void saver.flush().then(() => setExporting(true))}
        onMove={() => layout.openNote(note.id, place === 'centre' ? 'side' : 'centre')}
        onTrash={trash}
        onClose={() => layout.closeNote(place)}
      />
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
