import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import './browser.css';
import type { DocumentSummary, PassageFilter, PassageRow } from '../../../shared/model';
import { formatDate } from '../app/formatDate';
import { useCoding } from '../coding/CodingProvider';
import { descendantIds } from '../coding/tagTree';
import { setPassageDragData } from '../editor/passageDrag';
import { passageColors } from '../reader/passageColors';
import { ExportTableMenu } from './ExportTableMenu';
import { usePassagePages } from './usePassagePages';

export type BrowserQuery =
  | { kind: 'tag'; tagId: number; within?: BrowserWithin }
  | { kind: 'speaker'; speaker: string }
  | { kind: 'orphans' };

/** A chart's cell or bar: the passages it counted (same filter), and what they are in words. */
export interface BrowserWithin {
  filter: Omit<PassageFilter, 'tag_id'>;
  label: string;
}

interface Props {
  query: BrowserQuery;
  visible: boolean;
  /** The documents offered in the Document filter (at most the first 1,000 by title). */
  documents: readonly DocumentSummary[];
  /** Every source in the project, for the Source filter. */
  sources: readonly string[];
  onOpen(row: PassageRow): void;
  onReattach(row: PassageRow): void;
  onClose(): void;
}

interface Filters {
  document_id?: number;
  source?: string;
  date_from?: string;
  date_to?: string;
}

const ESTIMATED_ROW = 112;

/**
 * Every passage of a tag (with its sub-tags, or not), of a speaker, or every orphan, across the
 * corpus: one virtualised list fed page by page as it scrolls, so 50,000 passages open as fast
 * as 50. Each row shows where the passage comes from and the words around it.
 */
