import { type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { Passage } from '../../../shared/model';
import { isTyping } from '../app/useShortcut';
import { rangeOfOffsets } from './bodyOffsets';
import { innermostFirst, passagesAt } from './passagesAt';
import type { CodingActions } from './useCodingActions';
import type { FloatingState } from './useFloating';
import type { ReaderCaret } from './useReaderCaret';

interface Options {
  article: RefObject<HTMLElement | null>;
  body: string | null;
  /** The document's passages by id as they are now (read when a key or click needs them). */
  passagesById(): ReadonlyMap<number, Passage>;
  caret: ReaderCaret;
  floating: FloatingState;
  nudge: CodingActions['nudge'];
  onOpenQuote(quoteId: number): void;
}

/**
 * The reader's keys and clicks: the caret and selection keys, T/Enter to code a selection,
 * Enter on a coded word for its popover, Alt+Shift/Ctrl+←→ to move a passage's ends word by
 * word, and clicks on bars, coded text, quote pins and hints.
 */
export function useReaderInput({
  article,
  body,
  passagesById,
  caret,
  floating,
  nudge,
  onOpenQuote,
}: Options) {
  const { offerRange, openPopover, activePassage, setFloating, close } = floating;
  const textRoot = () => article.current?.querySelector<HTMLElement>('.reader-body') ?? null;

  function onKeyDown(event: KeyboardEvent<HTMLElement>): void {
    if (body === null || isTyping(event.target)) return;
    const current = caret.caret;
    const arrow = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
    if (arrow !== 0 && event.altKey && (event.shiftKey || event.ctrlKey)) {
      const id =
        activePassage?.id ??
        (current && current.anchor === current.focus
          ? passagesAt(passagesById(), current.focus).at(-1)
          : undefined);
      if (id !== undefined) {
        nudge(id, event.shiftKey ? 'end' : 'start', arrow as -1 | 1);
        event.preventDefault();
      }
      return;
    }
    if (caret.onKey(event)) {
      event.preventDefault();
      if (floating.floating?.kind !== 'popover') setFloating(null);
      return;
    }
    const plain = !event.altKey && !event.ctrlKey && !event.metaKey;
    if (
      plain &&
      (event.key === 't' || event.key === 'Enter') &&
      current &&
      current.anchor !== current.focus
    ) {
      event.preventDefault();
      offerRange(Math.min(current.anchor, current.focus), Math.max(current.anchor, current.focus));
    } else if (plain && event.key === 'Enter' && current) {
      const ids = passagesAt(passagesById(), current.focus);
      const text = textRoot();
      const rect = text
        ? rangeOfOffsets(text, current.focus, current.focus, 'measure')?.getClientRects()[0]
        : undefined;
      if (ids.length > 0 && rect) {
        event.preventDefault();
        openPopover(ids, rect);
      }
    } else if (event.key === 'Escape' && floating.floating) {
      event.preventDefault();
      close();
    }
  }

  function onMouseUp(event: MouseEvent<HTMLElement>): void {
    if (body === null || event.button !== 0) return;
    const element = event.target as HTMLElement;
    const bar = element.closest<HTMLElement>('.bar[data-passage-id]');
    if (bar) {
      const id = Number(bar.dataset.passageId);
      // A passage still on its way to the engine (negative id) has nothing to edit yet.
      if (id < 0) return;
      const ids = passagesAt(passagesById(), passagesById().get(id)?.start ?? -1);
      openPopover(ids.includes(id) ? ids : [id], bar.getBoundingClientRect(), id);
      return;
    }
    const pin = element.closest<HTMLElement>('.quote-pin[data-quote-id]');
    if (pin) {
      onOpenQuote(Number(pin.dataset.quoteId));
      return;
    }
    if (!element.closest('.reader-body')) return;
    const selected = caret.syncFromDom();
    if (selected && selected.anchor !== selected.focus) {
      offerRange(Math.min(selected.anchor, selected.focus), Math.max(selected.anchor, selected.focus));
      return;
    }
    const coded = element.closest<HTMLElement>('.coded[data-p]');
    if (coded) {
      const rects = Array.from(coded.getClientRects());
      const rect = rects.find((r) => event.clientY >= r.top && event.clientY <= r.bottom) ?? rects[0];
      const ids = (coded.dataset.p ?? '')
        .split(' ')
        .map(Number)
        .filter((id) => id > 0);
      if (rect) openPopover(innermostFirst(passagesById(), ids), rect);
      return;
    }
    const quote = element.closest<HTMLElement>('.quote-hint[data-quote-id]');
    if (quote) onOpenQuote(Number(quote.dataset.quoteId));
    setFloating(null);
  }

  return { onKeyDown, onMouseUp };
}
