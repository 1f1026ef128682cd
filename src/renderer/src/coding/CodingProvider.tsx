import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Tag } from '../../../shared/model';
import { useEngineQuery } from '../app/useEngineQuery';
import { indexTags, type TagIndex } from './tagTree';

const RECENT_KEY = 'lectern.recentTags';
const RECENT_MAX = 8;

export interface TagLook {
  name: string;
  color: string;
}

interface CodingState {
  tags: Tag[];
  index: TagIndex;
  /**
   * Name and colour per tag, kept as the same object while no name or colour changes: the reader
   * depends on this, not on `tags`, so a count changing elsewhere re-renders no paragraph.
   */
  looks: ReadonlyMap<number, TagLook>;
  loaded: boolean;
  /** Most recently applied first. */
  recent: number[];
  markUsed(id: number): void;
  reload(): void;
}

const CodingContext = createContext<CodingState | null>(null);
const NO_TAGS: Tag[] = [];

function readRecent(): number[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((id): id is number => typeof id === 'number') : [];
  } catch {
    return [];
  }
}

/** The codebook for the whole window, refreshed whenever the engine reports a coding change. */
export function CodingProvider({ children }: { children: ReactNode }) {
  // A change event refreshes the codebook once the main thread is idle; a reload asked for
  // directly (after a codebook command) is at least as fresh and replaces that refresh.
  const codebook = useEngineQuery('tags', (api) => api.call('tags-list', {}), {
    refreshOn: { 'on-coding-changed': true },
    refresh: { idle: 300 },
    failure: 'Could not load the codebook',
  });
  const tags = codebook.data ?? NO_TAGS;
  const loaded = codebook.data !== null;
  const { reload } = codebook;
  const [recent, setRecent] = useState<number[]>(readRecent);

  const markUsed = useCallback((id: number) => {
    setRecent((list) => {
      // Applied again: the list (and everything reading the codebook) stays as it is.
      if (list[0] === id) return list;
      const next = [id, ...list.filter((other) => other !== id)].slice(0, RECENT_MAX);
      try {
        localStorage.setItem(RECENT_KEY, JSON.stringify(next));
      } catch {
        // Storage full or disabled: recent tags last for the session only.
      }
      return next;
    });
  }, []);

  const index = useMemo(() => indexTags(tags), [tags]);
  const lookKey = tags.map((tag) => `${tag.id}\u0001${tag.color}\u0001${tag.name}`).join('\u0002');
  const looks = useMemo(() => {
    const map = new Map<number, TagLook>();
    for (const entry of lookKey ? lookKey.split('\u0002') : []) {
      const [id, color, name] = entry.split('\u0001');
      map.set(Number(id), { color: color ?? '#888888', name: name ?? '' });
    }
    return map;
  }, [lookKey]);
  const liveRecent = useMemo(() => recent.filter((id) => index.byId.has(id)), [recent, index]);

  const value = useMemo(
    () => ({ tags, index, looks, loaded, recent: liveRecent, markUsed, reload }),
    [tags, index, looks, loaded, liveRecent, markUsed, reload],
  );
  return <CodingContext.Provider value={value}>{children}</CodingContext.Provider>;
}

export function useCoding(): CodingState {
  const state = useContext(CodingContext);
  if (!state) throw new Error('useCoding() needs a <CodingProvider> above it');
  return state;
}
