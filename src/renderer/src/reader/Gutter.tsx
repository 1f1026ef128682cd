import type { CSSProperties } from 'react';
import type { Passage } from '../../../shared/model';
import type { TagLook } from '../coding/CodingProvider';
import { setPassageDragData } from '../editor/passageDrag';
import type { Box } from './barBoxes';
import { barBackground, passageColors, passageTagNames } from './passageColors';
import type { PassageItem } from './segmentParagraph';
import { excerpt } from './wordMotion';

interface Props {
  /** The paragraph's body range: a passage reaching beyond it continues up or down. */
  start: number;
  end: number;
  items: readonly PassageItem[];
  boxes: ReadonlyMap<number, Box>;
  looks: ReadonlyMap<number, TagLook>;
  activeId: number | null;
  targetId: number | null;
}

/** Shortest bar drawn, in px (a passage of one short word still gets a bar one can grab). */
const MIN_BAR_PX = 6;

/**
 * A paragraph's margin bars, one column per lane (lane 0 next to the text), each bar placed in its
 * column by its top margin. In flow rather than absolutely positioned: 2,000 positioned bars cost
 * every frame of the reader their own layer to walk (pre-paint, paint), a bar in flow costs its
 * column's layout only. A column's bars lie apart (separateBars in barBoxes.ts); where a
 * shortest bar still reaches into the next, the next one's negative margin keeps its place.
 */
export function Gutter({ start, end, items, boxes, looks, activeId, targetId }: Props) {
  const lanes: Array<Array<{ passage: Passage; box: Box }>> = [];
  for (const { passage, lane } of items) {
    const box = boxes.get(passage.id);
    if (box) (lanes[lane] ??= []).push({ passage, box });
  }
  // Lanes are spaced by the body's --lane-step and --bar-width (ReaderBody sets them).
  return (
    <span className="gutter" data-gutter="">
      {Array.from(lanes, (bars = [], lane) => {
        bars.sort((a, b) => a.box.top - b.box.top);
        let below = 0;
        return (
          <span key={lane} className="lane">
            {bars.map(({ passage, box }) => {
              const height = Math.max(box.height, MIN_BAR_PX);
              const marginTop = box.top - below;
              below = box.top + height;
              return (
                <Bar
                  key={passage.id}
                  passage={passage}
                  lane={lane}
                  looks={looks}
                  style={{ marginTop, height, background: barBackground(passageColors(passage, looks)) }}
                  classes={[
                    passage.id === activeId ? 'is-active' : '',
                    passage.id === targetId ? 'is-target' : '',
                    passage.kind === 'quote' ? 'is-quote' : '',
                    passage.start < start ? 'continues-up' : '',
                    passage.end > end ? 'continues-down' : '',
                  ]}
                />
              );
            })}
          </span>
        );
      })}
    </span>
  );
}

function Bar({
  passage,
  lane,
  looks,
  style,
  classes,
}: {
  passage: Passage;
  lane: number;
  looks: ReadonlyMap<number, TagLook>;
  style: CSSProperties;
  classes: string[];
}) {
  const names = passageTagNames(passage, looks);
  const label = `${names.length > 0 ? names.join(', ') : passage.kind === 'quote' ? 'Quote' : 'Untagged'}${
    passage.speaker ? ` (${passage.speaker})` : ''
  }: ${excerpt(passage.exact)}`;
  return (
    <button
      type="button"
      tabIndex={-1}
      className={['bar', `pp-${passage.id}`, ...classes.filter(Boolean)].join(' ')}
      data-testid="passage-bar"
      data-passage-id={passage.id}
      draggable
      onDragStart={(event) => setPassageDragData(event.dataTransfer, passage)}
      data-lane={lane}
      aria-label={label}
      title={label}
      style={style}
    />
  );
}
