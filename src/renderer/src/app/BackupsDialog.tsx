import { useCallback, useEffect, useRef, useState } from 'react';
import type { Backup, BackupList } from '../../../shared/model';
import { useApi } from './ApiProvider';
import { ConfirmDialog } from './ConfirmDialog';
import { Modal } from './Modal';
import { useErrors } from './ErrorProvider';
import { formatTimestamp as formatDateTime } from './formatDate';

const REASONS: Record<string, string> = {
  daily: 'Daily',
  manual: 'Made by hand',
  'before-restore': 'Before a restore',
};

/** What a backup was made for, in words: "Before the upgrade to schema 5" for `before-v5`. */
function reasonText(reason: string): string {
  const upgrade = /^before-v(\d+)$/.exec(reason);
  return upgrade ? `Before the upgrade to schema ${upgrade[1]}` : (REASONS[reason] ?? reason);
}

/**
 * The project's backups: list, make one now, how many to keep, and restore one. A restore first
 * backs up the current state (so it can itself be undone by restoring that), then reloads the
 * window, since every pane shows the restored project.
 */
export function BackupsDialog({ onClose }: { onClose(): void }) {
  const api = useApi();
  const { report } = useErrors();
  const [list, setList] = useState<BackupList | null>(null);
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState<Backup | null>(null);
  const close = useRef<HTMLButtonElement>(null);

  const refresh = useCallback(() => {
    api
      .call('backups-list', {})
      .then(setList, (error: unknown) => report(error, 'Could not list the backups'));
  }, [api, report]);
  useEffect(() => refresh(), [refresh]);

  async function act(what: () => Promise<unknown>, failure: string): Promise<void> {
    setBusy(true);
    try {
      await what();
      refresh();
    } catch (error) {
      report(error, failure);
    } finally {
      setBusy(false);
    }
  }

  async function restore(backup: Backup): Promise<void> {
    setRestoring(null);
    setBusy(true);
    try {
      await api.call('backups-restore', { file: backup.file });
      window.location.reload();
    } catch (error) {
      report(error, 'Could not restore the backup');
      setBusy(false);
    }
  }

  return (
    <>
      <Modal title="Backups" className="backups-dialog" initialFocus={close} onClose={onClose}>
        <div className="modal-body">
          <p className="muted">
            Checked copies of this project, made before each upgrade, once a day while Lectern is open, and
            when you ask.{' '}
            {list ? (
              <>
                They are kept in <bdi className="backups-dir">{list.dir}</bdi>.
              </>
            ) : null}
          </p>
          {list === null ? (
            <p>Loading…</p>
          ) : list.backups.length === 0 ? (
            <p>No backups yet.</p>
          ) : (
            <table className="backups-table">
              <thead>
                <tr>
                  <th scope="col">Made</th>
                  <th scope="col">Why</th>
                  <th scope="col">Size</th>
                  <th scope="col">
                    <span className="visually-hidden">Restore</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.backups.map((backup) => (
                  <tr key={backup.file}>
                    <td>{formatDateTime(backup.created_at)}</td>
                    <td>{reasonText(backup.reason)}</td>
                    <td>{(backup.bytes / 1024 / 1024).toFixed(1)} MB</td>
                    <td>
                      <button
                        type="button"
                        className="button"
                        disabled={busy}
                        aria-label={`Restore the backup of ${formatDateTime(backup.created_at)}`}
                        onClick={() => setRestoring(backup)}
                      >
                        Restore…
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {list && (
            <label className="field backups-keep">
              <span className="field-label">Keep the newest</span>
              <input
                className="field-input"
                type="number"
                min={1}
                max={1000}
                defaultValue={list.keep}
                key={list.keep}
                onBlur={(event) => {
                  const keep = Number(event.target.value);
                  if (Number.isInteger(keep) && keep >= 1 && keep !== list.keep)
                    void act(() => api.call('backups-set-keep', { keep }), 'Could not change the setting');
                }}
              />
              <span className="field-hint">backups; older ones are deleted when a new one is made.</span>
            </label>
          )}
        </div>
        <div className="modal-actions">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void act(() => api.call('backups-create', {}), 'Could not make a backup')}
          >
            Back Up Now
          </button>
          <button ref={close} type="button" className="button primary" onClick={onClose}>
            Close
          </button>
        </div>
      </Modal>
      {restoring && (
        <ConfirmDialog
          title="Restore this backup?"
          confirmLabel="Restore"
          danger
          onConfirm={() => void restore(restoring)}
          onCancel={() => setRestoring(null)}
        >
          <p>
            The project goes back to how it was on {formatDateTime(restoring.created_at)}. Its current state
            is backed up first, so you can return to it from this list.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
