import type { CSSProperties } from 'react';
import type { PassageRow } from '../../../shared/model';
import { formatDate } from '../app/formatDate';
import { setPassageDragData } from '../editor/passageDrag';

/** One passage of the browser: its document, the words around it, its tags; orphans offer Re-attach. */
export function PassageRowView({
  row,
  active,
  colors,
  tagNames,
  onOpen,
  onReattach,
}: {
  row: PassageRow;
  active: boolean;
  colors: string[];
  tagNames: Array<{ name: string; color: string }>;
  onOpen(): void;
  onReattach(): void;
}) {
  const meta = [formatDate(row.document_published_at, 'short'), row.document_source]
    .filter(Boolean)
    .join(' · ');
  const orphan = row.status === 'orphaned';
  return (
    <div
      className={`passage-row${active ? ' active' : ''}${orphan ? ' orphan' : ''}`}
      role="listitem"
      data-testid="passage-row"
      data-passage-id={row.id}
      draggable={!orphan}
      onDragStart={(event) => setPassageDragData(event.dataTransfer, row)}
      style={{ '--row-color': colors[0] } as CSSProperties}
      onClick={orphan ? undefined : onOpen}
    >
      <div className="row-head">
        <span className="row-title">{row.document_title}</span>
        <span className="row-meta">{meta}</span>
      </div>
      <p className="row-text">
        <span className="row-context">{row.context_before}</span>
        <mark className="row-exact">{row.exact}</mark>
        <span className="row-context">{row.context_after}</span>
      </p>
      <div className="row-foot">
        {row.speaker ? <span className="row-speaker">❝ {row.speaker}</span> : null}
        {tagNames.map((tag) => (
          <span key={tag.name} className="row-tag" style={{ '--chip': tag.color } as CSSProperties}>
            <span className="swatch" aria-hidden="true" />
            {tag.name}
          </span>
        ))}
        {row.memo ? (
          <span className="row-memo" title={row.memo}>
            {row.memo}
          </span>
        ) : null}
        {orphan ? (
          <button
            type="button"
            className="button small row-reattach"
            onClick={(event) => {
              event.stopPropagation();
              onReattach();
            }}
          >
            Re-attach…
          </button>
        ) : null}
      </div>
    </div>
  );
}
