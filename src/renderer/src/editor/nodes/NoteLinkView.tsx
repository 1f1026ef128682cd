import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { memo } from 'react';
import { useEditorServices } from '../EditorServices';
import { $isNoteLinkNode, type NoteLinkTarget } from './NoteLinkNode';

interface Props {
  nodeKey: NodeKey;
  target: NoteLinkTarget;
  targetId: number | null;
  title: string;
}

/** A `[[link]]` chip: a click follows it, creating the note first when it does not exist yet. */
export const NoteLinkView = memo(function NoteLinkView({ nodeKey, target, targetId, title }: Props) {
  const [editor] = useLexicalComposerContext();
  const services = useEditorServices();

  const follow = async () => {
    if (target === 'document') {
      if (targetId !== null) services.openDocument(targetId);
      return;
    }
    let id = targetId;
    if (id === null) {
      id = await services.resolveLink(title);
      const resolved = id;
      editor.update(() => {
        const node = $getNodeByKey(nodeKey);
        if ($isNoteLinkNode(node)) node.setTargetId(resolved);
      });
    }
    services.openNote(id);
  };

  return (
    <a
      href="#"
      role="link"
      className={`note-link ${target}${targetId === null ? ' unresolved' : ''}`}
      data-testid="note-link"
      title={
        target === 'document'
          ? `Open the document “${title}”`
          : targetId === null
            ? `Create and open the note “${title}”`
            : `Open the note “${title}”`
      }
      onClick={(event) => {
        event.preventDefault();
        void follow();
      }}
    >
      {target === 'document' ? (
        <span className="note-link-icon" aria-hidden="true">
          ▤
        </span>
      ) : null}
      {title}
    </a>
  );
});
