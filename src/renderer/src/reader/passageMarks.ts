/**
 * The passages marked in the text — the one whose popover is open, the one opened from the
 * passage browser — held outside React: the reader pane sets them, the reader body hands them
 * to its paragraphs (ParagraphCodes.mark) and does not render for them. (As props they rendered
 * the body, its 1,200 paragraphs' inputs compared, each time a popover opened or closed.)
 */
export class PassageMarks {
  activeId: number | null = null;
  targetId: number | null = null;
  private readonly listeners = new Set<() => void>();

  /** Marks these two (null: none); listeners hear of it when either changed. */
  set(activeId: number | null, targetId: number | null): void {
    if (activeId === this.activeId && targetId === this.targetId) return;
    this.activeId = activeId;
    this.targetId = targetId;
    for (const listener of [...this.listeners]) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
