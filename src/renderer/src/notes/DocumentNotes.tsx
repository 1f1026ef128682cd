import './notes.css';
import { BacklinkList } from './BacklinkList';
import { groupByNote, useBacklinks } from './useBacklinks';
import { useNoteLayoutContext } from './useNoteLayout';

/** In a document's details: the notes that quote or link it; a click opens one beside the reader. */
export function DocumentNotes({ documentId }: { documentId: number }) {
  const layout = useNoteLayoutContext();
  const links = useBacklinks({ document_id: documentId });
  const groups = links ? groupByNote(links) : [];
  return (
    <section className="details-section document-notes" aria-label="Notes citing this document">
      <h3>Notes</h3>
      {links === null ? null : groups.length === 0 ? (
        <p className="muted small">
          No note quotes or links this document yet. Drag a coded passage into a note to quote it.
        </p>
      ) : (
        <BacklinkList
          groups={groups}
          contexts={2}
          compact
          onOpen={(noteId) => layout.openNote(noteId, 'side')}
        />
      )}
    </section>
  );
}
