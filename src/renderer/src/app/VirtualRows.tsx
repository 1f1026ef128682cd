import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type HTMLAttributes, type ReactNode, type Ref } from 'react';
import type { PagedList } from './usePagedList';

interface Props<Row> {
  /** The rows, as blocks from the engine (usePagedList). */
  pages: PagedList<Row>;
  /** The list's accessible name. */
  label: string;
  /** Classes of the scrolling box and of the list inside it. */
  scrollClassName?: string;
  listClassName?: string;
  /** A row's height before it is measured (rows may differ; each is measured once drawn). */
  estimate: number;
  /** The rows' own margin between them (CSS), so the scroll height adds up. */
  gap?: number;
  rowKey(row: Row, index: number): string | number;
  /** Attributes of a row's <li> (class, test id). */
  rowProps?(row: Row, index: number): HTMLAttributes<HTMLLIElement> & { 'data-testid'?: string };
  renderRow(row: Row, index: number): ReactNode;
  /** Shown above the rows, inside the scrolling box (a button, a hint). */
  header?: ReactNode;
  /** Shown below the rows, inside the list (an empty state as an <li>). */
  footer?: ReactNode;
  /** An ordered list (<ol>) instead of <ul>. */
  ordered?: boolean;
  /** Attributes of the list itself (a listbox's keys, its active row) and a ref to it. */
  listProps?: HTMLAttributes<HTMLElement>;
  listRef?: Ref<HTMLOListElement & HTMLUListElement>;
  /** A row to keep in view (the active one of a list moved through with the keyboard). */
  keepInView?: number;
}

/**
 * The workbench's one virtual list over a paged list: only the rows near the view are in the DOM,
 * and their blocks are asked for as they scroll in; a row whose block is on its way shows as an
 * empty line of the estimated height, so the scrollbar is right from the first block.
 */
export function VirtualRows<Row>({
  pages,
  label,
  scrollClassName = '',
  listClassName = '',
  estimate,
  gap = 0,
  rowKey,
  rowProps,
  renderRow,
  header,
  footer,
  ordered = false,
  listProps,
  listRef,
  keepInView,
}: Props<Row>) {
  const scroller = useRef<HTMLDivElement>(null);
  const List = ordered ? 'ol' : 'ul';
  const total = pages.total ?? 0;
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimate,
    gap,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const { want } = pages;
  useEffect(() => want(first, last), [want, first, last, total]);
  useEffect(() => {
    if (keepInView !== undefined && keepInView < total)
      virtualizer.scrollToIndex(keepInView, { align: 'auto' });
  }, [keepInView, total, virtualizer]);
  const padTop = items[0]?.start ?? 0;
  const padBottom = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0));

  return (
    <div className={`pane-scroll ${scrollClassName}`} ref={scroller}>
      {header}
      <List
        {...listProps}
        ref={listRef}
        className={listClassName}
        aria-label={label}
        style={{ paddingTop: padTop, paddingBottom: padBottom }}
      >
        {items.map((item) => {
          const row = pages.rowAt(item.index);
          if (row === undefined)
            return (
              <li
                key={`p${item.index}`}
                className="virtual-placeholder"
                aria-hidden="true"
                data-index={item.index}
                style={{ height: estimate }}
              />
            );
          return (
            <li
              key={rowKey(row, item.index)}
              {...rowProps?.(row, item.index)}
              data-index={item.index}
              ref={virtualizer.measureElement}
            >
              {renderRow(row, item.index)}
            </li>
          );
        })}
        {footer}
      </List>
    </div>
  );
}
