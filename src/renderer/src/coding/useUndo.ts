import { useCallback, useEffect, useRef } from 'react';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';
import { useNotices } from '../app/NoticeProvider';
import { isTyping } from '../app/useShortcut';

export interface UndoActions {
  undo(): void;
  redo(): void;
}

/** Undo and redo of coding steps, each confirmed by a notice naming what was undone. */
export function useUndo(): UndoActions {
  const api = useApi();
  const { report } = useErrors();
  const { notify } = useNotices();
  const busy = useRef(false);

  const run = useCallback(
    (direction: 'undo' | 'redo') => {
      // One step at a time: a held-down Ctrl+Z must not race itself.
      if (busy.current) return;
      busy.current = true;
      const before = api.call('coding-undo-state', {});
      before
        .then(async (state) => {
          if (direction === 'undo' ? !state.can_undo : !state.can_redo) {
            notify(direction === 'undo' ? 'Nothing to undo' : 'Nothing to redo');
            return;
          }
          const after = await api.call(direction === 'undo' ? 'coding-undo' : 'coding-redo', {});
          // The step just undone is now the one to redo, and the other way round.
          const label = direction === 'undo' ? after.redo_label : after.undo_label;
          notify(
            `${direction === 'undo' ? 'Undid' : 'Redid'}: ${label ?? 'the last change'}`,
            direction === 'undo'
              ? { label: 'Redo', run: () => run('redo') }
              : { label: 'Undo', run: () => run('undo') },
          );
        })
        .catch((error: unknown) => report(error, direction === 'undo' ? 'Could not undo' : 'Could not redo'))
        .finally(() => {
          busy.current = false;
        });
    },
    [api, notify, report],
  );

  return { undo: useCallback(() => run('undo'), [run]), redo: useCallback(() => run('redo'), [run]) };
}

/** Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y (Cmd on macOS) anywhere but in a text field. */
export function useUndoShortcuts(actions: UndoActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) latest.current.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') latest.current.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
