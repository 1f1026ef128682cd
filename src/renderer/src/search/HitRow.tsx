import type { NoteSearchHit, SearchHit } from '../../../shared/model';
import { formatDate } from '../app/formatDate';
import { LanguageBadge } from '../library/LanguageBadge';
import { FIRST_SENTENCE_TOOLTIP } from '../library/LibraryTable';
import { Snippet } from './Snippet';

export function hitElementId(hit: SearchHit): string {
  return `hit-${hit.id}`;
}

/** One document of the results: title, language, source and date, matches, snippet. */
export function HitRow({
  hit,
  active,
  opened,
  onClick,
}: {
  hit: SearchHit;
  active: boolean;
  opened: boolean;
  onClick(): void;
}) {
  const made = hit.title_origin === 'first-sentence';
  const meta = [hit.source, formatDate(hit.published_at, 'short')].filter(Boolean).join(' · ');
  return (
    <div
      id={hitElementId(hit)}
      role="option"
      aria-selected={active}
      className={`result${opened ? ' opened' : ''}`}
      onClick={onClick}
    >
      <div className="result-head">
        <span
          className={made ? 'result-title made-title' : 'result-title'}
          title={made ? FIRST_SENTENCE_TOOLTIP : undefined}
        >
          {hit.title}
        </span>
        <LanguageBadge language={hit.language} />
      </div>
      <div className="result-meta">
        {meta || <span className="muted">No source or date</span>}
        <span
          className="result-count"
          title={
            hit.hit_count_partial ? 'A very long document: matches counted in its opening part' : undefined
          }
        >
          {hit.hit_count}
          {hit.hit_count_partial ? '+' : ''} {hit.hit_count === 1 ? 'match' : 'matches'}
        </span>
      </div>
      <Snippet text={hit.snippet} highlights={hit.highlights} />
    </div>
  );
}

/** A matching note, marked as a note, above the documents. */
export function NoteHitRow({ note, onOpen }: { note: NoteSearchHit; onOpen(): void }) {
  return (
    <button type="button" className="result note-hit" onClick={onOpen}>
      <div className="result-head">
        <span className="result-title">{note.title}</span>
        <span className="note-badge">Note</span>
      </div>
      <Snippet text={note.snippet} highlights={note.highlights} />
    </button>
  );
}
