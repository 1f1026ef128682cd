import './import.css';
import type { ImportState } from './useImport';

interface Props {
  state: Extract<ImportState, { phase: 'running' }>;
  /** Stops the import after the batch being written; what landed stays. */
  onCancel(): void;
}

/** Progress while an import runs: files done, rate, time left, and Cancel. (ImportReport shows the outcome.) */
export function ImportPanel({ state, onCancel }: Props) {
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

export function count(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? noun : `${noun}s`}`;
}

function timeLeft(seconds: number): string {
  if (seconds < 60) return `about ${Math.max(1, Math.round(seconds))} s left`;
  return `about ${Math.round(seconds / 60)} min left`;
}
