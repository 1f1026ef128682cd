import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { Tag } from '../../../shared/model';
import { useEngineQuery } from '../app/useEngineQuery';
import { ValueStore } from '../app/valueStore';
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

/**
 * What the text and the shell show of the codebook: each tag's look and path. The same object while
 * no name, colour or parent changes, so a count changing (every coding change reloads the
 * codebook) re-renders none of the components that read only this.
 */
export interface TagLooks {
  looks: ReadonlyMap<number, TagLook>;
  /** Every tag's path ("Actors/Russia"), in codebook order. */
  paths: readonly string[];
}

/** Stable for the window's life: what handlers need, read when they run. */
export interface CodingCommands {
  markUsed(id: number): void;
  reload(): void;
  /** The codebook as it is now. */
  current(): CodingState;
}

/**
 * The whole codebook (counts included) outside React's context: it changes after every coding
 * step (the counts reload), and as a context value that change made React walk every element
 * below the provider looking for readers — the whole workbench, 1–2 ms with the reader of 2,000
 * passages open, a moment after each tag applied or passage deleted. Now only its readers hear it.
 */
const CodingContext = createContext<ValueStore<CodingState> | null>(null);
const LooksContext = createContext<TagLooks | null>(null);
const CommandsContext = createContext<CodingCommands | null>(null);
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
  const lookKey = tags
    .map((tag) => `${tag.id}\u0001${tag.color}\u0001${tag.name}\u0001${tag.parent_id ?? ''}`)
    .join('\u0002');
  const shown = useMemo((): TagLooks => {
    const looks = new Map<number, TagLook>();
    const parents = new Map<number, number | null>();
    for (const entry of lookKey ? lookKey.split('\u0002') : []) {
      const [id, color, name, parent] = entry.split('\u0001');
      looks.set(Number(id), { color: color ?? '#888888', name: name ?? '' });
      parents.set(Number(id), parent ? Number(parent) : null);
    }
    const path = (id: number): string => {
      const parent = parents.get(id) ?? null;
      const name = looks.get(id)?.name ?? '';
      return parent === null || !looks.has(parent) ? name : `${path(parent)}/${name}`;
    };
    return { looks, paths: [...looks.keys()].map(path) };
  }, [lookKey]);
  const { looks } = shown;
  const liveRecent = useMemo(() => recent.filter((id) => index.byId.has(id)), [recent, index]);

  const value = useMemo(
    () => ({ tags, index, looks, loaded, recent: liveRecent, markUsed, reload }),
    [tags, index, looks, loaded, liveRecent, markUsed, reload],
  );
  const latest = useRef(value);
  latest.current = value;
  const [store] = useState(() => new ValueStore(value));
  // After this render's commit: its readers render then (in the same task), nothing else does.
  useLayoutEffect(() => store.set(value), [store, value]);
  const commands = useMemo(
    (): CodingCommands => ({ markUsed, reload, current: () => latest.current }),
    [markUsed, reload],
  );
  return (
    <CommandsContext.Provider value={commands}>
      <LooksContext.Provider value={shown}>
        <CodingContext.Provider value={store}>{children}</CodingContext.Provider>
      </LooksContext.Provider>
    </CommandsContext.Provider>
  );
}

/** Tags' looks and paths only: renders again when a name, colour or parent changes, not a count. */
export function useTagLooks(): TagLooks {
  const looks = useContext(LooksContext);
  if (!looks) throw new Error('useTagLooks() needs a <CodingProvider> above it');
  return looks;
}

/** markUsed, reload and the current codebook, never changing: for handlers. */
export function useCodingCommands(): CodingCommands {
  const commands = useContext(CommandsContext);
  if (!commands) throw new Error('useCodingCommands() needs a <CodingProvider> above it');
  return commands;
}

/** The whole codebook, counts included: renders again after every coding step. */
export function useCoding(): CodingState {
  const store = useContext(CodingContext);
  if (!store) throw new Error('useCoding() needs a <CodingProvider> above it');
  return useSyncExternalStore(store.subscribe, store.get);
}
