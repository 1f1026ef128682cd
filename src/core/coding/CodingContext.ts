import type { Context } from '../workbench';
import type { UndoJournal } from './undoJournal';

/** What coding handlers need beyond the database: the session's undo journal. */
export interface CodingContext extends Context {
  journal: UndoJournal;
  /**
   * Tells every window that codes of these documents changed (also after undo/redo). With
   * `passageIds`, only those passages changed (created, re-shaped, re-tagged or deleted), so a
   * reader can fetch just them instead of the document's whole list.
   */
  codingChanged(documentIds: number[], passageIds?: number[]): void;
}
