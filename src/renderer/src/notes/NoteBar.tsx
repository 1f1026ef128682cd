import { CloseIcon, PlaceIcon, TrashIcon } from '../app/icons';
import type { NoteSaver } from './NoteSaver';
import { SaveStatus } from './SaveStatus';
import type { NotePlace } from './useNoteLayout';

interface Props {
  saver: NoteSaver;
  place: NotePlace;
  /** The history panel is open. */
  history: boolean;
  onToggleHistory(): void;
  onExport(): void;
  /** Moves the note to the other place (centre ↔ beside the reader). */
  onMove(): void;
  onTrash(): void;
  onClose(): void;
}

/** Above a note: its save state and word count, then History, Export, move, trash and close. */
export function NoteBar({
  saver,
  place,
  history,
  onToggleHistory,
  onExport,
  onMove,
  onTrash,
  onClose,
}: Props) {
  return (
    <div className="note-bar">
      <SaveStatus saver={saver} />
      <span className="note-bar-spacer" />
      <button
        type="button"
        className={`button small toggle${history ? ' on' : ''}`}
        aria-pressed={history}
        onClick={onToggleHistory}
      >
        History
      </button>
      <button type="button" className="button small" onClick={onExport}>
        Export as Markdown…
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={place === 'centre' ? 'Open beside the reader' : 'Open in the centre'}
        title={place === 'centre' ? 'Open beside the reader' : 'Open in the centre'}
        onClick={onMove}
      >
        <PlaceIcon place={place === 'centre' ? 'side' : 'centre'} size={15} />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Move to trash"
        title="Move to trash"
        onClick={onTrash}
      >
        <TrashIcon size={15} />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Close note"
        title="Close note"
        onClick={onClose}
      >
        <CloseIcon size={14} />
      </button>
    </div>
  );
}
