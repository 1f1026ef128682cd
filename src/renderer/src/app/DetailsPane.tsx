import { useDeferredValue } from 'react';
import type { DocumentDetail, DocumentOverview, Passage, QuoteSuggestion } from '../../../shared/model';
import type { BrowserQuery } from '../browser/PassageBrowser';
import type { UndoActions } from '../coding/useUndo';
import type { TagCommands } from '../coding/useTagCommands';
import { LibraryOverview } from '../library/LibraryOverview';
import { NotePane } from '../notes/NotePane';
import { NoteLayoutContext, type NoteLayout } from '../notes/useNoteLayout';
import { DocumentCodingPanel } from '../reader/DocumentCodingPanel';
import { DocumentDetails } from '../reader/DocumentDetails';
import { QuotesPanel } from '../reader/QuotesPanel';
import {
  selectOpenQuoteCount,
  selectPassages,
  selectQuotes,
  useCodingSelector,
} from '../reader/useCodingSelector';
import type { DocumentCoding } from '../reader/useDocumentCoding';
import { BrowserDetails } from './BrowserDetails';
import type { RightTab } from './navigation';
import { Tabs } from './Tabs';

const LATER = { later: true };

interface Props {
  notes: NoteLayout;
  /** The passages listed in the centre, whose subject this pane then describes. */
  listing: BrowserQuery | null;
  /** The document in the reader, when the reader is what the centre shows. */
  document: DocumentDetail | null;
  overview: DocumentOverview | null;
  tab: RightTab;
  onTab(tab: RightTab): void;
  coding: DocumentCoding;
  speakers: { names: string[] };
  tagCommands: TagCommands;
  undo: UndoActions;
  reattaching: number | null;
  focusQuote: number | null;
  onReimported(): void;
  onShowCoding(): void;
  onShowPassage(passage: Passage): void;
  onReattach(passage: Passage): void;
  onOpenTag(tagId: number): void;
  onShowQuote(quote: QuoteSuggestion): void;
}

/**
 * The right-hand pane follows the centre: the note beside the reader, else the listing's subject,
 * else the open document (details, coding, quotations), else the project overview.
 */
export function DetailsPane({
  notes,
  listing,
  document,
  overview,
  tab,
  onTab,
  coding,
  speakers,
  tagCommands,
  undo,
  reattaching,
  focusQuote,
  onReimported,
  onShowCoding,
  onShowPassage,
  onReattach,
  onOpenTag,
  onShowQuote,
}: Props) {
  // The document's codes as this pane shows them: told of a change once the frame that shows it
  // in the reader is drawn (a tag applied shows its bar first), and the list of 2,000 passages is
  // then made in a render React may interrupt. So the reader's frame never waits for this pane.
  const passages = useDeferredValue(useCodingSelector(coding, selectPassages, LATER));
  const quotes = useCodingSelector(coding, selectQuotes, LATER);
  const openQuotes = useCodingSelector(coding, selectOpenQuoteCount, LATER);
  return (
    <aside
      className="details-pane"
      aria-label={
        notes.sideNote !== null ? 'Note' : listing ? 'Listing' : document ? 'Document' : 'Project overview'
      }
    >
      {notes.sideNote !== null ? (
        <NotePane key={notes.sideNote} noteId={notes.sideNote} place="side" layout={notes} />
      ) : listing ? (
        <BrowserDetails query={listing} commands={tagCommands} />
      ) : document ? (
        <Tabs<RightTab>
          label="Document"
          tabs={[
            { id: 'details', label: 'Details' },
            { id: 'coding', label: 'Coding', count: passages.length || null },
            { id: 'quotes', label: 'Quotes', count: openQuotes || null },
          ]}
          selected={tab}
          onSelect={onTab}
        >
          {tab === 'details' ? (
            <NoteLayoutContext.Provider value={notes}>
              <DocumentDetails document={document} onShowOrphans={onShowCoding} onReimported={onReimported} />
            </NoteLayoutContext.Provider>
          ) : tab === 'coding' ? (
            <DocumentCodingPanel
              passages={passages}
              reattaching={reattaching}
              onShow={onShowPassage}
              onReattach={onReattach}
              onOpenTag={onOpenTag}
            />
          ) : (
            <QuotesPanel
              quotes={quotes}
              speakers={speakers.names}
              focusId={focusQuote}
              undo={undo}
              onShow={onShowQuote}
              onAccepted={coding.upsert}
            />
          )}
        </Tabs>
      ) : (
        <>
          <header className="pane-header">
            <h2>Overview</h2>
          </header>
          <LibraryOverview overview={overview} />
        </>
      )}
    </aside>
  );
}
