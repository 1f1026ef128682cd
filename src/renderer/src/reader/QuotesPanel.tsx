import { memo, useEffect, useRef, useState } from 'react';
import type { Passage, QuoteSuggestion } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';
import { useNotices } from '../app/NoticeProvider';
import type { UndoActions } from '../coding/useUndo';
import { excerpt } from './wordMotion';

interface Props {
  quotes: readonly QuoteSuggestion[];
  speakers: readonly string[];
  /** A suggestion picked in the text (its margin mark): scrolled to and marked. */
  focusId: number | null;
  undo: UndoActions;
  onShow(quote: QuoteSuggestion): void;
  onAccepted(passage: Passage): void;
}

const CONFIDENCE: Record<QuoteSuggestion['confidence'], string> = {
  high: 'Sure',
  medium: 'Likely',
  low: 'Unsure',
};

/**
 * The right pane's Quotes tab: quotations Lectern found in this document with the speaker it
 * proposes and why; the researcher accepts (correcting the speaker if need be) or dismisses.
 */
export const QuotesPanel = memo(function QuotesPanel({
  quotes,
  speakers,
  focusId,
  undo,
  onShow,
  onAccepted,
}: Props) {
  const open = quotes.filter((q) => q.status === 'open');
  const accepted = quotes.filter((q) => q.status === 'accepted');
  const dismissed = quotes.filter((q) => q.status === 'dismissed');
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusId === null) return;
    list.current?.querySelector(`[data-quote-id="${focusId}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [focusId]);

  return (
    <div ref={list} className="pane-scroll side-scroll" aria-label="Quotes in this document">
      {quotes.length === 0 ? (
        <div className="side-empty">
          <p className="empty-title">No quotations found</p>
          <p>Lectern looks for quoted speech with a speaker nearby (“…,” he said).</p>
        </div>
      ) : null}
      {open.length > 0 ? (
        <section className="details-section">
          <h3>Suggested · {open.length}</h3>
          <datalist id="quote-speakers">
            {speakers.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <ul className="quote-cards">
            {open.map((quote) => (
              <QuoteCard
                key={quote.id}
                quote={quote}
                focused={quote.id === focusId}
                undo={undo}
                onShow={onShow}
                onAccepted={onAccepted}
              />
            ))}
          </ul>
        </section>
      ) : quotes.length > 0 ? (
        <p className="side-done">All suggestions reviewed.</p>
      ) : null}
      {accepted.length > 0 ? (
        <section className="details-section">
          <h3>Accepted · {accepted.length}</h3>
          <ul className="quote-done">
            {accepted.map((quote) => (
              <li key={quote.id}>
                <button type="button" className="link-button quote-done-text" onClick={() => onShow(quote)}>
                  {excerpt(quote.exact, 9)}
                </button>
                <span className="quote-speaker">{quote.speaker ?? 'Unknown speaker'}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {dismissed.length > 0 ? (
        <details className="details-section quote-dismissed">
          <summary>Dismissed · {dismissed.length}</summary>
          <ul className="quote-done">
            {dismissed.map((quote) => (
              <li key={quote.id}>
                <button type="button" className="link-button quote-done-text" onClick={() => onShow(quote)}>
                  {excerpt(quote.exact, 9)}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
});

function QuoteCard({
  quote,
  focused,
  undo,
  onShow,
  onAccepted,
}: {
  quote: QuoteSuggestion;
  focused: boolean;
  undo: UndoActions;
  onShow(quote: QuoteSuggestion): void;
  onAccepted(passage: Passage): void;
}) {
  const api = useApi();
  const { report } = useErrors();
  const { notify } = useNotices();
  const [speaker, setSpeaker] = useState(quote.speaker ?? '');
  const [busy, setBusy] = useState(false);

  async function accept(): Promise<void> {
    setBusy(true);
    try {
      const clean = speaker.trim();
      const passage = await api.call('quotes-accept', {
        id: quote.id,
        ...(clean !== (quote.speaker ?? '') ? { speaker: clean || null } : {}),
      });
      onAccepted(passage);
      notify(`Accepted quote by ${passage.speaker ?? 'unknown speaker'}`, { label: 'Undo', run: undo.undo });
    } catch (error) {
      report(error, 'Could not accept the quote');
    } finally {
      setBusy(false);
    }
  }

  async function dismiss(): Promise<void> {
    setBusy(true);
    try {
      await api.call('quotes-dismiss', { id: quote.id });
      notify('Dismissed the suggestion', { label: 'Undo', run: undo.undo });
    } catch (error) {
      report(error, 'Could not dismiss the suggestion');
    } finally {
      setBusy(false);
    }
  }

  return (
    <li
      className={`quote-card${focused ? ' focused' : ''}`}
      data-quote-id={quote.id}
      aria-label={`Suggested quote ${excerpt(quote.exact, 6)}`}
    >
      <button type="button" className="quote-text" onClick={() => onShow(quote)} title="Show in the text">
        {quote.exact}
      </button>
      <div className="quote-who">
        <input
          aria-label="Speaker"
          list="quote-speakers"
          value={speaker}
          placeholder="Who said it?"
          onChange={(event) => setSpeaker(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void accept();
            }
          }}
        />
        <span
          className={`confidence ${quote.confidence}`}
          title={`Lectern’s confidence: ${quote.confidence}`}
        >
          {CONFIDENCE[quote.confidence]}
        </span>
      </div>
      {quote.evidence ? <p className="quote-evidence">{quote.evidence}</p> : null}
      <div className="quote-actions">
        <button type="button" className="button small primary" disabled={busy} onClick={() => void accept()}>
          Accept
        </button>
        <button type="button" className="button small" disabled={busy} onClick={() => void dismiss()}>
          Dismiss
        </button>
      </div>
    </li>
  );
}
