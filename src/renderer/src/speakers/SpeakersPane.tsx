import { memo, useState } from 'react';
import './speakers.css';
import { useEngineQuery } from '../app/useEngineQuery';
import { VirtualRows } from '../app/VirtualRows';
import { useSpeakersList } from './useSpeakersList';

interface Props {
  openedSpeaker: string | null;
  onOpen(speaker: string): void;
}

/** A speaker row: name, spellings, counts. */
const ROW_ESTIMATE = 58;

/**
 * People quoted across the corpus, grouped over their spellings and entity aliases; a click lists
 * their quotes (accepted and suggested); one button reviews every open suggestion in turn. The
 * list is paged by the engine (grouped, filtered and sorted in SQLite) and drawn as a virtual list.
 */
export const SpeakersPane = memo(function SpeakersPane({ openedSpeaker, onOpen }: Props) {
  const [filter, setFilter] = useState('');
  const pages = useSpeakersList(filter);
  // Whether anything is left to review: a count from the engine, one row asked for.
  const open =
    useEngineQuery(
      'open-suggestions',
      async (api) => (await api.call('quotes-page', { status: 'open', limit: 1 })).total ?? 0,
      { refreshOn: { 'on-coding-changed': true }, refresh: { idle: 1000 }, fallback: 0 },
    ).data ?? 0;

  return (
    <section className="speakers" aria-label="Speakers">
      <div className="codebook-tools">
        <input
          type="search"
          className="filter-input"
          aria-label="Filter speakers"
          placeholder="Filter speakers"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      </div>
      <VirtualRows
        pages={pages}
        label="Speakers"
        listClassName="speaker-list"
        estimate={ROW_ESTIMATE}
        rowKey={(speaker) => speaker.key}
        header={
          open > 0 ? (
            <button type="button" className="button small speaker-review" onClick={() => onOpen('')}>
              Review open suggestions one by one
            </button>
          ) : null
        }
        footer={
          pages.settled && pages.total === 0 ? (
            <li className="empty-state">
              {filter.trim() ? (
                <p className="empty-title">No speaker matches “{filter.trim()}”</p>
              ) : (
                <>
                  <p className="empty-title">No speakers yet</p>
                  <p>Quotations Lectern finds in the texts appear here with who said them.</p>
                </>
              )}
            </li>
          ) : null
        }
        renderRow={(speaker) => (
          <button
            type="button"
            className="speaker-row"
            aria-current={speaker.speaker === openedSpeaker ? 'true' : undefined}
            onClick={() => onOpen(speaker.speaker)}
          >
            <span className="speaker-initial" aria-hidden="true">
              {initials(speaker.speaker)}
            </span>
            <span className="speaker-text">
              <span className="speaker-name">{speaker.speaker}</span>
              {speaker.aliases.length > 0 ? (
                <span className="speaker-aliases">also {speaker.aliases.join(', ')}</span>
              ) : null}
              <span className="speaker-counts">
                {speaker.quotes} {speaker.quotes === 1 ? 'quote' : 'quotes'}
                {speaker.suggested > 0 ? ` · ${speaker.suggested} suggested` : ''} · {speaker.documents}{' '}
                {speaker.documents === 1 ? 'document' : 'documents'}
              </span>
            </span>
          </button>
        )}
      />
    </section>
  );
});

function initials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  return (
    (words[0]?.[0] ?? '') + (words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '')
  ).toUpperCase();
}
