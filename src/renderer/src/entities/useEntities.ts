import { useCallback, useEffect, useRef, useState } from 'react';
import type { EntityKind, EntityMergeProposal, EntityPage } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';
import { whenIdle } from '../app/whenIdle';

const PAGE = 200;

/** A page of the entity index (by kind and name) and the typo pairs to confirm; follows changes. */
export function useEntities(kind: EntityKind | 'all', query: string) {
  const api = useApi();
  const { report } = useErrors();
  const [page, setPage] = useState<EntityPage>({ total: 0, items: [] });
  const [typos, setTypos] = useState<EntityMergeProposal[]>([]);
  const [loaded, setLoaded] = useState(false);
  const request = useRef(0);

  const load = useCallback(() => {
    const mine = ++request.current;
    const filter = kind === 'all' ? {} : { kind };
    Promise.all([
      api.call('entities-list', { ...filter, ...(query.trim() ? { query: query.trim() } : {}), limit: PAGE }),
      api.call('entities-typos', filter),
    ])
      .then(([list, pairs]) => {
        if (mine !== request.current) return;
        setPage(list);
        setTypos(pairs);
        setLoaded(true);
      })
      .catch((error: unknown) => report(error, 'Could not list the entities'));
  }, [api, report, kind, query]);

  useEffect(() => {
    load();
    const refresh = whenIdle(load, 800);
    const off = api.on('on-coding-changed', () => refresh.schedule());
    const offDocs = api.on('on-documents-changed', () => refresh.schedule());
    return () => {
      off();
      offDocs();
      refresh.cancel();
    };
  }, [api, load]);

  return { page, typos, loaded, reload: load };
}