export function PassageBrowser({ query, visible, documents, sources, onOpen, onReattach, onClose }: Props) {
  const { index, looks } = useCoding();
  const within = query.kind === 'tag' ? query.within : undefined;
  const [includeSubtags, setIncludeSubtags] = useState(within?.filter.include_subtags ?? true);
  const [filters, setFilters] = useState<Filters>({});
  const [active, setActive] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);
  const savedScroll = useRef(0);

  const tag = query.kind === 'tag' ? index.byId.get(query.tagId) : undefined;
  const hasSubtags = tag ? descendantIds(index, tag.id).size > 1 : false;

  const filter = useMemo((): PassageFilter => {
    const base: PassageFilter =
      query.kind === 'tag'
        ? { ...query.within?.filter, tag_id: query.tagId, include_subtags: includeSubtags }
        : query.kind === 'speaker'
          ? { speaker: query.speaker, kind: 'quote' }
          : { status: 'orphaned' };
    return { ...base, ...filters };
  }, [query, includeSubtags, filters]);

  const pages = usePassagePages(filter);

  const virtualizer = useVirtualizer({
    count: pages.total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensure } = pages;
  useEffect(() => {
    if (pages.total > 0) ensure(first, last);
  }, [ensure, first, last, pages.total]);

  // A new question starts at the top.
  const key = JSON.stringify(filter);
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setActive(0);
  }
  useLayoutEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
    savedScroll.current = 0;
  }, [key]);

  // Hidden while the reader shows a passage: coming back restores the place in the list.
  useLayoutEffect(() => {
    if (visible && scroller.current) scroller.current.scrollTop = savedScroll.current;
  }, [visible]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.target !== event.currentTarget) return;
    let next: number | null = null;
    if (event.key === 'ArrowDown' || event.key === 'j') next = Math.min(active + 1, pages.total - 1);
    else if (event.key === 'ArrowUp' || event.key === 'k') next = Math.max(active - 1, 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = pages.total - 1;
    else if (event.key === 'Enter') {
      const row = pages.row(active);
      if (row) onOpen(row);
    } else if (event.key === 'Escape') onClose();
    else return;
    event.preventDefault();
    if (next !== null && next >= 0) {
      setActive(next);
      virtualizer.scrollToIndex(next, { align: 'auto' });
    }
  }

  const title =
    query.kind === 'tag'
      ? (tag?.name ?? 'Tag')
      : query.kind === 'speaker'
        ? query.speaker
        : 'Orphaned passages';
  const filtered = Object.values(filters).some((value) => value !== undefined && value !== '');

  return (
    <section className="browser-pane" aria-label="Passage browser" hidden={!visible}>
      <header className="browser-head">
        <div className="browser-title">
          {query.kind === 'tag' && tag ? (
            <span className="swatch big" style={{ background: tag.color }} aria-hidden="true" />
          ) : query.kind === 'speaker' ? (
            <span className="speaker-mark" aria-hidden="true">
              ❝
            </span>
          ) : null}
          <h2>{title}</h2>
          <span className="browser-count" aria-live="polite">
            {pages.loading && pages.total === 0
              ? 'Loading…'
              : `${pages.total.toLocaleString('en')} ${pages.total === 1 ? 'passage' : 'passages'}`}
            {pages.elapsed !== null ? <span className="elapsed"> · {pages.elapsed} ms</span> : null}
          </span>
          <ExportTableMenu filter={filter} name={title} disabled={pages.total === 0} />
          <button
            type="button"
            className="icon-button browser-close"
            aria-label="Close the passage browser"
            onClick={onClose}
          >
            ×
          </button>
        </div>
        {within ? <p className="browser-within">From the chart: {within.label}</p> : null}
        {tag?.memo ? <p className="browser-memo">{tag.memo}</p> : null}
        <div className="browser-filters" role="group" aria-label="Filters">
          {hasSubtags ? (
            <label className="check">
              <input
                type="checkbox"
                checked={includeSubtags}
                onChange={(event) => setIncludeSubtags(event.target.checked)}
              />
              Include sub-tags
            </label>
          ) : null}
          <select
            aria-label="Document"
            value={filters.document_id ?? ''}
            onChange={(event) =>
              setFilters((f) => ({
                ...f,
                document_id: event.target.value ? Number(event.target.value) : undefined,
              }))
            }
          >
            <option value="">All documents</option>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title.length > 60 ? `${d.title.slice(0, 58)}…` : d.title}
              </option>
            ))}
          </select>
          <select
            aria-label="Source"
            value={filters.source ?? ''}
            onChange={(event) => setFilters((f) => ({ ...f, source: event.target.value || undefined }))}
          >
            <option value="">All sources</option>
            {sources.map((source) => (
              <option key={source} value={source}>
                {source}
              </option>
            ))}
          </select>
          <label className="date-filter">
            From
            <input
              type="date"
              aria-label="From date"
              value={filters.date_from ?? ''}
              onChange={(event) => setFilters((f) => ({ ...f, date_from: event.target.value || undefined }))}
            />
          </label>
          <label className="date-filter">
            to
            <input
              type="date"
              aria-label="To date"
              value={filters.date_to ?? ''}
              onChange={(event) => setFilters((f) => ({ ...f, date_to: event.target.value || undefined }))}
            />
          </label>
          {filtered ? (
            <button type="button" className="link-button" onClick={() => setFilters({})}>
              Clear filters
            </button>
          ) : null}
        </div>
      </header>
      <div
        ref={scroller}
        className="browser-scroll"
        role="list"
        aria-label={`Passages of ${title}`}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onScroll={(event) => {
          if (visible) savedScroll.current = event.currentTarget.scrollTop;
        }}
      >
        {!pages.loading && pages.total === 0 ? (
          <div className="empty-state">
            <p className="empty-title">
              {filtered
                ? 'No passage matches these filters'
                : query.kind === 'orphans'
                  ? 'No orphaned passages'
                  : 'No passages yet'}
            </p>
            <p>
              {query.kind === 'orphans'
                ? 'Every passage still finds its text.'
                : query.kind === 'speaker'
                  ? 'Accept suggested quotes in the Quotes tab of the reader to collect them here.'
                  : 'Select text in the reader and apply this tag to collect passages here.'}
            </p>
          </div>
        ) : null}
        <div className="browser-rows" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = pages.row(item.index);
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="browser-slot"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {row ? (
                  <PassageRowView
                    row={row}
                    active={item.index === active}
                    colors={passageColors(row, looks)}
                    tagNames={row.tag_ids.map((id) => looks.get(id)).filter((l) => !!l)}
                    onOpen={() => {
                      setActive(item.index);
                      onOpen(row);
                    }}
                    onReattach={() => onReattach(row)}
                  />
                ) : (
                  <div className="passage-row placeholder" aria-hidden="true">
                    <span className="placeholder-line short" />
                    <span className="placeholder-line" />
                    <span className="placeholder-line" />
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}

function PassageRowView({
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
