import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Passage, QuoteSuggestion } from '../../../shared/model';
import { EMPTY_CODING, type CodingSnapshot } from './passageStore';
import type { DocumentCoding } from './useDocumentCoding';

interface Options<T> {
  /** Hear a change once the frame that shows it has been drawn (lists and counts beside the text). */
  later?: boolean;
  /** Two selected values that show the same: the component keeps the old one and does not render. */
  equal?: (a: T, b: T) => boolean;
}

/**
 * One value selected from the open document's codes. The component renders again only when that
 * value changes (by `equal`, else by identity), so a selector should return what it shows: a
 * count, a boolean, a passage object (kept by the store while unchanged), not a new array each time.
 * Before this document's codes arrived it selects from an empty snapshot.
 */
export function useCodingSelector<T>(
  coding: DocumentCoding,
  select: (snapshot: CodingSnapshot) => T,
  options: Options<T> = {},
): T {
  const { store, documentId } = coding;
  const { later = false, equal = Object.is } = options;
  const cache = useRef<{ from: CodingSnapshot; select: unknown; value: T } | null>(null);
  const subscribe = later ? store.subscribeLater : store.subscribe;
  const getSnapshot = useCallback(() => {
    const state = later ? store.getLater() : store.get();
    const from = state.id === documentId && documentId !== null ? state : EMPTY_CODING;
    const cached = cache.current;
    if (cached && cached.from === from && cached.select === select) return cached.value;
    const value = select(from);
    const kept = cached && equal(cached.value, value) ? cached.value : value;
    cache.current = { from, select, value: kept };
    return kept;
  }, [store, documentId, later, select, equal]);
  return useSyncExternalStore(subscribe, getSnapshot);
}

/** The passages in reading order; renders on every change of them. */
export const selectPassages = (s: CodingSnapshot): Passage[] => s.passages;
export const selectQuotes = (s: CodingSnapshot): QuoteSuggestion[] => s.quotes;
/** This document's codes have arrived (false while they load). */
export const selectLoaded = (s: CodingSnapshot): boolean => s.id !== null;
export const selectPassageCount = (s: CodingSnapshot): number => s.passages.length;
export const selectAnchoredCount = (s: CodingSnapshot): number =>
  s.passages.reduce((n, p) => (p.status === 'anchored' ? n + 1 : n), 0);
export const selectOpenQuoteCount = (s: CodingSnapshot): number =>
  s.quotes.reduce((n, q) => (q.status === 'open' ? n + 1 : n), 0);

/** Same items in the same order (the store keeps unchanged passages' objects). */
export function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
