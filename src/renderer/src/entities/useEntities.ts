import type { EntityKind, EntityMergeProposal, EntityPage } from '../../../shared/model';
import { useEngineQuery } from '../app/useEngineQuery';

const PAGE = 200;
const NONE: { page: EntityPage; typos: EntityMergeProposal[] } = { page: { total: 0, items: [] }, typos: [] };

/** A page of the entity index (by kind and name) and the typo pairs to confirm; follows changes. */
export function useEntities(kind: EntityKind | 'all', query: string) {
  const text = query.trim();
  const { data, reload } = useEngineQuery(
    JSON.stringify([kind, text]),
    async (api) => {
      const filter = kind === 'all' ? {} : { kind };
      const [page, typos] = await Promise.all([
        api.call('entities-list', { ...filter, ...(text ? { query: text } : {}), limit: PAGE }),
        api.call('entities-typos', filter),
      ]);
      return { page, typos };
    },
    {
      refreshOn: { 'on-coding-changed': true, 'on-documents-changed': true },
      refresh: { idle: 800 },
      failure: 'Could not list the entities',
    },
  );
  const { page, typos } = data ?? NONE;
  return { page, typos, loaded: data !== null, reload };
}
