import './import.css';
import type { ImportProgress } from '../../../shared/model';
import type { ImportState } from './useImport';

interface Props {
  state: Extract<ImportState, { phase: 'running' }>;
  /** An earlier large import's quotations still being read (its second phase), if any. */
  quotations?: ImportProgress | null;
  /** Stops the import after the batch being written; what landed stays. */
  onCancel(): void;
}

/** Progress while an import runs: files done, rate, time left, and Cancel. (ImportReport shows the outcome.) */
export function ImportPanel({ state, quotations, onCancel }: Props) {
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
      <ProgressBar done={done} total={total} />
      {progress?.file ? <p className="import-file muted">{progress.file}</p> : null}
      {quotations && !quotations.finished ? <QuotationsProgress progress={quotations} /> : null}
    </div>
  );
}

/**
 * A large import's second phase: its documents are searchable, their quotations and entities
 * are being found ("Finding quotations: 34,000 of 100,000"), then the outcome.
 */
export function QuotationsProgress({ progress }: { progress: ImportProgress }) {
  const { done, total, rate, eta_s: eta, finished } = progress;
  if (finished)
    return (
      <p className="import-quotations muted" role="status">
        {done >= total
          ? `Quotations and entities found in all ${count(total, 'document')}.`
          : `Quotations and entities found in ${done.toLocaleString('en')} of ${count(total, 'document')}; the rest are found when you open them or the Quotes and Speakers lists.`}
      </p>
    );
  return (
    <div className="import-quotations" role="status" aria-label="Finding quotations">
      <p className="muted">
        Searchable now. Finding quotations and entities: {done.toLocaleString('en')} of{' '}
        {total.toLocaleString('en')}
        {eta !== null && eta !== undefined && rate ? ` · ${timeLeft(eta)}` : ''}
      </p>
      <ProgressBar done={done} total={total} />
    </div>
  );
}

function ProgressBar({ done, total }: { done: number; total: number }) {
  return (
    <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={total} aria-valuenow={done}>
      <div className="progress-bar" style={{ width: `${total ? (100 * done) / total : 0}%` }} />
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
