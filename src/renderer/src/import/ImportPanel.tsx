import { useEffect, useRef } from 'react';
import './import.css';
import type { ImportOutcome } from '../../../shared/model';
import type { ImportState } from './useImport';

interface Props {
  state: Exclude<ImportState, { phase: 'idle' }>;
  onDismiss(): void;
  onOpen(id: number): void;
}

const STATUS_LABEL: Record<ImportOutcome['status'], string> = {
  imported: 'Imported',
  duplicate: 'Skipped — duplicate',
  failed: 'Failed',
};
const STATUS_ICON: Record<ImportOutcome['status'], string> = { imported: '✓', duplicate: '=', failed: '!' };

/** Progress while an import runs, then the engine's report: one line per file, with its outcome. */
export function ImportPanel({ state, onDismiss, onOpen }: Props) {
  // The finished report takes focus, so screen readers announce it and Esc dismisses it.
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.phase === 'done') panel.current?.focus();
  }, [state.phase]);

  if (state.phase === 'running') {
    const { progress, files } = state;
    const total = progress?.total ?? files;
    const done = progress?.done ?? 0;
    return (
      <div className="import-panel" role="status" aria-label="Import progress">
        <div className="import-head">
          <strong>
            Importing {total} {total === 1 ? 'file' : 'files'}…
          </strong>
          <span className="muted">
            {done} of {total}
          </span>
        </div>
        <div
          className="progress"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
        >
          <div className="progress-bar" style={{ width: `${total ? (100 * done) / total : 0}%` }} />
        </div>
        {progress?.file ? <p className="import-file muted">{progress.file}</p> : null}
      </div>
    );
  }

  const { report } = state;
  const summary = [
    report.imported ? `${report.imported} imported` : null,
    report.duplicates
      ? `${report.duplicates} ${report.duplicates === 1 ? 'duplicate' : 'duplicates'} skipped`
      : null,
    report.failed ? `${report.failed} failed` : null,
  ].filter(Boolean);
  return (
    <div
      ref={panel}
      tabIndex={-1}
      className="import-panel"
      role="dialog"
      aria-label="Import report"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDismiss();
      }}
    >
      <div className="import-head">
        <strong>{summary.length > 0 ? summary.join(' · ') : 'Nothing imported'}</strong>
        <button type="button" className="icon-button" aria-label="Dismiss import report" onClick={onDismiss}>
          ×
        </button>
      </div>
      <ul className="outcomes" aria-label="Files">
        {report.outcomes.map((outcome, index) => (
          <li key={index} className={`outcome ${outcome.status}`}>
            <span className="outcome-icon" aria-hidden="true">
              {STATUS_ICON[outcome.status]}
            </span>
            <div className="outcome-text">
              <div className="outcome-line">
                <span className="outcome-file" title={outcome.file}>
                  {baseName(outcome.file)}
                </span>
                <span className="outcome-status">{STATUS_LABEL[outcome.status]}</span>
              </div>
              {outcome.status === 'imported' ? (
                <button type="button" className="link-button" onClick={() => onOpen(outcome.id)}>
                  {outcome.title}
                </button>
              ) : (
                <p className="outcome-message">{outcome.message}</p>
              )}
            </div>
          </li>
        ))}
      </ul>
      <p className="import-elapsed muted">Finished in {Math.round(report.elapsed_ms)} ms</p>
    </div>
  );
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}
