import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createNodeSelection, $getNearestNodeFromDOMNode, $setSelection } from 'lexical';
import { useEffect } from 'react';
import { useEditorServices } from '../../EditorServices';
import { $isPassageEmbedNode } from '../../nodes/PassageEmbedNode';

/**
 * Clicks on quote embeds, handled once for the whole editor: the quote's words open the reader at
 * the passage, × removes the quote, anywhere else on it selects it (for Delete, copy, drag).
 */
export function PassageEmbedPlugin() {
  const [editor] = useLexicalComposerContext();
  const { openPassage } = useEditorServices();

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const target = event.target as HTMLElement;
      const host = target.closest<HTMLElement>('.passage-embed-host');
      if (!host) return;
      event.preventDefault();
      if (target.closest('.embed-open:not(:disabled)')) {
        const found = editor.read(() => {
          const node = $getNearestNodeFromDOMNode(host);
          return $isPassageEmbedNode(node)
            ? { id: node.getPassageId(), document: node.getSnapshot().document_id }
            : null;
        });
        if (found) openPassage(found.id, found.document);
        return;
      }
      const remove = target.closest('.embed-remove') !== null;
      editor.update(() => {
        const node = $getNearestNodeFromDOMNode(host);
        if (!$isPassageEmbedNode(node)) return;
        if (remove) {
          node.remove();
          return;
        }
        const selection = $createNodeSelection();
        selection.add(node.getKey());
        $setSelection(selection);
      });
    };
    const unregister = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('click', onClick);
      root?.addEventListener('click', onClick);
    });
    return () => {
      unregister();
      editor.getRootElement()?.removeEventListener('click', onClick);
    };
  }, [editor, openPassage]);

  return null;
}
