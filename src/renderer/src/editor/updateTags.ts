/**
 * Tags on editor updates Lectern makes itself. Lexical tags its own housekeeping updates (the
 * initial state, plugins re-marking nodes when they register) 'history-merge'; autosave ignores
 * those, so opening a note never writes it — except a quote refresh, which really changes the note.
 */
export const QUOTE_REFRESH_TAG = 'lectern-quote-refresh';
