import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import './browser.css';
import type { DocumentSummary, PassageFilter, PassageRow } from '../../../shared/model';
import { useCoding } from '../coding/CodingProvider';
import { descendantIds } from '../coding/tagTree';
import { passageColors } from '../reader/passageColors';
import { BrowserEmptyState } from './BrowserEmptyState';
import { BrowserFilters, isFiltered, type Filters } from './BrowserFilters';
import { ExportTableMenu } from './ExportTableMenu';
import { PassageRowView } from './PassageRowView';
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
  const filtered = isFiltered(filters);

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
        <BrowserFilters
          filters={filters}
          onFilters={setFilters}
          subtags={hasSubtags ? { include: includeSubtags, onChange: setIncludeSubtags } : null}
          documents={documents}
          sources={sources}
        />
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
          <BrowserEmptyState kind={query.kind} filtered={filtered} />
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
