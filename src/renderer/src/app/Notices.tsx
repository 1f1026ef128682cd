import { useEffect } from 'react';
import { useNotices, useShownNotices, type Notice } from './NoticeProvider';
import { CloseIcon } from './icons';

const AUTO_DISMISS_MS = 6_000;

/** The confirmation line at the bottom centre, with its one action (Undo) when there is one. */
export function Notices() {
  const notices = useShownNotices();
  const { dismiss } = useNotices();
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <NoticeLine key={notice.id} notice={notice} onDismiss={() => dismiss(notice.id)} />
      ))}
    </div>
  );
}

function NoticeLine({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  useEffect(() => {
    const timer = window.setTimeout(onDismiss, notice.action ? AUTO_DISMISS_MS * 1.5 : AUTO_DISMISS_MS);
    return () => window.clearTimeout(timer);
  }, [onDismiss, notice.action]);
  return (
    <div className="notice">
      <span className="notice-text">{notice.message}</span>
      {notice.action ? (
        <button
          type="button"
          className="notice-action"
          onClick={() => {
            notice.action?.run();
            onDismiss();
          }}
        >
          {notice.action.label}
        </button>
      ) : null}
      <button type="button" className="notice-close" aria-label="Dismiss notice" onClick={onDismiss}>
        <CloseIcon size={13} />
      </button>
    </div>
  );
}
