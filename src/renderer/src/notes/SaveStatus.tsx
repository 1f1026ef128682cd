import { useSyncExternalStore } from 'react';
import type { NoteSaver, SaveState } from './NoteSaver';

/** "Saved" / "Saving…" and the word count, quietly; a failed save says so plainly. */
export function SaveStatus({ saver }: { saver: NoteSaver }) {
  const state: SaveState = useSyncExternalStore(saver.subscribe, saver.getState);
  const words = saver.words;
  const onRetry = () => void saver.flush();
  const count = `${words.toLocaleString('en')} ${words === 1 ? 'word' : 'words'}`;
  if (state.kind === 'failed') {
    return (
      <span className="save-status failed" role="alert" data-testid="save-status">
        Not saved: {state.message}. Your text is kept here; retrying…
        <button type="button" className="link-button" onClick={onRetry}>
          Retry now
        </button>
      </span>
    );
  }
  const label = state.kind === 'saved' ? 'Saved' : 'Saving…';
  return (
    <span className={`save-status ${state.kind}`} data-testid="save-status" aria-live="polite">
      <span className="save-dot" aria-hidden="true" />
      {label}
      <span className="save-words"> · {count}</span>
    </span>
  );
}
