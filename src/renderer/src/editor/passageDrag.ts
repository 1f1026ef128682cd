/**
 * Dragging a passage into a note: the reader's margin bars and popover, and the passage browser's
 * rows, put this on the drag; the note editor accepts it as a quote embed where it is dropped.
 * Other apps get the quote as plain text.
 */
export const PASSAGE_MIME = 'application/x-lectern-passage';

export interface PassageDrag {
  passage_id: number;
}

/** Fills a drag with a passage: its id for Lectern, its words for anything else. */
export function setPassageDragData(data: DataTransfer, passage: { id: number; exact: string }): void {
  data.setData(PASSAGE_MIME, JSON.stringify({ passage_id: passage.id } satisfies PassageDrag));
  data.setData('text/plain', `“${passage.exact}”`);
  data.effectAllowed = 'copy';
}

export function isPassageDrag(data: DataTransfer | null): boolean {
  return data !== null && Array.from(data.types).includes(PASSAGE_MIME);
}

/** The passage id of a drop, or null when the drop is something else (or malformed). */
export function readPassageDrag(data: DataTransfer | null): number | null {
  const raw = data?.getData(PASSAGE_MIME);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<PassageDrag> | null;
    return typeof value?.passage_id === 'number' ? value.passage_id : null;
  } catch {
    return null;
  }
}
