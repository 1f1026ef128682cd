import { useMemo, useState } from 'react';
import type { KwicLine } from '../../../shared/model';
import { kwicCsv } from '../../../shared/search/kwicCsv';
import { formatDate } from '../app/formatDate';
import { downloadText } from '../app/saveBytes';
import { KWIC_LIMIT, useKwic } from './useKwic';

type Order = 'document' | 'left' | 'hit' | 'right';

interface Props {
  query: string;
  sort: 'rank' | 'date';
  onOpen(line: KwicLine): void;
  onClose(): void;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
/** The left context read outwards from the hit (its last word first), as concordancers sort it. */
const leftKey = (line: KwicLine) => line.left.trim().split(/\s+/).reverse().join(' ');

/**
 * Keyword in context: every occurrence of the search, left context | hit | right context, grouped
 * by document in the results' order, or sorted by either side (as AntConc sorts); a line opens
 * its document at the hit; the lines export as CSV.
 */
export function Concordance({ query, sort, onOpen, onClose }: Props) {
  const { kwic, loading } = useKwic(query, sort);
  const [order, setOrder] = useState<Order>('document');
  const lines = useMemo(() => {
    const list = [...(kwic?.lines ?? [])];
    if (order === 'left') list.sort((a, b) => collator.compare(leftKey(a), leftKey(b)));
    else if (order === 'right') list.sort((a, b) => collator.compare(a.right.trim(), b.right.trim()));
    else if (order === 'hit')
      list.sort((a, b) => collator.compare(a.hit, b.hit) || collator.compare(a.right, b.right));
    return list;
  }, [kwic, order]);

  return (
    <section className="concordance" aria-label="Concordance">
      <header className="pane-header concordance-header">
        <h2>Concordance</h2>
        <span className="concordance-query">{query}</span>
        <span className="pane-count" aria-live="polite">
          {kwic
            ? `${kwic.lines.length.toLocaleString()}${kwic.truncated ? ` (first ${KWIC_LIMIT.toLocaleString()})` : ''} occurrences in ${kwic.documents.toLocaleString()} documents`
            : loading
              ? 'Collecting…'
              : null}
        </span>
        <label className="concordance-order">
          Sort by{' '}
          <select value={order} onChange={(event) => setOrder(event.target.value as Order)}>
            <option value="document">document</option>
            <option value="left">left context</option>
            <option value="hit">hit</option>
            <option value="right">right context</option>
          </select>
        </label>
        <button
          type="button"
          className="button small"
          disabled={!kwic || kwic.lines.length === 0}
          onClick={() => kwic && downloadText('concordance.csv', kwicCsv(lines), 'text/csv')}
        >
          Export CSV
        </button>
        <button type="button" className="button small" onClick={onClose} aria-label="Close the concordance">
          Close
        </button>
      </header>
      <div className="concordance-lines pane-scroll" role="table" aria-label={`Occurrences of ${query}`}>
        {lines.map((line, index) => {
          const first = order === 'document' && lines[index - 1]?.document_id !== line.document_id;
          return (
            <div key={`${line.document_id}:${line.start}`} role="rowgroup">
              {first ? (
                <div className="kwic-document" role="row">
                  <span role="cell">
                    {line.title}
                    <span className="kwic-meta">
                      {[line.source, formatDate(line.published_at, 'short')].filter(Boolean).join(' · ')}
                    </span>
                  </span>
                </div>
              ) : null}
              <div
                className="kwic-line"
                role="row"
                tabIndex={0}
                title={order === 'document' ? undefined : line.title}
                onClick={() => onOpen(line)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') onOpen(line);
                }}
              >
                <span className="kwic-left" role="cell">
                  <bdi>{line.left}</bdi>
                </span>
                <mark className="kwic-hit" role="cell">
                  {line.hit}
                </mark>
                <span className="kwic-right" role="cell">
                  {line.right}
                </span>
              </div>
            </div>
          );
        })}
        {kwic && kwic.lines.length === 0 ? <p className="empty-state">No occurrences.</p> : null}
      </div>
    </section>
  );
}
