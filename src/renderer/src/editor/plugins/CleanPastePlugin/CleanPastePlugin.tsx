import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_HIGH, PASTE_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { cleanPastedHtml } from './cleanPastedHtml';

const LEXICAL_MIME = 'application/x-lexical-editor';

/**
 * Paste from the web, cleaned: the clipboard's HTML goes through `cleanPastedHtml` and is then
 * pasted as usual by the rich-text plugin. Pastes from a Lexical editor (another note) keep their
 * own nodes, quote embeds included.
 */
export function CleanPastePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let cleaning = false;
    return editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        if (cleaning || !(event instanceof ClipboardEvent) || !event.clipboardData) return false;
        const data = event.clipboardData;
        if (data.types.includes(LEXICAL_MIME)) return false;
        const html = data.getData('text/html');
        if (!html) return false;
        const clean = new DataTransfer();
        clean.setData('text/html', cleanPastedHtml(html));
        clean.setData('text/plain', data.getData('text/plain'));
        event.preventDefault();
        cleaning = true;
        try {
          editor.dispatchCommand(PASTE_COMMAND, new ClipboardEvent('paste', { clipboardData: clean }));
        } finally {
          cleaning = false;
        }
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    );
  }, [editor]);
  return null;
}
