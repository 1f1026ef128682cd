import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, HISTORY_MERGE_TAG, type NodeKey } from 'lexical';
import { useEffect } from 'react';
import type { PassageCitation } from '../../../../../shared/model';
import { useApi } from '../../../app/ApiProvider';
import { useErrors } from '../../../app/ErrorProvider';
import { registerCitationStore } from '../../citations/citationRegistry';
import { useEditorServices } from '../../EditorServices';
import { $isPassageEmbedNode, PassageEmbedNode, type PassageSnapshot } from '../../nodes/PassageEmbedNode';
import { renderPassageEmbed, statusMark } from '../../nodes/renderPassageEmbed';
import { QUOTE_REFRESH_TAG } from '../../updateTags';

/**
 * Keeps quote embeds live. Every embed that appears (the note opening, a drop, a paste, an undo)
 * is collected, and the ids missing from the citation store are fetched in one
 * 'passages-citations' call per tick; a coding change anywhere re-reads them all in one call.
 * When a passage's words changed, the embed's snapshot is brought up to date (and saved); a
 * deleted passage leaves the snapshot alone, so the quote is never lost.
 */
export function CitationsPlugin() {
  const [editor] = useLexicalComposerContext();
  const api = useApi();
  const { report } = useErrors();
  const { citations } = useEditorServices();

  useEffect(() => {
    registerCitationStore(editor, citations);
    const embeds = new Map<NodeKey, number>();
    const queued = new Set<number>();
    let scheduled = false;
    let disposed = false;

    const syncSnapshots = () => {
      const stale: Array<[NodeKey, PassageSnapshot]> = [];
      editor.getEditorState().read(() => {
        for (const [key, passageId] of embeds) {
          const node = $getNodeByKey(key);
          const live = citations.get(passageId);
          if (!$isPassageEmbedNode(node) || !live) continue;
          // A passage deleted or lost since the embed was drawn: mark it, words unchanged.
          const element = editor.getElementByKey(key);
          if (element && element.dataset.status !== statusMark(live.status)) {
            renderPassageEmbed(element, passageId, node.getSnapshot(), live.status);
          }
          if (live.status === 'deleted') continue;
          const next = snapshotOf(live);
          if (!sameSnapshot(node.getSnapshot(), next)) stale.push([key, next]);
        }
      });
      if (stale.length === 0) return;
      editor.update(
        () => {
          for (const [key, snapshot] of stale) {
            const node = $getNodeByKey(key);
            if ($isPassageEmbedNode(node)) node.setSnapshot(snapshot);
          }
        },
        // Not an undo step of its own, but a change to save.
        { tag: [HISTORY_MERGE_TAG, QUOTE_REFRESH_TAG] },
      );
    };

    const fetch = (ids: number[]) => {
      if (ids.length === 0) {
        syncSnapshots();
        return;
      }
      api
        .call('passages-citations', { ids })
        .then((list) => {
          if (disposed) return;
          citations.set(list);
          syncSnapshots();
        })
        .catch((error: unknown) => report(error, 'Could not read the quoted passages'));
    };

    const queue = (passageId: number) => {
      queued.add(passageId);
      if (scheduled) return;
      scheduled = true;
      queueMicrotask(() => {
        scheduled = false;
        const ids = [...queued].filter((id) => !citations.has(id));
        queued.clear();
        if (!disposed) fetch(ids);
      });
    };

    const unregister = editor.registerMutationListener(
      PassageEmbedNode,
      (mutations) => {
        editor.getEditorState().read(() => {
          for (const [key, mutation] of mutations) {
            if (mutation === 'destroyed') {
              embeds.delete(key);
              continue;
            }
            const node = $getNodeByKey(key);
            if (!$isPassageEmbedNode(node)) continue;
            embeds.set(key, node.getPassageId());
            if (mutation === 'created') queue(node.getPassageId());
          }
        });
      },
      { skipInitialization: false },
    );

    const unsubscribe = api.on('on-coding-changed', () => {
      fetch([...new Set(embeds.values())]);
    });

    return () => {
      disposed = true;
      unregister();
      unsubscribe();
    };
  }, [editor, api, report, citations]);

  return null;
}

function snapshotOf(citation: PassageCitation): PassageSnapshot {
  const { exact, speaker, document_id, document_title, source, published_at } = citation;
  return { exact, speaker, document_id, document_title, source, published_at };
}

function sameSnapshot(a: PassageSnapshot, b: PassageSnapshot): boolean {
  return (
    a.exact === b.exact &&
    a.speaker === b.speaker &&
    a.document_id === b.document_id &&
    a.document_title === b.document_title &&
    a.source === b.source &&
    a.published_at === b.published_at
  );
}
