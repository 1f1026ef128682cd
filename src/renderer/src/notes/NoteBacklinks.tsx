import { memo } from 'react';
import { BacklinkList } from './BacklinkList';
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
        <BacklinkList groups={groups} contexts={3} onOpen={onOpen} />
      )}
    </section>
  );
});
