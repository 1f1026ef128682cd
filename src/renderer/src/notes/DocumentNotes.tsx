import './notes.css';
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
        <ul className="backlinks-list compact">
          {groups.map((group) => (
            <li key={group.note_id}>
              <button
                type="button"
                className="backlink"
                onClick={() => layout.openNote(group.note_id, 'side')}
              >
                <span className="backlink-title">{group.note_title}</span>
                {group.contexts.slice(0, 2).map((context) => (
                  <span key={context} className="backlink-context">
                    {context}
                  </span>
                ))}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
