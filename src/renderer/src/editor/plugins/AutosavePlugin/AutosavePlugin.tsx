import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { BLUR_COMMAND, COMMAND_PRIORITY_LOW, HISTORY_MERGE_TAG } from 'lexical';
import { useEffect } from 'react';
import { QUOTE_REFRESH_TAG } from '../../updateTags';

/** What the editor needs of the autosave around it. */
export interface AutosaveTarget {
  attach(read: () => string): void;
  markDirty(): void;
  flush(): Promise<void>;
}

/**
 * Tells the saver when the document changed — a constant-time check per update: selection moves
 * change no node and are ignored, as are Lexical's own housekeeping updates (see updateTags), and
 * the state is serialized only when the saver writes — and
 * writes at once when the editor loses focus or goes away.
 */
export function AutosavePlugin({ saver }: { saver: AutosaveTarget }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    saver.attach(() => JSON.stringify(editor.getEditorState().toJSON()));
    const flushOnHide = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    const flushNow = () => void saver.flush();
    window.addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', flushOnHide);
    const unregister = mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        if (tags.has(HISTORY_MERGE_TAG) && !tags.has(QUOTE_REFRESH_TAG)) return;
        saver.markDirty();
      }),
      editor.registerCommand(
        BLUR_COMMAND,
        () => {
          void saver.flush();
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
    return () => {
      unregister();
      window.removeEventListener('pagehide', flushNow);
      document.removeEventListener('visibilitychange', flushOnHide);
      void saver.flush();
    };
  }, [editor, saver]);
  return null;
}
