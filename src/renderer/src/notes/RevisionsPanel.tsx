import { formatTimestamp } from '../app/formatDate';
import { CloseIcon } from '../app/icons';
import { useEngineQuery } from '../app/useEngineQuery';

/** The note's earlier versions, newest first, each restorable (after a confirmation). */
export function RevisionsPanel({
  noteId,
  onRestore,
  onClose,
}: {
  noteId: number;
  onRestore(revisionId: number): void;
  onClose(): void;
}) {
  const revisions = useEngineQuery(String(noteId), (api) => api.call('notes-revisions', { id: noteId }), {
    refreshOn: { 'on-notes-changed': ({ ids }) => ids.includes(noteId) },
    refresh: { debounce: 0 },
    failure: 'Could not list the note’s history',
  }).data;

  return (
    <aside className="revisions" aria-label="History" data-testid="revisions">
      <header className="revisions-head">
        <h2>History</h2>
        <button type="button" className="icon-button small" aria-label="Close history" onClick={onClose}>
          <CloseIcon size={13} />
        </button>
      </header>
      <p className="revisions-hint">Lectern keeps a version every few minutes while you write.</p>
      {revisions === null ? (
        <p className="muted revisions-empty">Reading…</p>
      ) : revisions.length === 0 ? (
        <p className="muted revisions-empty">No earlier versions yet.</p>
      ) : (
        <ol className="revisions-list">
          {revisions.map((revision) => (
            <li key={revision.id} className="revision" data-testid="revision">
              <div className="revision-head">
                <time dateTime={revision.created_at}>{formatTimestamp(revision.created_at)}</time>
                <span className="revision-words">{revision.word_count.toLocaleString('en')} words</span>
              </div>
              {revision.title ? <p className="revision-title">{revision.title}</p> : null}
              <p className="revision-excerpt">{revision.excerpt || <span className="muted">(empty)</span>}</p>
              <button type="button" className="button small" onClick={() => onRestore(revision.id)}>
                Restore…
              </button>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
