import { useEffect, useState } from 'react';
import './notes.css';
import type { Note } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';
import { settledSaves } from './NoteSaver';
import { NoteView } from './NoteView';
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
