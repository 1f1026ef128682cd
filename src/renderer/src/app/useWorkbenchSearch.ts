import { useCallback, useEffect, useRef, useState, type Dispatch, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../../shared/model';
import { hitElementId } from '../search/SearchResults';
import { useSearch, type SearchSort } from '../search/useSearch';
import type { NavigationAction } from './navigation';
import { useShortcut } from './useShortcut';

/**
 * The search box's side of the workbench: the query and its results, the hit the arrow keys
 * have reached, Ctrl/⌘+K or "/" to get to the box, and opening a hit in the reader.
 */
export function useWorkbenchSearch(dispatch: Dispatch<NavigationAction>) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SearchSort>('rank');
  const search = useSearch(query, sort);
  const [activeHit, setActiveHit] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const searching = query.trim() !== '';
  const { hits, result } = search;

  useEffect(() => setActiveHit(0), [result]);

  useShortcut(
    (event) =>
      (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey)) ||
      (event.key === '/' && !event.ctrlKey && !event.metaKey),
    () => {
      input.current?.focus();
      input.current?.select();
    },
  );

  const openHit = useCallback(
    (hit: SearchHit) =>
      dispatch({
        type: 'open-hit',
        target: {
          id: hit.id,
          hit: { offset: hit.hit_offset, terms: result?.terms ?? [], query: result?.query ?? query },
        },
      }),
    [dispatch, result, query],
  );

  const clear = useCallback(() => {
    setQuery('');
    input.current?.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (query) setQuery('');
      else input.current?.blur();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActiveHit((i) => Math.min(i + 1, Math.max(hits.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActiveHit((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[activeHit];
      if (hit) openHit(hit);
    }
  }

  const activeDescendant = searching && hits[activeHit] ? hitElementId(hits[activeHit]) : undefined;
  return {
    query,
    setQuery,
    sort,
    setSort,
    search,
    searching,
    activeHit,
    setActiveHit,
    activeDescendant,
    input,
    onKeyDown,
    openHit,
    clear,
  };
}
