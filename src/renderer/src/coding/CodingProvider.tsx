import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Tag } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { whenIdle } from '../app/whenIdle';
import { useErrors } from '../app/ErrorProvider';
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
  const api = useApi();
  const { report } = useErrors();
  const [tags, setTags] = useState<Tag[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [recent, setRecent] = useState<number[]>(readRecent);
  const request = useRef(0);

  const fetchTags = useCallback(() => {
    const mine = ++request.current;
    api
      .call('tags-list', {})
      .then((list) => {
        if (mine !== request.current) return;
        setTags(list);
        setLoaded(true);
      })
      .catch((error: unknown) => report(error, 'Could not load the codebook'));
  }, [api, report]);

  // A change event refreshes the codebook once the main thread is idle; a reload asked for
  // directly (after a codebook command) is at least as fresh and replaces that refresh.
  const cancelRefresh = useRef<(() => void) | null>(null);
  const reload = useCallback(() => {
    cancelRefresh.current?.();
    fetchTags();
  }, [fetchTags]);

  useEffect(() => {
    fetchTags();
    const refresh = whenIdle(fetchTags);
    cancelRefresh.current = refresh.cancel;
    const off = api.on('on-coding-changed', () => refresh.schedule());
    return () => {
      off();
      refresh.cancel();
      cancelRefresh.current = null;
    };
  }, [api, fetchTags]);

  const markUsed = useCallback((id: number) => {
    setRecent((list) => {
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
