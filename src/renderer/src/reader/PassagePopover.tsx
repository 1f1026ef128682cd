import { memo, useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { Passage } from '../../../shared/model';
import { MemoField } from '../app/MemoField';
import { useTagLooks } from '../coding/CodingProvider';
import { TagPalette } from '../coding/TagPalette';
import { setPassageDragData } from '../editor/passageDrag';
import type { CodingActions } from './useCodingActions';

interface Props {
  /** Every passage at the clicked place; one is shown at a time. */
  passages: Passage[];
  index: number;
  actions: CodingActions;
  speakers: readonly string[];
  onIndex(index: number): void;
  onClose(): void;
  onOpenTag(tagId: number): void;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const ALT = isMac ? '⌥' : 'Alt';
const CTRL = isMac ? '⌃' : 'Ctrl';

/**
 * What a passage carries, and everything one can do to it without re-marking it: its tags (remove,
 * add), memo, speaker, its two ends word by word, delete. Opened from a margin bar or coded text.
 * Memoised: as it leaves (hidden for a frame after a delete) it is not drawn again.
 */
export const PassagePopover = memo(function PassagePopover(props: Props) {
  const { passages, index, onIndex, onClose } = props;
  const passage = passages[Math.min(index, passages.length - 1)];
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    dialog.current?.focus({ preventScroll: true });
  }, []);
  if (!passage) return null;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  }

  return (
    <div
      ref={dialog}
      className="popover passage-popover"
      role="dialog"
      aria-label="Passage"
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onMouseDown={(event) => event.stopPropagation()}
      onMouseUp={(event) => event.stopPropagation()}
      onClick={(event) => event.stopPropagation()}
    >
      <header className="popover-head">
        <span className="popover-kind">
          {passage.kind === 'quote' ? 'Quote' : 'Coded passage'}
          {passages.length > 1 ? (
            <span className="popover-count">
              <button
                type="button"
                className="icon-button small"
                aria-label="Previous passage here"
                onClick={() => onIndex((index - 1 + passages.length) % passages.length)}
              >
                ‹
              </button>
              {Math.min(index, passages.length - 1) + 1} of {passages.length} here
              <button
                type="button"
                className="icon-button small"
                aria-label="Next passage here"
                onClick={() => onIndex((index + 1) % passages.length)}
              >
                ›
              </button>
            </span>
          ) : null}
        </span>
        <button type="button" className="icon-button small" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <PassageEditor key={passage.id} {...props} passage={passage} />
    </div>
  );
});

function PassageEditor({ passage, actions, speakers, onClose, onOpenTag }: Props & { passage: Passage }) {
  const { looks } = useTagLooks();
  const [adding, setAdding] = useState(false);
  const [memo, setMemo] = useState(passage.memo);
  const [speaker, setSpeaker] = useState(passage.speaker ?? '');
  const applied = new Set(passage.tag_ids);
  const showSpeaker = passage.kind === 'quote' || passage.speaker !== null;

  const saveMemo = (): void => {
    if (memo !== passage.memo) void actions.update(passage, { memo });
  };
  const saveSpeaker = (): void => {
    const clean = speaker.trim();
    if (clean !== (passage.speaker ?? '')) void actions.update(passage, { speaker: clean || null });
  };
  const move = (edge: 'start' | 'end', direction: -1 | 1): void => actions.nudge(passage.id, edge, direction);

  return (
    <>
      <blockquote
        className="popover-exact"
        lang=""
        draggable
        title="Drag into a note to quote it"
        onDragStart={(event) => setPassageDragData(event.dataTransfer, passage)}
      >
        {passage.exact}
      </blockquote>
      <section className="popover-section" aria-label="Tags">
        <ul className="chip-list">
          {passage.tag_ids.map((id) => {
            const look = looks.get(id);
            if (!look) return null;
            return (
              <li key={id} className="chip" style={{ '--chip': look.color } as CSSProperties}>
                <button
                  type="button"
                  className="chip-name"
                  title="Show every passage of this tag"
                  onClick={() => onOpenTag(id)}
                >
                  <span className="swatch" aria-hidden="true" />
                  {look.name}
                </button>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove tag ${look.name}`}
                  title={`Remove “${look.name}” from this passage`}
                  onClick={() => void actions.removeTag(passage, id)}
                >
                  ×
                </button>
              </li>
            );
          })}
          <li>
            <button
              type="button"
              className="chip-add"
              aria-expanded={adding}
              onClick={() => setAdding((open) => !open)}
            >
              + Add tag
            </button>
          </li>
        </ul>
        {adding ? (
          <div className="popover-palette">
            <TagPalette
              title="Add a tag"
              exclude={applied}
              onPick={(tag, keepOpen) => {
                void actions.addTag(passage, tag);
                if (!keepOpen) setAdding(false);
              }}
              onCreate={(name, keepOpen) => {
                void actions.addNewTag(passage, name);
                if (!keepOpen) setAdding(false);
              }}
              onClose={() => setAdding(false)}
            />
          </div>
        ) : null}
        {passage.tag_ids.length === 0 && !adding ? <p className="muted small">No tags yet.</p> : null}
      </section>
      {showSpeaker ? (
        <label className="popover-field">
          <span>Speaker</span>
          <input
            value={speaker}
            list="speaker-names"
            placeholder="Who said this?"
            onChange={(event) => setSpeaker(event.target.value)}
            onBlur={saveSpeaker}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                saveSpeaker();
              }
            }}
          />
          <datalist id="speaker-names">
            {speakers.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </label>
      ) : null}
      <label className="popover-field">
        <span>Memo</span>
        <MemoField
          value={memo}
          rows={memo.length > 80 ? 4 : 2}
          placeholder="Why this passage matters…"
          onChange={(event) => setMemo(event.target.value)}
          onSave={saveMemo}
        />
      </label>
      <div className="popover-bounds" role="group" aria-label="Boundaries">
        <EdgeNudge edge="start" onMove={move} />
        <EdgeNudge edge="end" onMove={move} />
        <span
          className="popover-hint"
          title={`In the text: ${ALT}+Shift+←/→ moves the end, ${ALT}+${CTRL}+←/→ the start, a word at a time`}
        >
          {ALT}+⇧+←/→ end · {ALT}+{CTRL}+←/→ start
        </span>
      </div>
      <footer className="popover-foot">
        <span className="muted small" title={passage.updated_at}>
          {passage.exact.length.toLocaleString('en')} characters
        </span>
        <button
          type="button"
          className="button danger small"
          onClick={() => {
            onClose();
            void actions.remove(passage);
          }}
        >
          Delete passage
        </button>
      </footer>
    </>
  );
}

/** One end of a passage, with a button to move it a word either way. */
function EdgeNudge({
  edge,
  onMove,
}: {
  edge: 'start' | 'end';
  onMove(edge: 'start' | 'end', direction: -1 | 1): void;
}) {
  return (
    <>
      <span className="bounds-label">{edge === 'start' ? 'Start' : 'End'}</span>
      <button
        type="button"
        className="icon-button small"
        aria-label={`Move ${edge} one word left`}
        onClick={() => onMove(edge, -1)}
      >
        ‹
      </button>
      <button
        type="button"
        className="icon-button small"
        aria-label={`Move ${edge} one word right`}
        onClick={() => onMove(edge, 1)}
      >
        ›
      </button>
    </>
  );
}
