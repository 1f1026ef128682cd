import { createContext, useContext } from 'react';
import type { CitationStore } from './citations/CitationStore';

/**
 * What the editor's nodes need from the workbench around them: where a click on a quote, a link
 * or a tag leads, and the live citation data of the note's quote embeds. Provided once per editor,
 * so a decorator renders without props threading and without calling the Api itself.
 */
export interface EditorServices {
  citations: CitationStore;
  /** Opens the reader at a passage (its document and range are looked up by the host). */
  openPassage(passageId: number, documentId: number | null): void;
  openNote(noteId: number): void;
  openDocument(documentId: number): void;
  openTag(tagId: number): void;
  /** A `[[link]]` to a title no note has yet: the host creates (or finds) the note and returns its id. */
  resolveLink(title: string): Promise<number>;
}

export const EditorServicesContext = createContext<EditorServices | null>(null);

export function useEditorServices(): EditorServices {
  const services = useContext(EditorServicesContext);
  if (!services) throw new Error('useEditorServices() needs an <EditorServicesContext.Provider> above it');
  return services;
}
