import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createNodeSelection, $getNodeByKey, $setSelection, type NodeKey } from 'lexical';
import { memo, useCallback, useSyncExternalStore, type MouseEvent } from 'react';
import type { SerializedPassageEmbed } from '../../../../shared/editorNodes';
import { formatDate } from '../../app/formatDate';
import { useEditorServices } from '../EditorServices';

interface Props {
  nodeKey: NodeKey;
  passageId: number;
  snapshot: SerializedPassageEmbed['snapshot'];
}

/**
 * A quote embed as the writer sees it: the passage's current words (or the snapshot, marked
 * "detached", once the passage is gone), who said it and where. Memoised and fed from the
 * citation store, so three hundred of them cost nothing while typing.
 */
export const PassageEmbedView = memo(function PassageEmbedView({ nodeKey, passageId, snapshot }: Props) {
  const [editor] = useLexicalComposerContext();
  const services = useEditorServices();
  const { citations } = services;
  const live = useSyncExternalStore(
    useCallback((listener: () => void) => citations.subscribe(passageId, listener), [citations, passageId]),
    () => citations.get(passageId),
  );
  const detached = live?.status === 'deleted';
  const shown = live && !detached ? live : snapshot;
  const documentId = shown.document_id;
  const meta = [shown.source, formatDate(shown.published_at, 'short')].filter(Boolean).join(' · ');

  const select = (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest('button')) return;
    editor.update(() => {
      const selection = $createNodeSelection();
      selection.add(nodeKey);
      $setSelection(selection);
    });
  };

  return (
    <figure
      className={`passage-embed${detached ? ' detached' : ''}${live?.status === 'orphaned' ? ' orphaned' : ''}`}
      data-testid="passage-embed"
      data-passage-id={passageId}
      onClick={select}
    >
      <blockquote className="embed-quote">
        <button
          type="button"
          className="embed-open"
          disabled={detached || documentId === null}
          title={detached ? 'The passage was deleted; the quote keeps its last words' : 'Open in the reader'}
          onClick={() => services.openPassage(passageId, documentId)}
        >
          {shown.exact || (live ? '' : '…')}
        </button>
      </blockquote>
      <figcaption className="embed-cite">
        {shown.speaker ? <span className="embed-speaker">{shown.speaker}</span> : null}
        {shown.document_title ? <cite className="embed-title">{shown.document_title}</cite> : null}
        {meta ? <span className="embed-meta">{meta}</span> : null}
        {detached ? (
          <span
            className="embed-badge"
            title="The passage was deleted in the source; this is the text it had"
          >
            Detached
          </span>
        ) : live?.status === 'orphaned' ? (
          <span
            className="embed-badge"
            title="The source text changed and this passage could not be found again"
          >
            Not found in source
          </span>
        ) : null}
      </figcaption>
      <button
        type="button"
        className="embed-remove"
        aria-label="Remove quote"
        title="Remove quote"
        onClick={() =>
          editor.update(() => {
            $getNodeByKey(nodeKey)?.remove();
          })
        }
      >
        ×
      </button>
    </figure>
  );
});
