import { useEffect, useRef, useState } from 'react';
import type { Tag } from '../../../shared/model';
import { MemoField } from '../app/MemoField';
import type { TagCommands } from './useTagCommands';

/** The open tag's colour and description (its memo), under the tree. */
export function TagDetails({ tag, commands }: { tag: Tag; commands: TagCommands }) {
  const [memo, setMemo] = useState(tag.memo);
  const [color, setColor] = useState(tag.color);
  const timer = useRef(0);

  // The engine's answer wins once it arrives (e.g. after undo).
  const [seen, setSeen] = useState({ memo: tag.memo, color: tag.color });
  if (seen.memo !== tag.memo || seen.color !== tag.color) {
    setSeen({ memo: tag.memo, color: tag.color });
    setMemo(tag.memo);
    setColor(tag.color);
  }

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const saveMemo = (): void => {
    if (memo !== tag.memo) void commands.update(tag, { memo });
  };

  return (
    <section className="tag-details" aria-label={`Tag ${tag.name}`}>
      <div className="tag-details-head">
        <label className="color-well" title="Change the colour">
          <input
            type="color"
            aria-label={`Colour of ${tag.name}`}
            value={color}
            onChange={(event) => {
              const value = event.target.value;
              setColor(value);
              // The picker reports every step of a drag; the codebook records the colour settled on.
              window.clearTimeout(timer.current);
              timer.current = window.setTimeout(() => {
                if (value !== tag.color) void commands.update(tag, { color: value });
              }, 350);
            }}
          />
          <span className="swatch big" style={{ background: color }} />
        </label>
        <div className="tag-details-title">
          <strong>{tag.name}</strong>
          <span className="muted small">
            {tag.count} {tag.count === 1 ? 'passage' : 'passages'}
            {tag.total !== tag.count ? ` · ${tag.total} with sub-tags` : ''}
          </span>
        </div>
      </div>
      <MemoField
        className="tag-memo"
        aria-label="Description"
        placeholder="What this code means, when to use it…"
        rows={3}
        value={memo}
        onChange={(event) => setMemo(event.target.value)}
        onSave={saveMemo}
      />
    </section>
  );
}
