import { memo } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import { formatDate } from '../app/formatDate';
import { languageName } from '../app/languageName';

/**
 * "Sergei Lavrov · Turan · 27 June 2022 · Baku · English" — only what is known, nothing invented.
 * Memoised: the reader pane renders as a popover opens or closes, and this line has not changed.
 */
export const MetaLine = memo(function MetaLine({ document }: { document: DocumentSummary }) {
  const date = formatDate(document.published_at);
  const items: Array<{ key: string; label: string; value: string }> = [];
  if (document.author) items.push({ key: 'author', label: 'Author', value: document.author });
  if (document.source) items.push({ key: 'source', label: 'Source', value: document.source });
  if (date) items.push({ key: 'date', label: 'Published', value: date });
  if (document.place) items.push({ key: 'place', label: 'Place', value: document.place });
  const language = languageName(document.language);
  if (language) items.push({ key: 'language', label: 'Language', value: language });
  if (items.length === 0)
    return <p className="meta-line muted">No author, source or date found in the text</p>;
  return (
    <p className="meta-line" aria-label="Document metadata">
      {items.map((item) => (
        <span key={item.key} className={`meta-item meta-${item.key}`} title={item.label}>
          {item.value}
        </span>
      ))}
    </p>
  );
});
