import {
  memo,
  startTransition,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type ReactNode,
  type RefObject,
} from 'react';
import type { TagLook } from '../coding/CodingProvider';
import { placeBars, takePremeasured, type Box, type RangeBoxes } from './barBoxes';
import { EMPTY_SLICE, type ParagraphCodes } from './paragraphCodes';
import { passageColors } from './passageColors';
import { Gutter } from './Gutter';
import { segmentParagraph, type PassageItem, type QuoteMark } from './segmentParagraph';
import { useMeasureScheduler } from './useLayoutAhead';

export interface ParagraphProps {
  kind: 'paragraph' | 'heading';
  start: number;
  end: number;
  text: string;
  /** The document's codes by paragraph: this paragraph renders when its own slice changes. */
  codes: ParagraphCodes;
  /** False while only the paragraphs near where the reader opened show their codes. */
  drawn: boolean;
  terms: ReadonlyArray<readonly [number, number]>;
  looks: ReadonlyMap<number, TagLook>;
  /** Changes when the text reflows (width, fonts): bars are measured again. */
  layoutKey: number;
}

/**
 * One paragraph of the reader with its codes: the text split where passages begin and end (a
 * light tint and stacked underlines), and a margin bar per passage, one lane per overlap. It reads
 * its own codes from the store by paragraph, so coding one paragraph re-renders that paragraph
 * only (and nothing above it); bars are measured
 * from the laid-out text and absolutely positioned, never nested around the words.
 */
