import { memo, useMemo, type CSSProperties } from 'react';
import type { Passage } from '../../../shared/model';
import { useTagLooks } from '../coding/CodingProvider';
import { barBackground, passageColors, passageTagNames } from './passageColors';
import { excerpt } from './wordMotion';

interface Props {
  passages: readonly Passage[];
  reattaching: number | null;
  onShow(passage: Passage): void;
  onReattach(passage: Passage): void;
  onOpenTag(tagId: number): void;
}

/** The right pane's Coding tab: the codes of this document, its passages in reading order, its orphans. */
export const DocumentCodingPanel = memo(function DocumentCodingPanel({
  passages,
  reattaching,
  onShow,
  onReattach,
  onOpenTag,
}: Props) {
  const { looks } = useTagLooks();
  const anchored = passages.filter((p) => p.status === 'anchored');
  const orphans = passages.filter((p) => p.status === 'orphaned');
  const perTag = useMemo(() => {
    const counts = new Map<number, number>();
    for (const passage of anchored)
      for (const id of passage.tag_ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    return [...counts.entries()]
      .filter(([id]) => looks.has(id))
      .sort((a, b) => b[1] - a[1] || looks.get(a[0])!.name.localeCompare(looks.get(b[0])!.name));
  }, [anchored, looks]);

  return (
    <div className="pane-scroll side-scroll" aria-label="Coding of this document">
      {passages.length === 0 ? (
        <div className="side-empty">
          <p className="empty-title">Nothing coded yet</p>
          <p>
            Select a passage and pick a tag, or press <kbd>→</kbd> in the text, <kbd>⇧</kbd>
            <kbd>→</kbd> to select and <kbd>T</kbd>.
          </p>
        </div>
      ) : null}
      {perTag.length > 0 ? (
        <section className="details-section">
          <h3>Codes here</h3>
          <ul className="code-summary">
            {perTag.map(([id, count]) => (
              <li key={id}>
                <button
                  type="button"
                  className="row-button code-summary-row"
                  style={{ '--chip': looks.get(id)!.color } as CSSProperties}
                  onClick={() => onOpenTag(id)}
                  title="Show every passage of this tag"
                >
                  <span className="swatch" aria-hidden="true" />
                  <span className="code-summary-name">{looks.get(id)!.name}</span>
                  <span className="muted">{count}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {anchored.length > 0 ? (
        <section className="details-section">
          <h3>Passages · {anchored.length}</h3>
          <ul className="side-passages" aria-label="Passages in this document">
            {/* In runs of 50, each skipped by the browser while out of view (reader.css). */}
            {chunksOf(anchored, SIDE_CHUNK).map((run) => (
              <li key={run[0]!.id} role="none" className="side-chunk">
                <ul role="none">
                  {run.map((passage) => {
                    const names = passageTagNames(passage, looks);
                    return (
                      <li key={passage.id}>
                        <button
                          type="button"
                          className="row-button side-passage"
                          onClick={() => onShow(passage)}
                        >
                          <span
                            className="side-bar"
                            style={{ background: barBackground(passageColors(passage, looks)) }}
                            aria-hidden="true"
                          />
                          <span className="side-passage-text">
                            <span className="side-exact">{excerpt(passage.exact, 14)}</span>
                            <span className="side-tags">
                              {passage.speaker ? `❝ ${passage.speaker}` : ''}
                              {passage.speaker && names.length > 0 ? ' · ' : ''}
                              {names.join(', ') || (passage.speaker ? '' : 'No tags')}
                            </span>
                          </span>
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {orphans.length > 0 ? (
        <section className="details-section" aria-label="Orphaned passages">
          <h3>Orphaned · {orphans.length}</h3>
          <p className="muted small">
            Their text changed on re-import. Select the right words in the reader and re-attach them.
          </p>
          <ul className="side-passages">
            {orphans.map((passage) => (
              <li key={passage.id} className="side-orphan">
                <span className="side-exact">{excerpt(passage.exact, 14)}</span>
                <button
                  type="button"
                  className={`button small${reattaching === passage.id ? ' toggle on' : ''}`}
                  aria-pressed={reattaching === passage.id}
                  onClick={() => onReattach(passage)}
                >
                  {reattaching === passage.id ? 'Selecting…' : 'Re-attach…'}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
});

/** Rows per run of the passage list. */
const SIDE_CHUNK = 50;

function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const runs: T[][] = [];
  for (let i = 0; i < items.length; i += size) runs.push(items.slice(i, i + size));
  return runs;
}
