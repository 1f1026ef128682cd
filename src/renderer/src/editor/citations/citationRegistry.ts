import type { LexicalEditor } from 'lexical';
import type { CitationStore } from './CitationStore';

/**
 * The citation store of each editor, for the quote embeds' DOM (which Lexical creates with the
 * editor at hand but without React context). Weak, so a closed note's editor takes its store along.
 */
const stores = new WeakMap<LexicalEditor, CitationStore>();

export function registerCitationStore(editor: LexicalEditor, store: CitationStore): void {
  stores.set(editor, store);
}

export function citationStoreOf(editor: LexicalEditor): CitationStore | undefined {
  return stores.get(editor);
}
