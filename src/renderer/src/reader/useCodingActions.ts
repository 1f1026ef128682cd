import { startTransition, useCallback, useMemo, useRef } from 'react';
import type { Passage, Tag } from '../../../shared/model';
import { afterFrame } from '../app/afterFrame';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';
import { useNotices } from '../app/NoticeProvider';
import { pickTagColor } from '../../../shared/tagColors';
import { useCodingCommands } from '../coding/CodingProvider';
import { createTagPath } from '../coding/createTagPath';
import { findTagPath, splitTagPath } from '../coding/paletteOptions';
import type { UndoActions } from '../coding/useUndo';
import type { DocumentCoding } from './useDocumentCoding';
import { excerpt } from './wordMotion';

export interface CodingActions {
  /**
   * Codes a range with a tag; resolves to the passage, or null when the engine refused. With the
   * range's text given, the passage shows at once and the engine's answer replaces it.
   */
  code(range: { start: number; end: number; exact?: string }, tag: Tag): Promise<Passage | null>;
  /**
   * Creates a tag by name, or by path (`Actors/Russia`, creating missing parents), and codes the
   * range with it; its colour differs from its siblings' and from the codes overlapping the range.
   */
  codeWithNewTag(range: { start: number; end: number }, name: string): Promise<Passage | null>;
  addTag(passage: Passage, tag: Tag): Promise<void>;
  /** Creates a tag by name and adds it to an existing passage. */
  addNewTag(passage: Passage, name: string): Promise<void>;
  removeTag(passage: Passage, tagId: number): Promise<void>;
  update(
    passage: Passage,
    changes: { start?: number; end?: number; memo?: string; speaker?: string | null },
  ): Promise<Passage | null>;
  /**
   * Moves one end of a passage by a word. The engine takes the step from the passage as stored,
   * so a press never depends on whether the view has caught up with the previous one; steps go
   * one at a time, so their answers arrive (and show) in order.
   */
  nudge(passageId: number, edge: 'start' | 'end', direction: -1 | 1): void;
  remove(passage: Passage): Promise<void>;
  reattach(passage: Passage, range: { start: number; end: number }): Promise<Passage | null>;
}

let provisionalIds = 0;

/** A passage as it will be, shown while the engine stores it (negative id: never sent anywhere). */
function provisionalPassage(
  documentId: number,
  start: number,
  end: number,
  exact: string,
  tagId: number,
): Passage {
  const now = new Date().toISOString();
  return {
    id: -++provisionalIds,
    document_id: documentId,
    start,
    end,
    exact,
    prefix: '',
    suffix: '',
    kind: 'highlight',
    speaker: null,
    memo: '',
    status: 'anchored',
    tag_ids: [tagId],
    created_at: now,
    updated_at: now,
  };
}

/**
 * Every coding action of the reader: one Api call each (so one undo step each), the answer shown
 * at once through `coding.upsert`, failures reported as notices naming what did not happen.
 */
