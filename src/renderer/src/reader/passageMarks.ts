import { ValueStore } from '../app/valueStore';

/** The passage whose popover is open and the one opened from the passage browser (null: none). */
export interface Marked {
  activeId: number | null;
  targetId: number | null;
}

/**
 * The passages marked in the text, held outside React: the reader pane sets them, the reader
 * body hands them to its paragraphs (ParagraphCodes.mark) and does not render for them. (As
 * props they rendered the body, its 1,200 paragraphs' inputs compared, each time a popover
 * opened or closed.)
 */
export function passageMarks(): ValueStore<Marked> {
  return new ValueStore<Marked>(
    { activeId: null, targetId: null },
    (a, b) => a.activeId === b.activeId && a.targetId === b.targetId,
  );
}
