import { useRef, useState, type KeyboardEvent } from 'react';
import type { QuoteSuggestion } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';
import { useNotices } from '../app/NoticeProvider';
import { VirtualRows } from '../app/VirtualRows';
import type { UndoActions } from '../coding/useUndo';
import { useSpeakerQuotes, type StatusFilter } from './useSpeakerQuotes';

interface Props {
  /** The speaker whose quotes are listed; empty: every open suggestion of the corpus (review). */
  speaker: string;
  visible: boolean;
  speakers: readonly string[];
  undo: UndoActions;
  onShow(quote: QuoteSuggestion): void;
  onClose(): void;
}

/** A quotation row: two lines of quote, the meta line, the speaker field. */
const ROW_ESTIMATE = 120;
const NO_COUNTS = { open: 0, accepted: 0, dismissed: 0 };

const FILTERS: Array<[StatusFilter, string]> = [
  ['all', 'All'],
  ['open', 'Suggested'],
  ['accepted', 'Accepted'],
  ['dismissed', 'Dismissed'],
];

const SIEVES: Record<string, string> = {
  after: 'reporting clause after the quote',
  before: 'reporting clause before the quote',
  previous: 'the sentence before',
  colon: 'introduced with a colon',
  continues: 'continues the quote before',
};

/**
 * A speaker's quotations across the corpus — accepted and suggested, filtered by status — to
 * accept, correct or dismiss where they stand; or, opened as "Review suggestions", every open
 * suggestion one by one. Keys: ↓/j ↑/k move, a or Enter accepts, e edits the speaker, d
 * dismisses, o shows the quote in its text.
 */
