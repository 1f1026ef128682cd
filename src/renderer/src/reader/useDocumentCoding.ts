import { partitionPoint } from '../../../shared/partitionPoint';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Passage, QuoteSuggestion } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { whenIdle } from '../app/whenIdle';
import { useErrors } from '../app/ErrorProvider';
import { byPosition } from './diffPassages';

export interface DocumentCoding {
  documentId: number | null;
  /** The engine's passages and quotes for this document have arrived (false while they load). */
  loaded: boolean;
  passages: Passage[];
  quotes: QuoteSuggestion[];
  /** Shows an answer of the engine at once, before the change event brings the full list. */
  upsert(passage: Passage): void;
  /** Swaps a provisional passage (shown before the engine answered) for the engine's own. */
  replace(provisionalId: number, passage: Passage | null): void;
  remove(id: number): void;
}

function signature(p: Passage): string {
  return `${p.start}:${p.end}:${p.status}:${p.kind}:${p.speaker ?? ''}:${p.memo}:${p.tag_ids.join(',')}`;
}

/**
 * Keeps the old object for every passage that did not change, so memoised paragraphs see the
 * same props and skip rendering when a refresh brings what the view already shows.
 */
export function reconcile(old: readonly Passage[], next: readonly Passage[]): Passage[] {
  const previous = new Map(old.map((p) => [p.id, p]));
  let same = old.length === next.length;
  const merged = next.map((p, i) => {
    const before = previous.get(p.id);
    const kept = before && signature(before) === signature(p) ? before : p;
    if (kept !== old[i]) same = false;
    return kept;
  });
  return same ? (old as Passage[]) : merged.sort(byPosition);
}

/** The passages and quote suggestions of the open document, kept in step with the engine. */
export function useDocumentCoding(documentId: number | null): DocumentCoding {
  const api = useApi();
  const { report } = useErrors();
  const [state, setState] = useState<{ id: number | null; passages: Passage[]; quotes: QuoteSuggestion[] }>({
    id: null,
    passages: [],
    quotes: [],
  });
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
          setState((old) =>
            old.id === id
              ? { id, passages: reconcile(old.passages, passages), quotes }
              : { id, passages: reconcile([], passages), quotes },
          );
        })
        .catch((error: unknown) => report(error, 'Could not load the codes of this document'));
    },
    [api, report],
  );

  useEffect(() => {
    if (documentId === null) {
      request.current++;
      setState({ id: null, passages: [], quotes: [] });
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
          setState((old) =>
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
  }, [api, documentId, load]);

  const upsert = useCallback((passage: Passage) => {
    setState((old) => {
      if (old.id !== passage.document_id) return old;
      const before = old.passages.find((p) => p.id === passage.id);
      const kept = before && signature(before) === signature(passage) ? before : passage;
      if (kept === before) return old;
      return { ...old, passages: placed(old.passages, [passage.id], kept) };
    });
  }, []);

  const replace = useCallback((provisionalId: number, passage: Passage | null) => {
    setState((old) => {
      if (!passage || old.id !== passage.document_id)
        return {
          ...old,
          passages: placed(old.passages, [provisionalId, passage?.id ?? provisionalId], null),
        };
      const before = old.passages.find((p) => p.id === passage.id);
      const kept = before && signature(before) === signature(passage) ? before : passage;
      return { ...old, passages: placed(old.passages, [provisionalId, passage.id], kept) };
    });
  }, []);

  const remove = useCallback((id: number) => {
    setState((old) => ({ ...old, passages: old.passages.filter((p) => p.id !== id) }));
  }, []);

  const current = state.id === documentId;
  return {
    documentId,
    loaded: current && documentId !== null,
    passages: current ? state.passages : EMPTY_PASSAGES,
    quotes: current ? state.quotes : EMPTY_QUOTES,
    upsert,
    replace,
    remove,
  };
}

/**
 * The list in reading order without the passages `ids` and with `passage` (if any) in its place:
 * found by binary search, not by sorting 2,000 passages again for the one that changed.
 */
function placed(list: readonly Passage[], ids: readonly number[], passage: Passage | null): Passage[] {
  const next = list.filter((p) => !ids.includes(p.id));
  if (!passage) return next;
  next.splice(
    partitionPoint(next.length, (i) => byPosition(next[i]!, passage) < 0),
    0,
    passage,
  );
  return next;
}

/** Above this many changed passages, one fetch of the whole list is cheaper than a lookup. */
const FETCH_SINGLY_MAX = 200;

/**
 * The list with the passages `ids` as the engine now has them (`found`; an id not found was
 * deleted). An answer older than what the view shows (a reader's own later step arrived first)
 * is ignored for that passage.
 */
function merge(
  old: Passage[],
  documentId: number,
  ids: readonly number[],
  found: readonly Passage[],
): Passage[] {
  const fresh = new Map(found.filter((p) => p.document_id === documentId).map((p) => [p.id, p]));
  const wanted = new Set(ids);
  let changed = false;
  const next: Passage[] = [];
  for (const passage of old) {
    if (!wanted.has(passage.id)) {
      next.push(passage);
      continue;
    }
    const now = fresh.get(passage.id);
    fresh.delete(passage.id);
    if (!now) {
      changed = true;
      continue;
    }
    const kept = now.updated_at < passage.updated_at || signature(now) === signature(passage) ? passage : now;
    if (kept !== passage) changed = true;
    next.push(kept);
  }
  for (const passage of fresh.values()) {
    next.push(passage);
    changed = true;
  }
  return changed ? next.sort(byPosition) : old;
}

const EMPTY_PASSAGES: Passage[] = [];
const EMPTY_QUOTES: QuoteSuggestion[] = [];
