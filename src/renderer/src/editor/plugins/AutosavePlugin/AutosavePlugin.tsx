import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { BLUR_COMMAND, COMMAND_PRIORITY_LOW } from 'lexical';
import { useEffect } from 'react';

/** What the editor needs of the autosave around it. */
export interface AutosaveTarget {
  attach(read: () => string): void;
  markDirty(): void;
  flush(): Promise<void>;
}

/** Updates tagged with this (loading a note, refreshing quote data) are not the writer's edits. */
export const SILENT_TAG = 'lectern-silent';

/**
 * Tells the saver when the document changed — a constant-time check per update: selection moves
 * change no node and are ignored, and the state is serialized only when the saver writes — and
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
        if (tags.has(SILENT_TAG)) return;
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
