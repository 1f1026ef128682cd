import { useEffect } from 'react';
import { useErrors, type ErrorNotice } from './ErrorProvider';
import { CloseIcon } from './icons';

const AUTO_DISMISS_MS = 12_000;

/** Failures as a stack of notices in the corner: readable, dismissible, never in the way. */
export function ErrorToasts() {
  const { notices, dismiss } = useErrors();
  return (
    <div className="toasts" aria-live="assertive">
      {notices.map((notice) => (
        <Toast key={notice.id} notice={notice} onDismiss={() => dismiss(notice.id)} />
      ))}
    </div>
  );
}

function Toast({ notice, onDismiss }: { notice: ErrorNotice; onDismiss: () => void }) {
  useEffect(() => {
    const timer = window.setTimeout(onDismiss, AUTO_DISMISS_MS);
    return () => window.clearTimeout(timer);
  }, [onDismiss]);
  return (
    <div className="toast" role="alert">
      <span className="toast-icon" aria-hidden="true">
        !
      </span>
      <div className="toast-text">
        <strong>{notice.title}</strong>
        <p>{notice.message}</p>
        {notice.detail ? <p className="toast-detail">{notice.detail}</p> : null}
      </div>
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={onDismiss}>
        <CloseIcon size={14} />
      </button>
    </div>
  );
}
