import { useMemo, type SyntheticEvent } from 'react';
import type { Passage } from '../../../shared/model';
import { TagPalette } from '../coding/TagPalette';
import { premeasure } from './barBoxes';
import { clampLeft, type Anchor } from './floatingPosition';
import { PassagePopover } from './PassagePopover';
import type { CodingActions } from './useCodingActions';
import { excerpt } from './wordMotion';

/** Boxes of the range being coded, relative to the article: the selection stays visible while the palette has focus. */
export type Marks = Array<{ left: number; top: number; width: number; height: number }>;

export type Floating =
  | { kind: 'palette'; start: number; end: number; anchor: Anchor; marks: Marks }
  | { kind: 'reattach'; start: number; end: number; anchor: Anchor; marks: Marks }
  | { kind: 'popover'; ids: number[]; index: number; anchor: Anchor };

interface Props {
  floating: Floating;
  /** Closed a moment ago: drawn hidden until it is taken down (useFloating). */
  leaving?: boolean;
  /** The article the anchor is relative to. */
  container: HTMLElement;
  body: string;
  actions: CodingActions;
  speakers: readonly string[];
  reattach: Passage | null;
  popoverPassages: Passage[];
  /** A range was coded (and the palette closes): the caret goes to its end. */
  onCoded(end: number): void;
  onReattachEnd(): void;
  onIndex(index: number): void;
  onClose(): void;
  onOpenTag(tagId: number): void;
}

/**
 * What floats over the text: the tag palette for a selection (with the selection kept visible
 * while the palette has focus), the re-attach bar, or a passage's popover.
 */
export function FloatingLayer({
  floating,
  leaving = false,
  container,
  body,
  actions,
  speakers,
  reattach,
  popoverPassages,
  onCoded,
  onReattachEnd,
  onIndex,
  onClose,
  onOpenTag,
}: Props) {
  // Read from the layout when it opens, not on each render: a render while the text is changing
  // (a tag applied, the palette leaving) would lay the page out to answer it.
  const wide = floating.kind === 'popover' ? 340 : 320;
  const left = useMemo(
    () => clampLeft(container, floating.anchor.left, wide),
    [container, floating.anchor.left, wide],
  );
  return (
    <>
      {floating.kind !== 'popover'
        ? floating.marks.map((mark, i) => (
            <span
              key={i}
              className={`pending-mark${leaving ? ' leaving' : ''}`}
              aria-hidden="true"
              style={mark}
            />
          ))
        : null}
      <div
        className={`floating${leaving ? ' leaving' : ''}`}
        aria-hidden={leaving || undefined}
        // Unseen while it leaves, but still under the pointer (reader.css): no press reaches it.
        onPointerDownCapture={leaving ? swallow : undefined}
        onMouseDownCapture={leaving ? swallow : undefined}
        onClickCapture={leaving ? swallow : undefined}
        style={{
          left,
          top: floating.anchor.bottom + 8,
        }}
      >
        {floating.kind === 'palette' ? (
          <TagPalette
            title="Code passage"
            subtitle={excerpt(body.slice(floating.start, floating.end), 7)}
            onPick={(tag, keepOpen) => {
              // Its bar's place, read before the text changes: showing it then reads no layout.
              premeasure(container, floating.start, floating.end);
              void actions.code(
                {
                  start: floating.start,
                  end: floating.end,
                  exact: body.slice(floating.start, floating.end),
                },
                tag,
              );
              if (!keepOpen) {
                onCoded(floating.end);
                onClose();
              }
            }}
            onCreate={(name, keepOpen) => {
              void actions.codeWithNewTag({ start: floating.start, end: floating.end }, name);
              if (!keepOpen) {
                onCoded(floating.end);
                onClose();
              }
            }}
            onClose={onClose}
          />
        ) : floating.kind === 'reattach' && reattach ? (
          <div className="reattach-bar" role="dialog" aria-label="Re-attach passage">
            <button
              type="button"
              className="button primary"
              autoFocus
              onClick={() => {
                void actions.reattach(reattach, { start: floating.start, end: floating.end }).then((done) => {
                  if (done) onReattachEnd();
                });
                onClose();
              }}
            >
              Re-attach here
            </button>
            <button type="button" className="button" onClick={onClose}>
              Not here
            </button>
          </div>
        ) : floating.kind === 'popover' && popoverPassages.length > 0 ? (
          <PassagePopover
            passages={popoverPassages}
            index={floating.index}
            actions={actions}
            speakers={speakers}
            onIndex={onIndex}
            onClose={onClose}
            onOpenTag={onOpenTag}
          />
        ) : null}
      </div>
    </>
  );
}

function swallow(event: SyntheticEvent): void {
  event.preventDefault();
  event.stopPropagation();
}
