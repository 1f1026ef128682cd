import { useCallback, useEffect, useRef, useState } from 'react';
import type { Api, EventName, Events } from '../../../shared/api';
import { useApi } from './ApiProvider';
import { useErrors } from './ErrorProvider';
import { whenIdle } from './whenIdle';

/** Which engine events make the answer stale: every one of that name, or those a test accepts. */
export type RefreshOn = { [E in EventName]?: true | ((payload: Events[E]) => boolean) };

export interface EngineQueryOptions<T> {
  refreshOn?: RefreshOn;
  /**
   * How a refresh after an event runs: once the main thread is idle (at the latest after `idle`
   * ms; for lists beside the text being coded, so they never delay its frame), or `debounce` ms
   * after the last of a burst of events (notes saving while one types).
   */
  refresh?: { idle: number } | { debounce: number };
  /** Wait this long before the first load (a query being typed); 0 loads at once. */
  delay?: number;
  /** Forget the old answer when the key changes (show "Reading…"), rather than keep it on screen. */
  clearOnChange?: boolean;
  /** Says what could not be read, as an error toast; without it a failure gives `fallback`. */
  failure?: string;
  fallback?: T;
  /**
   * An answer equal to the one shown by this test keeps the old one: a refresh that brings
   * nothing new then renders nothing (lists in the shell, refreshed after every coding change).
   */
  same?: (a: T, b: T) => boolean;
}

export interface EngineQuery<T> {
  /** The latest answer; null until the first one arrives (or after a key change with clearOnChange). */
  data: T | null;
  /** Loads again now; a refresh waiting for an event's burst to settle is dropped as superseded. */
  reload(): void;
}

/**
 * The one way the renderer reads a list from the engine and keeps it fresh: load it for `key`,
 * ignore answers that arrive after a newer request, load again after the events that make it
 * stale (coalesced, idle or debounced), and report a failure once, with what could not be read.
 * `load` is read at call time, so it may close over the values that make up `key`.
 */
export function useEngineQuery<T>(
  key: string,
  load: (api: Api) => Promise<T>,
  options: EngineQueryOptions<T> = {},
): EngineQuery<T> {
  const api = useApi();
  const { report } = useErrors();
  const [data, setData] = useState<T | null>(null);
  const request = useRef(0);
  const latest = useRef({ load, options });
  latest.current = { load, options };
  const cancelPending = useRef<(() => void) | null>(null);

  const fetch = useCallback(() => {
    const mine = ++request.current;
    const { load: read, options: current } = latest.current;
    read(api).then(
      (answer) => {
        if (mine !== request.current) return;
        const { same } = latest.current.options;
        setData((old) => (same && old !== null && same(old, answer) ? old : answer));
      },
      (error: unknown) => {
        if (mine !== request.current) return;
        if (current.failure) report(error, current.failure);
        else if ('fallback' in current) setData(current.fallback ?? null);
      },
    );
  }, [api, report]);

  /** Answers to requests made so far are no longer wanted (the key changed). */
  const forget = useCallback(() => {
    request.current += 1;
  }, []);

  const reload = useCallback(() => {
    cancelPending.current?.();
    fetch();
  }, [fetch]);

  useEffect(() => {
    const {
      refreshOn = {},
      refresh = { idle: 300 },
      delay = 0,
      clearOnChange = false,
    } = latest.current.options;
    if (clearOnChange) setData(null);
    let timer: ReturnType<typeof setTimeout> | null = null;
    const idle = 'idle' in refresh ? whenIdle(fetch, refresh.idle) : null;
    const schedule = (): void => {
      if (idle) idle.schedule();
      else {
        if (timer) clearTimeout(timer);
        timer = setTimeout(fetch, 'debounce' in refresh ? refresh.debounce : 0);
      }
    };
    const cancel = (): void => {
      idle?.cancel();
      if (timer) clearTimeout(timer);
      timer = null;
    };
    cancelPending.current = cancel;
    if (delay > 0) timer = setTimeout(fetch, delay);
    else fetch();
    const offs = (Object.keys(refreshOn) as EventName[]).map((event) =>
      api.on(event, (payload: Events[typeof event]) => {
        const accepts = refreshOn[event] as true | ((payload: Events[typeof event]) => boolean);
        if (accepts === true || accepts(payload)) schedule();
      }),
    );
    return () => {
      forget();
      cancel();
      cancelPending.current = null;
      for (const off of offs) off();
    };
  }, [api, fetch, forget, key]);

  return { data, reload };
}
