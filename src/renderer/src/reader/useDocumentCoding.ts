import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Passage } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { whenIdle } from '../app/whenIdle';
import { useErrors } from '../app/ErrorProvider';
import { merge, PassageStore, placed, reconcile, signature } from './passageStore';

/**
 * The open document's codes: a store (read with useCodingSelector) and the reader's own changes.
 * The object stays the same while the document does, so handing it down re-renders nothing; a
 * coding change reaches only the components that select what it changed.
 */
export interface DocumentCoding {
  documentId: number | null;
  store: PassageStore;
  /** Shows an answer of the engine at once, before the change event brings the full list. */
  upsert(passage: Passage): void;
  /** Swaps a provisional passage (shown before the engine answered) for the engine's own. */
  replace(provisionalId: number, passage: Passage | null): void;
  remove(id: number): void;
}

/** The passages and quote suggestions of the open document, kept in step with the engine. */
export function useDocumentCoding(documentId: number | null): DocumentCoding {
  const api = useApi();
  const { report } = useErrors();
  const [store] = useState(() => new PassageStore());
  const request = useRef(0);

  const load = useCallback(
    (id: number) => {
      const mine = ++request.current;
      Promise.all([
        api.call('passages-for-document', { document_id: id }),
        api.call('quotes-list', { document_id: id }),
      ])
        .then(([passages, quotes]) => {
          if (mine !== request.current) return;
          store.update((old) =>
            old.id === id
              ? { id, passages: reconcile(old.passages, passages), quotes }
              : { id, passages: reconcile([], passages), quotes },
          );
        })
        .catch((error: unknown) => report(error, 'Could not load the codes of this document'));
    },
    [api, report, store],
  );

  useEffect(() => {
    if (documentId === null) {
      request.current++;
      store.update(() => ({ id: null, passages: [], quotes: [] }));
      return;
    }
    load(documentId);
    // The reader's own changes are on screen already (upsert/replace): the full list (about 1 MB
    // for 2,000 passages) is fetched again only once the frame that shows them is done, and only
    // when the event does not say which passages changed; when it does, just those are fetched.
    const refresh = whenIdle(() => load(documentId));
    const off = api.on('on-coding-changed', ({ document_ids, passage_ids }) => {
      if (!document_ids.includes(documentId)) return;
      if (!passage_ids || passage_ids.length > FETCH_SINGLY_MAX) {
        refresh.schedule();
        return;
      }
      api
        .call('passages-get', { ids: passage_ids })
        .then((found) =>
          store.update((old) =>
            old.id === documentId
              ? { ...old, passages: merge(old.passages, documentId, passage_ids, found) }
              : old,
          ),
        )
        .catch(() => refresh.schedule());
    });
    return () => {
      off();
      refresh.cancel();
    };
  }, [api, documentId, load, store]);

  const upsert = useCallback(
    (passage: Passage) => {
      store.update((old) => {
        if (old.id !== passage.document_id) return old;
        const before = old.passages.find((p) => p.id === passage.id);
        const kept = before && signature(before) === signature(passage) ? before : passage;
        if (kept === before) return old;
        return { ...old, passages: placed(old.passages, [passage.id], kept) };
      });
    },
    [store],
  );

  const replace = useCallback(
    (provisionalId: number, passage: Passage | null) => {
      store.update((old) => {
        if (!passage || old.id !== passage.document_id)
          return {
            ...old,
            passages: placed(old.passages, [provisionalId, passage?.id ?? provisionalId], null),
          };
        const before = old.passages.find((p) => p.id === passage.id);
        const kept = before && signature(before) === signature(passage) ? before : passage;
        return { ...old, passages: placed(old.passages, [provisionalId, passage.id], kept) };
      });
    },
    [store],
  );

  const remove = useCallback(
    (id: number) => {
      store.update((old) =>
        old.passages.some((p) => p.id === id)
          ? { ...old, passages: old.passages.filter((p) => p.id !== id) }
          : old,
      );
    },
    [store],
  );

  return useMemo(
    () => ({ documentId, store, upsert, replace, remove }),
    [documentId, store, upsert, replace, remove],
  );
}

/** Above this many changed passages, one fetch of the whole list is cheaper than a lookup. */
const FETCH_SINGLY_MAX = 200;
