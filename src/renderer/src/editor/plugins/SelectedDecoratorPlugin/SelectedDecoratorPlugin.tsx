import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isNodeSelection } from 'lexical';
import { useEffect } from 'react';

/**
 * Marks the quote embeds (and other blocks) held in a node selection with `.is-selected`, from
 * one listener for the whole editor rather than one per embed: with hundreds of quotes in a
 * note, per-embed selection hooks would all run on every keystroke.
 */
export function SelectedDecoratorPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let marked: HTMLElement[] = [];
    return editor.registerUpdateListener(({ editorState }) => {
      const keys = editorState.read(() => {
        const selection = $getSelection();
        return $isNodeSelection(selection) ? selection.getNodes().map((node) => node.getKey()) : [];
      });
      if (keys.length === 0 && marked.length === 0) return;
      marked.forEach((element) => element.classList.remove('is-selected'));
      marked = keys
        .map((key) => editor.getElementByKey(key))
        .filter((element): element is HTMLElement => element !== null);
      marked.forEach((element) => element.classList.add('is-selected'));
    });
  }, [editor]);
  return null;
}