export function SpeakerQuotes({ speaker, visible, speakers, undo, onShow, onClose }: Props) {
  const api = useApi();
  const { report } = useErrors();
  const { notify } = useNotices();
  const review = speaker === '';
  const [status, setStatus] = useState<StatusFilter>(review ? 'open' : 'all');
  const { pages, counts: found } = useSpeakerQuotes(speaker, status);
  const counts = found ?? NO_COUNTS;
  const total = pages.total ?? 0;
  const loaded = pages.total !== null && pages.settled;
  const [active, setActive] = useState(0);
  const [edits, setEdits] = useState<Record<number, string>>({});
  const list = useRef<HTMLOListElement & HTMLUListElement>(null);
  const activeIndex = Math.max(0, Math.min(active, total - 1));
  const current = pages.rowAt(activeIndex);

  async function accept(quote: QuoteSuggestion): Promise<void> {
    const typed = edits[quote.id];
    const clean = typed?.trim();
    try {
      const passage = await api.call('quotes-accept', {
        id: quote.id,
        ...(typed !== undefined && clean !== (quote.speaker ?? '') ? { speaker: clean || null } : {}),
      });
      notify(`Accepted quote by ${passage.speaker ?? 'unknown speaker'}`, { label: 'Undo', run: undo.undo });
      list.current?.focus();
    } catch (error) {
      report(error, 'Could not accept the quote');
    }
  }

  async function dismiss(quote: QuoteSuggestion): Promise<void> {
    try {
      await api.call('quotes-dismiss', { id: quote.id });
      notify('Dismissed the suggestion', { label: 'Undo', run: undo.undo });
    } catch (error) {
      report(error, 'Could not dismiss the suggestion');
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>): void {
    if (event.target !== event.currentTarget || !current) return;
    const key = event.key;
    if (key === 'ArrowDown' || key === 'j') setActive(Math.min(activeIndex + 1, total - 1));
    else if (key === 'ArrowUp' || key === 'k') setActive(Math.max(activeIndex - 1, 0));
    else if ((key === 'a' || key === 'Enter') && current.status === 'open') void accept(current);
    else if (key === 'd' && current.status === 'open') void dismiss(current);
    else if (key === 'o') onShow(current);
    else if (key === 'e' && current.status === 'open')
      list.current?.querySelector<HTMLInputElement>(`[data-quote-id="${current.id}"] input`)?.focus();
    else return;
    event.preventDefault();
  }

  const title = review ? 'Review suggestions' : speaker;
  return (
    <section
      className="speaker-quotes"
      hidden={!visible}
      aria-label={review ? 'Review suggestions' : `Quotes of ${speaker}`}
    >
      <header className="pane-header speaker-quotes-header">
        <h2>{title}</h2>
        <span className="speaker-quotes-counts">
          {counts.accepted} accepted · {counts.open} suggested
          {status === 'all' || status === 'dismissed' ? ` · ${counts.dismissed} dismissed` : ''}
        </span>
        <button type="button" className="button small" onClick={onClose}>
          Close
        </button>
      </header>
      <div className="speaker-quotes-tools" role="group" aria-label="Show quotes">
        {FILTERS.map(([value, label]) => (
          <button
            key={value}
            type="button"
            className="chip"
            aria-pressed={status === value}
            onClick={() => {
              setStatus(value);
              setActive(0);
            }}
          >
            {label}
          </button>
        ))}
        <span className="speaker-quotes-keys" aria-hidden="true">
          ↑↓ move · a accept · e edit speaker · d dismiss · o show in text
        </span>
      </div>
      <datalist id="speaker-quote-names">
        {speakers.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {loaded && total === 0 ? (
        <div className="empty-state">
          <p className="empty-title">
            {review ? 'Every suggestion is reviewed' : 'No quotations with this status'}
          </p>
        </div>
      ) : null}
      <VirtualRows
        pages={pages}
        label="Quotations"
        ordered
        scrollClassName="speaker-quote-scroll"
        listClassName="speaker-quote-list"
        listRef={list}
        listProps={{
          tabIndex: 0,
          'aria-activedescendant': current ? `speaker-quote-${current.id}` : undefined,
          onKeyDown,
        }}
        keepInView={visible ? activeIndex : undefined}
        estimate={ROW_ESTIMATE}
        gap={10}
        rowKey={(quote) => quote.id}
        rowProps={(quote, i) => ({
          id: `speaker-quote-${quote.id}`,
          'data-quote-id': quote.id,
          className: `speaker-quote ${quote.status}${i === activeIndex ? ' active' : ''}`,
          'aria-selected': i === activeIndex,
          onClick: () => setActive(i),
        })}
        renderRow={(quote) => (
          <>
            <blockquote className="speaker-quote-text">{quote.exact}</blockquote>
            <div className="speaker-quote-meta">
              <button
                type="button"
                className="link-button"
                onClick={() => onShow(quote)}
                title="Show in the text"
              >
                {quote.document_title}
              </button>
              <span className={`quote-status ${quote.status}`}>{statusLabel(quote)}</span>
            </div>
            {quote.evidence ? (
              <p className="quote-evidence" title={sieveText(quote.sieve)}>
                “{quote.evidence}”{quote.sieve ? ` — ${sieveText(quote.sieve)}` : ''}
              </p>
            ) : null}
            {quote.status === 'open' ? (
              <div className="quote-who">
                <input
                  aria-label="Speaker"
                  list="speaker-quote-names"
                  value={edits[quote.id] ?? quote.speaker ?? ''}
                  placeholder="Who said it?"
                  onChange={(event) => setEdits((all) => ({ ...all, [quote.id]: event.target.value }))}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') {
                      event.preventDefault();
                      void accept(quote);
                    } else if (event.key === 'Escape') list.current?.focus();
                  }}
                />
                <button type="button" className="button small primary" onClick={() => void accept(quote)}>
                  Accept
                </button>
                <button type="button" className="button small" onClick={() => void dismiss(quote)}>
                  Dismiss
                </button>
              </div>
            ) : null}
          </>
        )}
      />
    </section>
  );
}

function statusLabel(quote: QuoteSuggestion): string {
  if (quote.status === 'accepted') return `Accepted · ${quote.speaker ?? 'unknown speaker'}`;
  if (quote.status === 'dismissed') return 'Dismissed';
  return `Suggested · ${quote.confidence === 'high' ? 'sure' : quote.confidence === 'medium' ? 'likely' : 'unsure'}`;
}

/** "after:pronoun" → "reporting clause after the quote, a pronoun resolved". */
function sieveText(sieve: string | null | undefined): string {
  if (!sieve) return '';
  const [position, subject] = sieve.split(':');
  const where = SIEVES[position ?? ''] ?? position ?? '';
  const who =
    subject === 'pronoun'
      ? ', a pronoun resolved to the person just named'
      : subject === 'role'
        ? ', a role resolved to the person introduced with it'
        : subject === 'org'
          ? ', an organisation'
          : '';
  return `${where}${who}`;
}
