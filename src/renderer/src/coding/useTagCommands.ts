import { useCallback, useMemo } from 'react';
import type { Tag } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';
import { useNotices } from '../app/NoticeProvider';
import { useCodingCommands } from './CodingProvider';
import type { UndoActions } from './useUndo';

/** The codebook's changes, each one Api call (one undo step), the codebook reloaded after. */
export function useTagCommands(undo: UndoActions) {
  const api = useApi();
  const { report } = useErrors();
  const { notify } = useNotices();
  const { reload } = useCodingCommands();

  const run = useCallback(
    async <T>(what: string, call: () => Promise<T>): Promise<T | null> => {
      try {
        const result = await call();
        reload();
        return result;
      } catch (error) {
        report(error, what);
        return null;
      }
    },
    [reload, report],
  );

  const create = useCallback(
    (name: string, parentId: number | null) =>
      run(`Could not create the tag “${name}”`, () => api.call('tags-create', { name, parent_id: parentId })),
    [api, run],
  );
  const update = useCallback(
    (tag: Tag, changes: { name?: string; color?: string; memo?: string }) =>
      run(`Could not change “${tag.name}”`, () => api.call('tags-update', { id: tag.id, ...changes })),
    [api, run],
  );
  const move = useCallback(
    (tag: Tag, parentId: number | null, beforeId: number | null) =>
      run(`Could not move “${tag.name}”`, () =>
        api.call('tags-move', { id: tag.id, parent_id: parentId, before_id: beforeId }),
      ),
    [api, run],
  );
  const merge = useCallback(
    async (tag: Tag, into: Tag) => {
      const done = await run(`Could not merge “${tag.name}” into “${into.name}”`, () =>
        api.call('tags-merge', { id: tag.id, into_id: into.id }),
      );
      if (done) notify(`Merged “${tag.name}” into “${into.name}”`, { label: 'Undo', run: undo.undo });
      return done;
    },
    [api, run, notify, undo],
  );
  const remove = useCallback(
    async (tag: Tag) => {
      const done = await run(`Could not delete “${tag.name}”`, () => api.call('tags-delete', { id: tag.id }));
      if (done) {
        const parts = [`Deleted “${tag.name}”`];
        if (done.tags > 1) parts.push(`${done.tags - 1} sub-${done.tags === 2 ? 'tag' : 'tags'}`);
        parts.push(`${done.codings} ${done.codings === 1 ? 'coding' : 'codings'}`);
        notify(parts.join(', '), { label: 'Undo', run: undo.undo });
      }
      return done;
    },
    [api, run, notify, undo],
  );

  return useMemo(() => ({ create, update, move, merge, remove }), [create, update, move, merge, remove]);
}

export type TagCommands = ReturnType<typeof useTagCommands>;
