import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getNearestNodeFromDOMNode,
  $getRoot,
  $isElementNode,
  COMMAND_PRIORITY_HIGH,
  DRAGOVER_COMMAND,
  DROP_COMMAND,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { useEffect, useState } from 'react';
import { $createPassageEmbedNode, EMPTY_SNAPSHOT } from '../../nodes/PassageEmbedNode';
import { isPassageDrag, readPassageDrag } from '../../passageDrag';

interface DropPlace {
  /** The top-level element the quote goes next to, or null for the end of the note. */
  element: HTMLElement | null;
  after: boolean;
}

/**
 * Accepts passages dragged from the reader or the passage browser: the quote lands between the
 * blocks nearest the pointer (a line shows where), or replaces an empty paragraph there. The
 * embed shows the dragged words at once; its live data arrives with the next citations batch.
 */
export function PassageDropPlugin() {
  const [editor] = useLexicalComposerContext();
  const [line, setLine] = useState<{ top: number; left: number; width: number } | null>(null);

  useEffect(() => {
    let frame = 0;
    const clear = () => {
      cancelAnimationFrame(frame);
      setLine(null);
    };
    const rootElement = () => editor.getRootElement();
    const onLeave = (event: DragEvent) => {
      const root = rootElement();
      if (root && !root.contains(event.relatedTarget as Node | null)) clear();
    };
    const unregisterRoot = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('dragleave', onLeave);
      root?.addEventListener('dragleave', onLeave);
    });

    return mergeRegister(
      unregisterRoot,
      () => rootElement()?.removeEventListener('dragleave', onLeave),
      clear,
      editor.registerCommand(
        DRAGOVER_COMMAND,
        (event) => {
          if (!isPassageDrag(event.dataTransfer)) return false;
          event.preventDefault();
          if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
          const { clientY } = event;
          cancelAnimationFrame(frame);
          frame = requestAnimationFrame(() => {
            const root = rootElement();
            if (!root) return;
            const place = dropPlace(root, clientY);
            const box = root.getBoundingClientRect();
            const parent = root.parentElement?.getBoundingClientRect() ?? box;
            const rect = place.element?.getBoundingClientRect();
            const y = rect ? (place.after ? rect.bottom : rect.top) : box.bottom - 8;
            setLine({ top: y - parent.top, left: box.left - parent.left + 24, width: box.width - 48 });
          });
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        DROP_COMMAND,
        (event) => {
          if (!isPassageDrag(event.dataTransfer)) return false;
          event.preventDefault();
          clear();
          const passageId = readPassageDrag(event.dataTransfer);
          const root = rootElement();
          if (passageId === null || !root) return true;
          const words = event.dataTransfer?.getData('text/plain').replace(/^“|”$/g, '') ?? '';
          insertEmbed(editor, passageId, words, dropPlace(root, event.clientY));
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }, [editor]);

  return line ? <div className="drop-line" style={line} aria-hidden="true" /> : null;
}

/** The top-level block under (or nearest above) the pointer, and which half of it. */
function dropPlace(root: HTMLElement, y: number): DropPlace {
  const blocks = Array.from(root.children) as HTMLElement[];
  for (const block of blocks) {
    const rect = block.getBoundingClientRect();
    if (y < rect.bottom) return { element: block, after: y > rect.top + rect.height / 2 };
  }
  const last = blocks.at(-1) ?? null;
  return { element: last, after: true };
}

function insertEmbed(editor: LexicalEditor, passageId: number, words: string, place: DropPlace): void {
  editor.update(() => {
    const embed = $createPassageEmbedNode(passageId, { ...EMPTY_SNAPSHOT, exact: words });
    const target: LexicalNode | null = place.element ? $getNearestNodeFromDOMNode(place.element) : null;
    const block = target?.getTopLevelElement() ?? null;
    if (!block) {
      $getRoot().append(embed);
    } else if ($isElementNode(block) && block.getType() === 'paragraph' && block.getTextContentSize() === 0) {
      block.replace(embed);
    } else if (place.after) {
      block.insertAfter(embed);
    } else {
      block.insertBefore(embed);
    }
    // Room to keep writing after the quote.
    let next = embed.getNextSibling();
    if (next === null) {
      next = $createParagraphNode();
      embed.insertAfter(next);
    }
    if ($isElementNode(next)) next.selectStart();
    else embed.selectNext();
  });
}
