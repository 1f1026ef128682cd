import { useEffect, useRef } from 'react';
import './import.css';
import type { ImportOutcome } from '../../../shared/model';
import type { ImportState } from './useImport';

interface Props {
  state: Exclude<ImportState, { phase: 'idle' }>;
  onDismiss(): void;
  onOpen(id: number): void;
  /** Stops the import after the batch being written; what landed stays. */
  onCancel(): void;
}

/** Lines of the report rendered; problems come first, so a long import's report stays light. */
const SHOWN_OUTCOMES = 300;

const STATUS_LABEL: Record<ImportOutcome['status'], string> = {
  imported: 'Imported',
  duplicate: 'Skipped — duplicate',
  failed: 'Failed',
};
const STATUS_ICON: Record<ImportOutcome['status'], string> = { imported: '✓', duplicate: '=', failed: '!' };

/** Progress while an import runs, then the engine's report: one line per file, with its outcome. */
export function ImportPanel({ state, onDismiss, onOpen, onCancel }: Props) {
  // The finished report takes focus, so screen readers announce it and Esc dismisses it.
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.phase === 'done') panel.current?.focus();
  }, [state.phase]);

  if (state.phase === 'running') {
    const { progress, files } = state;
    const total = progress?.total ?? files;
    const done = progress?.done ?? 0;
    const rate = progress?.rate ?? null;
    const eta = progress?.eta_s ?? null;
    return (
      <div className="import-panel" role="status" aria-label="Import progress">
        <div className="import-head">
          <strong>
            {state.cancelling ? 'Cancelling after the current batch…' : `Importing ${count(total, 'file')}…`}
          </strong>
          <button
            type="button"
            className="button"
            onClick={onCancel}
            disabled={state.cancelling}
            title="Stop after the files being written; what is imported stays"
          >
            Cancel
          </button>
        </div>
        <p className="import-rate muted">
          {done.toLocaleString('en')} of {total.toLocaleString('en')}
          {rate ? ` · ${Math.round(rate).toLocaleString('en')} files/s` : ''}
          {eta !== null && rate ? ` · ${timeLeft(eta)}` : ''}
        </p>
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
  // Problems first: they are what needs the researcher's attention.
  const ordered = [
    ...report.outcomes.filter((o) => o.status !== 'imported'),
    ...report.outcomes.filter((o) => o.status === 'imported'),
  ];
  const shown = ordered.slice(0, SHOWN_OUTCOMES);
  const summary = [
    report.cancelled ? 'Cancelled' : null,
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
        {shown.map((outcome, index) => (
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
      {ordered.length > shown.length ? (
        <p className="import-elapsed muted">… and {more(ordered.slice(shown.length))}.</p>
      ) : null}
      <p className="import-elapsed muted">
        {report.cancelled ? 'Stopped' : 'Finished'} in {formatElapsed(report.elapsed_ms)}
        {report.cancelled
          ? '; the files after that point were not read. Import again to bring in the rest.'
          : ''}
      </p>
    </div>
  );
}

/** "120 more: 100 imported, 20 duplicates skipped" for the lines not listed. */
function more(rest: ImportOutcome[]): string {
  const by = (status: ImportOutcome['status']) => rest.filter((o) => o.status === status).length;
  const parts = [
    by('imported') ? `${by('imported').toLocaleString('en')} imported` : null,
    by('duplicate') ? `${by('duplicate').toLocaleString('en')} duplicates skipped` : null,
    by('failed') ? `${by('failed').toLocaleString('en')} failed` : null,
  ].filter(Boolean);
  return `${count(rest.length, 'more file')}: ${parts.join(', ')}`;
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? noun : `${noun}s`}`;
}

function timeLeft(seconds: number): string {
  if (seconds < 60) return `about ${Math.max(1, Math.round(seconds))} s left`;
  return `about ${Math.round(seconds / 60)} min left`;
}

function formatElapsed(ms: number): string {
  return ms < 2000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}