export const Paragraph = memo(function Paragraph(props: ParagraphProps) {
  const { kind, start, end, text, codes, drawn, terms, looks, layoutKey } = props;
  // Not drawn yet (far from where the reader opened, in the first frame): not subscribed either,
  // so the codes' arrival renders the paragraphs that show them, not all 1,200.
  const subscribe = useCallback(
    (listener: () => void) => (drawn ? codes.subscribeAt(start, listener) : ignore),
    [codes, start, drawn],
  );
  const { items, quotes, activeId, targetId } = useSyncExternalStore(subscribe, () =>
    drawn ? codes.at(start) : EMPTY_SLICE,
  );
  const element = useRef<HTMLElement>(null);
  const segments = useMemo(
    () => segmentParagraph(start, end, items, quotes, terms),
    [start, end, items, quotes, terms],
  );
  const [boxes, setBoxes] = useState<ReadonlyMap<number, Box>>(new Map());
  const [pins, setPins] = useState<ReadonlyMap<number, number>>(new Map());
  // What is shown, read where new measurements arrive: an update that changes nothing is not even
  // asked for (React renders the component for a state update it cannot rule out at once).
  // Kept after each commit (not in render, which React may throw away), before the effect below.
  const shown = useRef({ boxes, pins });
  useLayoutEffect(() => {
    shown.current = { boxes, pins };
  }, [boxes, pins]);
  // At opening (and on reflow) measured at once near the view, further away in idle time or when
  // it comes near (useLayoutAhead.ts); a change of its own passages is measured at once, wherever
  // the paragraph is.
  const scheduler = useMeasureScheduler();
  const measuredCodes = useRef<{ items: readonly PassageItem[]; quotes: readonly QuoteMark[] } | null>(null);
  // Where ranges of this text lie, as measured for this layout: a change whose bars all lie on
  // known ranges (a passage deleted; one added through the palette, measured ahead) reads no layout.
  const known = useRef<{ layoutKey: number; boxes: RangeBoxes }>({ layoutKey, boxes: new Map() });

  useLayoutEffect(() => {
    const paragraph = element.current;
    // Hidden (the reader is behind the passage browser): keep the boxes; the reader asks again on
    // return. Asked of the DOM, not of the layout: a layout read here would lay the page out
    // in the middle of the key press that changed it.
    if (!paragraph || paragraph.closest('[hidden]') !== null) return;
    if (items.length === 0 && quotes.length === 0) {
      // Also while the document's codes are on their way: their arrival is no change of its own.
      measuredCodes.current = null;
      setBoxes((old) => (old.size === 0 ? old : new Map()));
      setPins((old) => (old.size === 0 ? old : new Map()));
      return;
    }
    const before = measuredCodes.current;
    measuredCodes.current = { items, quotes };
    const ownChange = before !== null && (before.items !== items || before.quotes !== quotes);
    if (known.current.layoutKey !== layoutKey) known.current = { layoutKey, boxes: new Map() };
    const ahead = takePremeasured(start);
    if (ahead) for (const [range, box] of ahead) known.current.boxes.set(range, box);
    const place = (idle: boolean) => {
      const measured = placeBars(paragraph, start, end, items, quotes, known.current.boxes);
      // Boxes all as shown already (a passage deleted: the others stay where they were) keep the
      // old map, and React renders nothing more; the deleted one's box left in it draws nothing
      // (the gutter draws the items it is given).
      const show = () => {
        if (!shownAlready(shown.current.boxes, measured.boxes, sameBox)) setBoxes(measured.boxes);
        if (!shownAlready(shown.current.pins, measured.pins, Object.is)) setPins(measured.pins);
      };
      // Bars placed ahead, out of view, are drawn without holding up a frame.
      if (idle) startTransition(show);
      else show();
    };
    if (ownChange) place(false);
    else return scheduler.whenLaidOut(paragraph, place);
  }, [items, quotes, segments, layoutKey, start, end, scheduler]);

  const content: ReactNode[] = segments.map((segment) => {
    const slice = text.slice(segment.start - start, segment.end - start);
    const inner =
      segment.term === 1 ? (
        <mark className="term" data-offset={segment.start}>
          {slice}
        </mark>
      ) : segment.term === 2 ? (
        <mark className="term term-rest">{slice}</mark>
      ) : (
        slice
      );
    if (segment.items.length === 0 && segment.quote === null) {
      return segment.term === 0 ? slice : <span key={segment.start}>{inner}</span>;
    }
    const classes: string[] = [];
    const style: Record<string, string> = {};
    if (segment.items.length > 0) {
      classes.push('coded', `d${Math.min(segment.items.length, 3)}`);
      // One class per passage: hovering lights a passage through a rule on its class, which the
      // browser applies to those elements only (a rule on an attribute restyles every coded run).
      for (const item of segment.items) classes.push(`pp-${item.passage.id}`);
      segment.items.slice(0, 3).forEach((item, i) => {
        style[`--u${i + 1}`] = passageColors(item.passage, looks)[0]!;
      });
      if (activeId !== null && segment.items.some((item) => item.passage.id === activeId))
        classes.push('is-active');
      if (targetId !== null && segment.items.some((item) => item.passage.id === targetId))
        classes.push('is-target');
    }
    if (segment.quote !== null) classes.push('quote-hint');
    return (
      <span
        key={segment.start}
        className={classes.join(' ')}
        data-p={segment.items.length > 0 ? segment.items.map((item) => item.passage.id).join(' ') : undefined}
        data-quote-id={segment.quote ?? undefined}
        style={style as CSSProperties}
      >
        {inner}
      </span>
    );
  });

  const gutter =
    items.length > 0 ? (
      <Gutter
        start={start}
        end={end}
        items={items}
        boxes={boxes}
        looks={looks}
        activeId={activeId}
        targetId={targetId}
      />
    ) : null;
  const pinMargin =
    quotes.length > 0 ? (
      <span className="pin-margin">
        {quotes.map((quote) => {
          const top = pins.get(quote.id);
          if (top === undefined) return null;
          return (
            <button
              key={`q${quote.id}`}
              type="button"
              tabIndex={-1}
              className="quote-pin"
              data-quote-id={quote.id}
              aria-label="Suggested quote: review it in the Quotes tab"
              title="Lectern found a quotation here: review it in the Quotes tab"
              style={{ top }}
            />
          );
        })}
      </span>
    ) : null;

  const attributes = {
    id: `p-${start}`,
    className: 'para',
    'data-start': start,
    'data-end': end,
  };
  return kind === 'heading' ? (
    <h3 ref={element as RefObject<HTMLHeadingElement>} {...attributes}>
      {content}
      {gutter}
      {pinMargin}
    </h3>
  ) : (
    <p ref={element as RefObject<HTMLParagraphElement>} {...attributes}>
      {content}
      {gutter}
      {pinMargin}
    </p>
  );
});

function sameBox(a: Box, b: Box): boolean {
  return a.top === b.top && a.height === b.height;
}

/** Every entry of `next` is in `shown`, the same. */
function shownAlready<T>(
  shown: ReadonlyMap<number, T>,
  next: ReadonlyMap<number, T>,
  same: (x: T, y: T) => boolean,
): boolean {
  for (const [key, value] of next) {
    const old = shown.get(key);
    if (old === undefined || !same(value, old)) return false;
  }
  return true;
}

function ignore(): void {}
