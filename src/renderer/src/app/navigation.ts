import type { Passage, QuoteSuggestion } from '../../../shared/model';
import type { BrowserQuery } from '../browser/PassageBrowser';
import type { ReaderTarget } from '../reader/ReaderPane';

export type LeftTab = 'library' | 'codebook' | 'speakers' | 'entities' | 'notes';
export type RightTab = 'details' | 'coding' | 'quotes';
export type Centre = 'reader' | 'browser' | 'note' | 'concordance' | 'analysis';

/**
 * Where the researcher is: what the centre shows, which document the reader holds, the listing
 * of passages, the tabs on either side and where "Back to …" leads. One reducer, so each way of
 * getting somewhere (a hit, a concordance line, a row of a listing, a quote) is one action that
 * sets every part of the view together, and a test can walk through it without a browser.
 */
export interface Navigation {
  centre: Centre;
  /** The document the reader holds (it stays mounted while the centre shows something else). */
  target: ReaderTarget | null;
  /** The passages listed in the centre (by tag, speaker, or the orphans). */
  browser: BrowserQuery | null;
  /** Set when the reader was opened from the listing: "← Back to …" returns there. */
  fromBrowser: boolean;
  /** Where the reader's "Back to …" returns when a document was opened from the concordance or a chart. */
  backTo: 'concordance' | 'analysis' | null;
  /** The query whose concordance the centre shows (or last showed). */
  concordance: string | null;
  leftTab: LeftTab;
  rightTab: RightTab;
  /** The orphaned passage being re-attached in the reader. */
  reattach: Passage | null;
  /** The quotation the Quotes tab scrolls to. */
  focusQuote: number | null;
}

export const initialNavigation: Navigation = {
  centre: 'reader',
  target: null,
  browser: null,
  fromBrowser: false,
  backTo: null,
  concordance: null,
  leftTab: 'library',
  rightTab: 'details',
  reattach: null,
  focusQuote: null,
};

type PassageAt = Pick<Passage, 'id' | 'document_id' | 'start' | 'end'>;

export type NavigationAction =
  /** A document from the library, a note, the Export menu …; `back` names where it came from. */
  | { type: 'open-document'; target: ReaderTarget; back?: 'concordance' | 'analysis' }
  /** A search hit: from the analysis (its results) the reader leads back to the chart. */
  | { type: 'open-hit'; target: ReaderTarget }
  /** A row of the passage listing: the reader leads back to the listing. */
  | { type: 'open-row'; target: ReaderTarget }
  /** A passage shown in the reader, keeping the search marks of the same document; `at` re-scrolls. */
  | { type: 'show-passage'; passage: PassageAt; popover: boolean; at: number }
  /** A quotation shown in the reader and in the Quotes tab. */
  | { type: 'show-quote'; quote: QuoteSuggestion; at: number }
  | { type: 'open-quote'; id: number }
  | { type: 'open-browser'; query: BrowserQuery }
  | { type: 'close-browser' }
  | { type: 'open-concordance'; query: string }
  | { type: 'show'; centre: Centre }
  | { type: 'toggle-analysis' }
  | { type: 'clear-highlights' }
  | { type: 'start-reattach'; passage: Passage }
  | { type: 'end-reattach' }
  | { type: 'left-tab'; tab: LeftTab }
  | { type: 'right-tab'; tab: RightTab };

/** The next view after `action`; pure (times come in the action), so it can be tested in Node. */
export function navigate(state: Navigation, action: NavigationAction): Navigation {
  switch (action.type) {
    case 'open-document':
      return {
        ...state,
        target: action.target,
        centre: 'reader',
        fromBrowser: false,
        backTo: action.back ?? null,
      };
    case 'open-hit':
      return navigate(state, {
        type: 'open-document',
        target: action.target,
        ...(state.centre === 'analysis' ? { back: 'analysis' as const } : {}),
      });
    case 'open-row':
      return { ...state, target: action.target, centre: 'reader', fromBrowser: true };
    case 'show-passage': {
      const { passage, popover, at } = action;
      const current = state.target;
      return {
        ...state,
        target: {
          ...(current?.id === passage.document_id && current.hit ? { hit: current.hit } : {}),
          id: passage.document_id,
          passage: { id: passage.id, start: passage.start, end: passage.end },
          popover,
          at,
        },
        centre: 'reader',
      };
    }
    case 'show-quote': {
      const { quote, at } = action;
      // A suggestion not yet accepted has no passage: a negative id keeps it apart from passages.
      const passage = {
        id: quote.passage_id ?? -quote.id,
        document_id: quote.document_id,
        start: quote.start,
        end: quote.end,
      };
      return {
        ...navigate(state, { type: 'show-passage', passage, popover: false, at }),
        focusQuote: quote.id,
        rightTab: 'quotes',
      };
    }
    case 'open-quote':
      return { ...state, focusQuote: action.id, rightTab: 'quotes' };
    case 'open-browser':
      return { ...state, browser: action.query, centre: 'browser', fromBrowser: false };
    case 'close-browser':
      // Passages a chart opened lead back to the chart.
      return {
        ...state,
        browser: null,
        centre: state.browser?.kind === 'tag' && state.browser.within ? 'analysis' : 'reader',
      };
    case 'open-concordance':
      return { ...state, concordance: action.query, centre: 'concordance' };
    case 'show':
      return { ...state, centre: action.centre };
    case 'toggle-analysis':
      return { ...state, centre: state.centre === 'analysis' ? 'reader' : 'analysis' };
    case 'clear-highlights':
      return state.target ? { ...state, target: { id: state.target.id } } : state;
    case 'start-reattach': {
      const { passage } = action;
      const opened =
        state.target?.id === passage.document_id
          ? state
          : navigate(state, { type: 'open-document', target: { id: passage.document_id } });
      return {
        ...opened,
        reattach: state.reattach?.id === passage.id ? null : passage,
        centre: 'reader',
        rightTab: 'coding',
      };
    }
    case 'end-reattach':
      return { ...state, reattach: null };
    case 'left-tab':
      return { ...state, leftTab: action.tab };
    case 'right-tab':
      return { ...state, rightTab: action.tab };
  }
}

/** The reader shows unless the centre holds a note, a concordance, the analysis or a listing. */
export function readerShown(state: Navigation): boolean {
  return state.centre === 'reader' || (!state.browser && state.centre === 'browser');
}

/** The listing's subject while passages are listed in the centre (the right-hand pane follows it). */
export function listing(state: Navigation): BrowserQuery | null {
  return state.centre === 'browser' ? state.browser : null;
}

/** Where the reader's "Back to …" leads, or null; `browserLabel` names the listing. */
export function readerBack(
  state: Navigation,
  browserLabel: string,
): { label: string; centre: Centre } | null {
  if (state.fromBrowser && state.browser) return { label: `Back to ${browserLabel}`, centre: 'browser' };
  if (state.backTo === 'concordance' && state.concordance !== null)
    return { label: 'Back to the concordance', centre: 'concordance' };
  if (state.backTo === 'analysis') return { label: 'Back to the analysis', centre: 'analysis' };
  return null;
}
