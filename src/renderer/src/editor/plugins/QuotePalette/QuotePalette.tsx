import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { PassageRow } from '../../../../../shared/model';
import { useApi } from '../../../app/ApiProvider';
import { useErrors } from '../../../app/ErrorProvider';
import { formatDate } from '../../../app/formatDate';
import { Modal } from '../../../app/Modal';
import { useCoding } from '../../../coding/CodingProvider';

const LIMIT = 2000;
const SHOWN = 60;

/**
 * "Quote…": search the coded passages by their words, speaker, document or tag, and pick one to
 * embed. The passages are read once when the palette opens and filtered as you type.
 */
export function QuotePalette({ onPick, onClose }: { onPick(row: PassageRow): void; onClose(): void }) {
  const api = useApi();
  const { report } = useErrors();
  const { looks } = useCoding();
  const [rows, setRows] = useState<PassageRow[] | null>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const list = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);

  // Opened from the slash menu, which gives the editor its focus back as it closes: take it after.
  useEffect(() => {
    const timer = setTimeout(() => input.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, []);

  useEffect(() => {
    let current = true;
    api
      .call('passages-list', { status: 'anchored', limit: LIMIT })
      .then((page) => {
        if (current) setRows(page.passages);
      })
      .catch((error: unknown) => {
        report(error, 'Could not list passages');
        if (current) setRows([]);
      });
    return () => {
      current = false;
    };
  }, [api, report]);

  const found = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const all = rows ?? [];
    if (words.length === 0) return all.slice(0, SHOWN);
    const hits: PassageRow[] = [];
    for (const row of all) {
      const haystack = [
        row.exact,
        row.speaker ?? '',
        row.document_title,
        row.document_source ?? '',
        ...row.tag_ids.map((id) => looks.get(id)?.name ?? ''),
      ]
        .join(' ')
        .toLowerCase();
      if (words.every((word) => haystack.includes(word))) hits.push(row);
      if (hits.length === SHOWN) break;
    }
    return hits;
  }, [rows, query, looks]);

  useEffect(() => setActive(0), [query]);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  return (
    <Modal bare label="Quote a passage" className="quote-palette" onClose={onClose}>
      <input
        ref={input}
        autoFocus
        className="quote-palette-input"
        placeholder="Search passages by words, speaker, document or tag…"
        aria-label="Search passages"
        role="combobox"
        aria-expanded="true"
        aria-controls="quote-palette-list"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setActive((i) => Math.min(i + 1, found.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            const row = found[active];
            if (row) onPick(row);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      />
      <div
        ref={list}
        id="quote-palette-list"
        className="quote-palette-list"
        role="listbox"
        aria-label="Passages"
      >
        {rows === null ? (
          <p className="quote-palette-empty">Reading passages…</p>
        ) : found.length === 0 ? (
          <p className="quote-palette-empty">
            {rows.length === 0
              ? 'No coded passages yet: code text in the reader first.'
              : 'No passage matches.'}
          </p>
        ) : (
          found.map((row, index) => (
            <div
              key={row.id}
              role="option"
              aria-selected={index === active}
              className={`quote-palette-row${index === active ? ' active' : ''}`}
              onMouseEnter={() => setActive(index)}
              onClick={() => onPick(row)}
            >
              <p className="quote-palette-text">“{row.exact}”</p>
              <p className="quote-palette-meta">
                {row.speaker ? <span className="embed-speaker">{row.speaker}</span> : null}
                <span>{row.document_title}</span>
                {row.document_published_at ? (
                  <span>{formatDate(row.document_published_at, 'short')}</span>
                ) : null}
                {row.tag_ids.map((id) => {
                  const look = looks.get(id);
                  return look ? (
                    <span
                      key={id}
                      className="quote-palette-tag"
                      style={{ '--chip': look.color } as CSSProperties}
                    >
                      <span className="swatch" aria-hidden="true" />
                      {look.name}
                    </span>
                  ) : null;
                })}
              </p>
            </div>
          ))
        )}
      </div>
      <div className="quote-palette-foot">
        <span>
          <kbd>↑</kbd> <kbd>↓</kbd> choose · <kbd>Enter</kbd> quote · <kbd>Esc</kbd> close
        </span>
        <span>Or drag a passage in from the reader</span>
      </div>
    </Modal>
  );
}
