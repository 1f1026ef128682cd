import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { Passage } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';
import type { NoteNavigation } from '../editor/NoteEditor';

/** Where a note is open: the centre (writing) or the right-hand pane (writing beside a source). */
export type NotePlace = 'centre' | 'side';

/** What the notes need from the workbench: its own ways of showing things. */
export interface WorkbenchHooks {
  /** The centre shows the centre note (rather than the reader or the passage browser). */
  showCentreNote(): void;
  /** The centre goes back to the reader. */
  leaveCentreNote(): void;
  centreShowsNote: boolean;
  openDocument(id: number): void;
  showPassage(passage: Pick<Passage, 'id' | 'document_id' | 'start' | 'end'>): void;
  openTag(tagId: number): void;
}

export interface NoteLayout {
  centreNote: number | null;
  sideNote: number | null;
  /** Opens a note; one note is never open twice, so opening it in one place closes the other. */
  openNote(id: number, place?: NotePlace): void;
  closeNote(place: NotePlace): void;
  /** Links, quotes and tags followed from a note in `place`. */
  navigation(place: NotePlace): NoteNavigation;
}

export const NoteLayoutContext = createContext<NoteLayout | null>(null);

export function useNoteLayoutContext(): NoteLayout {
  const layout = useContext(NoteLayoutContext);
  if (!layout) throw new Error('useNoteLayoutContext() needs a <NoteLayoutContext.Provider> above it');
  return layout;
}

/**
 * The notes' part of the workbench layout. Following a quote from a note in the centre moves the
 * note beside the reader, so the source and the writing stay in view together.
 */
export function useNoteLayout(hooks: WorkbenchHooks): NoteLayout {
  const api = useApi();
  const { report } = useErrors();
  const [centreNote, setCentreNote] = useState<number | null>(null);
  const [sideNote, setSideNote] = useState<number | null>(null);
  const { showCentreNote, leaveCentreNote, centreShowsNote, openDocument, showPassage, openTag } = hooks;

  const openNote = useCallback(
    (id: number, place: NotePlace = 'centre') => {
      if (place === 'centre') {
        setCentreNote(id);
        setSideNote((side) => (side === id ? null : side));
        showCentreNote();
      } else {
        setSideNote(id);
        if (centreShowsNote && centreNote === id) {
          setCentreNote(null);
          leaveCentreNote();
        }
      }
    },
    [centreNote, centreShowsNote, showCentreNote, leaveCentreNote],
  );

  const closeNote = useCallback(
    (place: NotePlace) => {
      if (place === 'side') setSideNote(null);
      else {
        setCentreNote(null);
        leaveCentreNote();
      }
    },
    [leaveCentreNote],
  );

  const navigation = useCallback(
    (place: NotePlace): NoteNavigation => ({
      openNote: (id) => openNote(id, place),
      openDocument: (id) => {
        if (place === 'centre' && centreNote !== null) setSideNote(centreNote);
        openDocument(id);
      },
      openTag: (id) => openTag(id),
      openPassage: (passageId, documentId) => {
        if (documentId === null) return;
        api
          .call('passages-for-document', { document_id: documentId })
          .then((passages) => {
            // In one render with the reader opening: the centre editor saves as it goes, before
            // the same note loads beside the reader.
            if (place === 'centre' && centreNote !== null) setSideNote(centreNote);
            const passage = passages.find((p) => p.id === passageId);
            if (passage) showPassage(passage);
            else openDocument(documentId);
          })
          .catch((error: unknown) => report(error, 'Could not open the quoted passage'));
      },
      resolveLink: async (title) => {
        try {
          return (await api.call('notes-resolve-link', { title })).id;
        } catch (error) {
          report(error, `Could not create the note “${title}”`);
          throw error;
        }
      },
    }),
    [api, report, centreNote, openNote, openDocument, openTag, showPassage],
  );

  return useMemo(
    () => ({ centreNote: centreShowsNote ? centreNote : null, sideNote, openNote, closeNote, navigation }),
    [centreNote, centreShowsNote, sideNote, openNote, closeNote, navigation],
  );
}
