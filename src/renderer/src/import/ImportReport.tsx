import { useEffect, useRef, useState } from 'react';
import './import.css';
import './ImportReport.css';
import type { ImportOutcome, ImportProgress, ImportReport as Report } from '../../../shared/model';
import { count, QuotationsProgress } from './ImportPanel';
import { CloseIcon } from '../app/icons';

interface Props {
  report: Report;
  /** The second phase of a large import (quotations and entities), while and after it runs. */
  quotations?: ImportProgress | null;
  onDismiss(): void;
  onOpen(id: number): void;
}

const STATUS_LABEL: Record<ImportOutcome['status'], string> = {
  imported: 'Imported',
  duplicate: 'Skipped — duplicate',
  failed: 'Failed',
};
const STATUS_ICON: Record<ImportOutcome['status'], string> = { imported: '✓', duplicate: '=', failed: '!' };

/** Lines of the report rendered; problems come first, so a long import's report stays light. */
const SHOWN_OUTCOMES = 300;

/**
 * The engine's report on a finished import, one line per file. It sits over a side pane, never
 * over the text, and once read — the researcher clicks or tabs elsewhere — it folds into a small
 * notice with the totals, to open again or dismiss. Esc dismisses it.
 */
export function ImportReport({ report, quotations, onDismiss, onOpen }: Props) {
  const panel = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(true);
  // A new import's report opens again.
  const [shownFor, setShownFor] = useState(report);
  if (shownFor !== report) {
    setShownFor(report);
    setOpen(true);
  }

  // Shown: it takes focus, so screen readers announce it and Esc dismisses it.
  useEffect(() => {
    if (open) panel.current?.focus();
  }, [open]);

  // Read: a press anywhere else folds it.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent): void => {
      if (!panel.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => window.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);

  // Problems first: they are what needs the researcher's attention.
  const ordered = [
    ...report.outcomes.filter((o) => o.status !== 'imported'),
    ...report.outcomes.filter((o) => o.status === 'imported'),
  ];
  const shown = ordered.slice(0, SHOWN_OUTCOMES);
  const summary =
    [
      report.cancelled ? 'Cancelled' : null,
      report.imported ? `${report.imported} imported` : null,
      report.duplicates
        ? `${report.duplicates} ${report.duplicates === 1 ? 'duplicate' : 'duplicates'} skipped`
        : null,
      report.failed ? `${report.failed} failed` : null,
      // Folded, the notice still says the second phase is under way.
      quotations && !quotations.finished && report.quotations_pending
        ? `quotations ${Math.floor((100 * quotations.done) / Math.max(1, quotations.total))} %`
        : null,
    ]
      .filter(Boolean)
      .join(' · ') || 'Nothing imported';

  if (!open) {
    return (
      <div
        className={`import-notice${report.failed ? ' has-failed' : ''}`}
        role="status"
        aria-label="Import finished"
      >
        <button
          type="button"
          className="import-notice-open"
          title="Show the import report"
          onClick={() => setOpen(true)}
        >
          <span aria-hidden="true">{report.failed ? '!' : '✓'}</span> {summary}
        </button>
        <button
          type="button"
          className="icon-button small"
          aria-label="Dismiss import report"
          onClick={onDismiss}
        >
          <CloseIcon size={13} />
        </button>
      </div>
    );
  }

  return (
    <div
      ref={panel}
      tabIndex={-1}
      className="import-panel import-report"
      role="dialog"
      aria-label="Import report"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDismiss();
      }}
      onBlur={(event) => {
        // Tabbing out of it reads as done with it, too.
        const next = event.relatedTarget as Node | null;
        if (next && !event.currentTarget.contains(next)) setOpen(false);
      }}
    >
      <div className="import-head">
        <strong>{summary}</strong>
        <span className="import-report-actions">
          <button
            type="button"
            className="icon-button small"
            aria-label="Fold import report"
            title="Fold into a small notice"
            onClick={() => setOpen(false)}
          >
            ‒
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss import report"
            onClick={onDismiss}
          >
            <CloseIcon size={13} />
          </button>
        </span>
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
        {report.cancelled ? 'Stopped' : report.quotations_pending ? 'Searchable' : 'Finished'} in{' '}
        {formatElapsed(report.elapsed_ms)}
        {report.cancelled
          ? '; the files after that point were not read. Import again to bring in the rest.'
          : ''}
      </p>
      {quotations && report.quotations_pending ? <QuotationsProgress progress={quotations} /> : null}
    </div>
  );
}

/** "120 more files: 100 imported, 20 duplicates skipped" for the lines not listed. */
function more(rest: ImportOutcome[]): string {
  const by = (status: ImportOutcome['status']) => rest.filter((o) => o.status === status).length;
  const parts = [
    by('imported') ? `${by('imported').toLocaleString('en')} imported` : null,
    by('duplicate') ? `${by('duplicate').toLocaleString('en')} duplicates skipped` : null,
    by('failed') ? `${by('failed').toLocaleString('en')} failed` : null,
  ].filter(Boolean);
  return `${count(rest.length, 'more file')}: ${parts.join(', ')}`;
}

function formatElapsed(ms: number): string {
  return ms < 2000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}
