import { useCallback, useEffect, useRef, useState } from 'react';
import type { QuoteSuggestion } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';
import { whenIdle } from '../app/whenIdle';

export type StatusFilter = 'all' | QuoteSuggestion['status'];

/**
 * Every quotation of one speaker (any spelling or alias of their entity), accepted and suggested,
 * or with `speaker` empty every open suggestion of the corpus; reloaded after coding changes.
 */
export function useSpeakerQuotes(speaker: string, status: StatusFilter) {
  const api = useApi();
  const { report } = useErrors();
  const [quotes, setQuotes] = useState<QuoteSuggestion[]>([]);
  const [loaded, setLoaded] = useState(false);
  const request = useRef(0);

  const load = useCallback(() => {
    const mine = ++request.current;
    api
      .call('quotes-list', {
        ...(speaker ? { speaker } : {}),
        ...(status !== 'all' ? { status } : {}),
        limit: 2000,
      })
      .then((list) => {
        if (mine !== request.current) return;
        setQuotes(list);
        setLoaded(true);
      })
      .catch((error: unknown) => report(error, 'Could not list the quotations'));
  }, [api, report, speaker, status]);

  useEffect(() => {
    load();
    const refresh = whenIdle(load, 800);
    const off = api.on('on-coding-changed', () => refresh.schedule());
    return () => {
      off();
      refresh.cancel();
    };
  }, [api, load]);

  return { quotes, loaded, reload: load };
}
