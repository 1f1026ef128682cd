import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef, useState } from 'react';
import './speakers.css';
import type { Speaker } from '../../../shared/model';
import { foldName } from '../coding/tagTree';

interface Props {
  speakers: Speaker[];
  loaded: boolean;
  openedSpeaker: string | null;
  onOpen(speaker: string): void;
}

/**
 * People quoted across the corpus, grouped over their spellings and entity aliases; a click lists
 * their quotes (accepted and suggested); one button reviews every open suggestion in turn.
 */
export const SpeakersPane = memo(function SpeakersPane({ speakers, loaded, openedSpeaker, onOpen }: Props) {
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const wanted = foldName(filter.trim());
    if (!wanted) return speakers;
    return speakers.filter((s) => [s.speaker, ...s.aliases].some((name) => foldName(name).includes(wanted)));
  }, [speakers, filter]);
  // Thousands of speakers in a large corpus: only the rows near the view are rendered.
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 58,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

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
      <div className="pane-scroll" ref={scroller}>
        {speakers.some((s) => s.suggested > 0) ? (
          <button type="button" className="button small speaker-review" onClick={() => onOpen('')}>
            Review open suggestions one by one
          </button>
        ) : null}
        {loaded && speakers.length === 0 ? (
          <div className="empty-state">
            <p className="empty-title">No speakers yet</p>
            <p>Quotations Lectern finds in the texts appear here with who said them.</p>
          </div>
        ) : null}
        <ul
          className="speaker-list"
          aria-label="Speakers"
          style={{ paddingTop: padTop, paddingBottom: Math.max(0, padBottom) + 16 }}
        >
          {items
            .map(({ index }) => shown[index]!)
            .map((speaker, i) => (
              <li key={speaker.speaker} data-index={items[i]!.index} ref={virtualizer.measureElement}>
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
              </li>
            ))}
        </ul>
      </div>
    </section>
  );
});

function initials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  return (
    (words[0]?.[0] ?? '') + (words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '')
  ).toUpperCase();
}
