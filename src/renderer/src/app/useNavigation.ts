import { useMemo, useReducer } from 'react';
import type { Passage, PassageRow, QuoteSuggestion } from '../../../shared/model';
import type { BrowserQuery } from '../browser/PassageBrowser';
import type { ReaderTarget } from '../reader/ReaderPane';
import { initialNavigation, navigate, type Centre } from './navigation';

type PassageAt = Pick<Passage, 'id' | 'document_id' | 'start' | 'end'>;

/**
 * The workbench's navigation state with its ways of getting somewhere as stable callbacks (the
 * panes are memoised; a callback that changed every render would re-render them all).
 */
export function useNavigation() {
  const [nav, dispatch] = useReducer(navigate, initialNavigation);
  const go = useMemo(() => {
    const openBrowser = (query: BrowserQuery) => dispatch({ type: 'open-browser', query });
    return {
      openDocument: (target: ReaderTarget) => dispatch({ type: 'open-document', target }),
      openDocumentId: (id: number) => dispatch({ type: 'open-document', target: { id } }),
      openBrowser,
      closeBrowser: () => dispatch({ type: 'close-browser' }),
      openTag: (tagId: number) => openBrowser({ kind: 'tag', tagId }),
      openOrphans: () => openBrowser({ kind: 'orphans' }),
      openSpeaker: (speaker: string) => openBrowser({ kind: 'speaker', speaker }),
      openRow: (row: PassageRow) =>
        dispatch({
          type: 'open-row',
          target: {
            id: row.document_id,
            passage: { id: row.id, start: row.start, end: row.end },
            at: Date.now(),
          },
        }),
      showPassage: (passage: PassageAt) =>
        dispatch({ type: 'show-passage', passage, popover: false, at: Date.now() }),
      showPassageWithPopover: (passage: PassageAt) =>
        dispatch({ type: 'show-passage', passage, popover: true, at: Date.now() }),
      showQuote: (quote: QuoteSuggestion) => dispatch({ type: 'show-quote', quote, at: Date.now() }),
      startReattach: (passage: Passage) => dispatch({ type: 'start-reattach', passage }),
      showCodingTab: () => dispatch({ type: 'right-tab', tab: 'coding' }),
      show: (centre: Centre) => dispatch({ type: 'show', centre }),
      showNote: () => dispatch({ type: 'show', centre: 'note' }),
      showReader: () => dispatch({ type: 'show', centre: 'reader' }),
    };
  }, []);
  return { nav, dispatch, go };
}
