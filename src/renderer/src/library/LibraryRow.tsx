import { memo } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import { formatDate } from '../app/formatDate';
import { LanguageBadge } from './LanguageBadge';

export const FIRST_SENTENCE_TOOLTIP = 'No headline found: this title was made from the first sentence';

interface Props {
  doc: DocumentSummary;
  index: number;
  measure(element: Element | null): void;
  selected: boolean;
  opened: boolean;
  focusable: boolean;
  date: string | null;
  onSelect(id: number): void;
  onOpen(id: number): void;
  /** Checked for a bulk edit; a click on the box toggles it (with Shift: the range from the last one). */
  checked: boolean;
  onCheck(id: number, range: boolean): void;
}

/** One document in the library table; memoised, so scrolling renders only rows that came in. */
export const LibraryRow = memo(function LibraryRow({
  doc,
  index,
  measure,
  selected,
  opened,
  focusable,
  date,
  onSelect,
  onOpen,
  checked,
  onCheck,
}: Props) {
  const made = doc.title_origin === 'first-sentence';
  return (
    <tr
      ref={measure}
      data-index={index}
      data-id={doc.id}
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={opened ? 'opened' : undefined}
      tabIndex={focusable ? 0 : -1}
      onFocus={() => onSelect(doc.id)}
      onClick={() => {
        onSelect(doc.id);
        onOpen(doc.id);
      }}
    >
      <td className="col-title">
        {/* The check box sits in the title cell, so the columns stay where they were. */}
        <input
          type="checkbox"
          className="row-check"
          aria-label={`Check “${doc.title}”`}
          checked={checked}
          tabIndex={-1}
          onChange={() => undefined}
          onClick={(event) => {
            event.stopPropagation();
            onCheck(doc.id, event.shiftKey);
          }}
        />
        <span
          className={made ? 'doc-title made-title' : 'doc-title'}
          title={made ? `${doc.title}\n${FIRST_SENTENCE_TOOLTIP}` : doc.title}
        >
          {doc.title}
        </span>
        {doc.author ? <span className="doc-author">{doc.author}</span> : null}
        {(doc.story_size ?? 0) > 1 ? (
          <span className="story-count" title="The same story in other documents (reprints, re-posts)">
            same story in {doc.story_size}
          </span>
        ) : null}
      </td>
      <td className="col-date" title={formatDate(doc.published_at) ?? 'No date found in the text'}>
        {date ?? <span className="muted">—</span>}
      </td>
      <td className="col-source" title={doc.source ?? 'No source found in the text'}>
        <span className="cell-clamp">{doc.source ?? <span className="muted">—</span>}</span>
      </td>
      <td className="col-lang">
        <LanguageBadge language={doc.language} />
      </td>
    </tr>
  );
});

/** A row whose block is still on its way: holds the place, so the scrollbar does not jump. */
export function PlaceholderRow({
  index,
  measure,
}: {
  index: number;
  measure(element: Element | null): void;
}) {
  return (
    <tr
      ref={measure}
      data-index={index}
      aria-rowindex={index + 2}
      aria-busy="true"
      className="placeholder-row"
    >
      <td className="col-title">
        <span className="placeholder-bar" />
      </td>
      <td className="col-date" />
      <td className="col-source" />
      <td className="col-lang" />
    </tr>
  );
}
