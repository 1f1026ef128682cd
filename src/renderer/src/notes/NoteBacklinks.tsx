import { memo } from 'react';
import { groupByNote, useBacklinks } from './useBacklinks';

/** "Linked from": the notes that link to this one, each with the words around its link. */
export const NoteBacklinks = memo(function NoteBacklinks({
  noteId,
  onOpen,
}: {
  noteId: number;
  onOpen(id: number): void;
}) {
  const links = useBacklinks({ note_id: noteId });
  const groups = links ? groupByNote(links.filter((link) => link.note_id !== noteId)) : [];
  return (
    <section className="backlinks" aria-label="Backlinks" data-testid="backlinks">
      <h2 className="backlinks-title">
        Linked from{' '}
        {links === null
          ? ''
          : groups.length === 0
            ? 'no other note yet'
            : groups.length === 1
              ? '1 note'
              : `${groups.length} notes`}
      </h2>
      {groups.length === 0 && links !== null ? (
        <p className="backlinks-empty">
          Link to this note from another with <kbd>[[</kbd> and its title.
        </p>
      ) : (
        <ul className="backlinks-list">
          {groups.map((group) => (
            <li key={group.note_id}>
              <button type="button" className="backlink" onClick={() => onOpen(group.note_id)}>
                <span className="backlink-title">{group.note_title}</span>
                {group.contexts.slice(0, 3).map((context) => (
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
});