export function useCodingActions(coding: DocumentCoding, undo: UndoActions): CodingActions {
  const api = useApi();
  const { report } = useErrors();
  const { notify } = useNotices();
  // The codebook read when an action runs: these actions stay the same objects while counts (and
  // the codebook with them) change after every coding step, so the shell that makes them does not
  // render again for it.
  const { markUsed, reload, current } = useCodingCommands();
  const { documentId, store, upsert, replace, remove: forget } = coding;

  /** A new tag's colour: unlike its would-be siblings and the tags coded around `range`. */
  const newTagColor = useCallback(
    (path: string, range: { start: number; end: number }) => {
      const { index, looks } = current();
      const parts = splitTagPath(path);
      const avoid: string[] = [];
      const { existing } = findTagPath(index, parts.slice(0, -1));
      // Under a parent still to be created there are no siblings yet.
      if (existing.length === parts.length - 1)
        for (const tag of index.children.get(existing.at(-1)?.id ?? null) ?? []) avoid.push(tag.color);
      for (const passage of store.get().passages) {
        if (passage.start >= range.end || passage.end <= range.start) continue;
        for (const id of passage.tag_ids) {
          const look = looks.get(id);
          if (look) avoid.push(look.color);
        }
      }
      return pickTagColor(
        avoid,
        [...index.byId.values()].map((tag) => tag.color),
      );
    },
    [current, store],
  );

  const code = useCallback(
    async (range: { start: number; end: number; exact?: string }, tag: Tag) => {
      if (documentId === null) return null;
      const { start, end, exact } = range;
      const provisional =
        exact === undefined ? null : provisionalPassage(documentId, start, end, exact, tag.id);
      if (provisional) upsert(provisional);
      // The recent-tags list re-renders every codebook reader: after the frame with the new bar.
      startTransition(() => markUsed(tag.id));
      try {
        // Shown already: the request (a few ms of the key press) goes after the frame that shows it.
        if (provisional) await afterFrame();
        const passage = await api.call('passages-create', {
          document_id: documentId,
          start,
          end,
          tag_ids: [tag.id],
        });
        if (provisional) replace(provisional.id, passage);
        else upsert(passage);
        return passage;
      } catch (error) {
        if (provisional) replace(provisional.id, null);
        report(error, `Could not code the passage as “${tag.name}”`);
        return null;
      }
    },
    [api, documentId, upsert, replace, markUsed, report],
  );

  const codeWithNewTag = useCallback(
    async (range: { start: number; end: number }, name: string) => {
      let tag: Tag;
      try {
        tag = await createTagPath(api, current().index, name, newTagColor(name, range));
      } catch (error) {
        report(error, `Could not create the tag “${name}”`);
        return null;
      }
      reload();
      return code(range, tag);
    },
    [api, code, reload, report, current, newTagColor],
  );

  const addTag = useCallback(
    async (passage: Passage, tag: Tag) => {
      // Shown at once (the bar recoloured in the next frame), as removeTag; the engine's answer
      // replaces it, and the passage goes back as it was if the engine refuses.
      if (!passage.tag_ids.includes(tag.id)) upsert({ ...passage, tag_ids: [...passage.tag_ids, tag.id] });
      startTransition(() => markUsed(tag.id));
      try {
        await afterFrame();
        upsert(await api.call('passages-set-tags', { id: passage.id, add: [tag.id] }));
      } catch (error) {
        upsert(passage);
        report(error, `Could not add “${tag.name}”`);
      }
    },
    [api, upsert, markUsed, report],
  );

  const addNewTag = useCallback(
    async (passage: Passage, name: string) => {
      try {
        const tag = await createTagPath(api, current().index, name, newTagColor(name, passage));
        reload();
        await addTag(passage, tag);
      } catch (error) {
        report(error, `Could not create the tag “${name}”`);
      }
    },
    [api, addTag, reload, report, current, newTagColor],
  );

  const removeTag = useCallback(
    async (passage: Passage, tagId: number) => {
      // Shown at once (the bar recoloured in the next frame); the engine's answer replaces it.
      upsert({ ...passage, tag_ids: passage.tag_ids.filter((id) => id !== tagId) });
      try {
        upsert(await api.call('passages-set-tags', { id: passage.id, remove: [tagId] }));
      } catch (error) {
        upsert(passage);
        report(error, 'Could not remove the tag');
      }
    },
    [api, upsert, report],
  );

  const update = useCallback(
    async (
      passage: Passage,
      changes: { start?: number; end?: number; memo?: string; speaker?: string | null },
    ) => {
      try {
        const updated = await api.call('passages-update', { id: passage.id, ...changes });
        upsert(updated);
        return updated;
      } catch (error) {
        report(error, 'Could not change the passage');
        return null;
      }
    },
    [api, upsert, report],
  );

  const steps = useRef<Promise<unknown>>(Promise.resolve());
  const nudge = useCallback(
    (passageId: number, edge: 'start' | 'end', direction: -1 | 1) => {
      steps.current = steps.current.then(async () => {
        try {
          upsert(await api.call('passages-nudge', { id: passageId, edge, direction }));
        } catch (error) {
          // Reported, and the next press still gets its turn.
          report(error, 'Could not move the end of the passage');
        }
      });
    },
    [api, upsert, report],
  );

  const remove = useCallback(
    async (passage: Passage) => {
      // Its bar goes in the next frame (the request after it); it comes back if the engine refuses.
      forget(passage.id);
      try {
        await afterFrame();
        await api.call('passages-delete', { id: passage.id });
        notify(`Deleted passage ${excerpt(passage.exact, 4)}`, { label: 'Undo', run: undo.undo });
      } catch (error) {
        upsert(passage);
        report(error, 'Could not delete the passage');
      }
    },
    [api, forget, upsert, notify, undo, report],
  );

  const reattach = useCallback(
    async (passage: Passage, range: { start: number; end: number }) => {
      try {
        const attached = await api.call('passages-reattach', {
          id: passage.id,
          start: range.start,
          end: range.end,
        });
        upsert(attached);
        notify(`Re-attached ${excerpt(passage.exact, 4)}`, { label: 'Undo', run: undo.undo });
        return attached;
      } catch (error) {
        report(error, 'Could not re-attach the passage');
        return null;
      }
    },
    [api, upsert, notify, undo, report],
  );

  return useMemo(
    () => ({ code, codeWithNewTag, addTag, addNewTag, removeTag, update, nudge, remove, reattach }),
    [code, codeWithNewTag, addTag, addNewTag, removeTag, update, nudge, remove, reattach],
  );
}
