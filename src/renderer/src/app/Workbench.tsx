import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { KwicLine, Passage, PassageRow, QuoteSuggestion, SearchHit } from '../../../shared/model';
import { foldText } from '../../../shared/text/foldText';
import { PassageBrowser, type BrowserQuery } from '../browser/PassageBrowser';
import { CodebookPane } from '../coding/CodebookPane';
import { useCoding } from '../coding/CodingProvider';
import { useTagCommands } from '../coding/useTagCommands';
import { useUndo, useUndoShortcuts } from '../coding/useUndo';
import { DropOverlay } from '../import/DropOverlay';
import { ImportButton, type ImportButtonHandle } from '../import/ImportButton';
import { ExportMenu } from '../projects/ExportMenu';
import { ProjectMenu } from '../projects/ProjectMenu';
import { useProjectSwitch } from '../projects/useProjectSwitch';
import { ImportPanel } from '../import/ImportPanel';
import { ImportReport } from '../import/ImportReport';
import { useFileDrop } from '../import/useFileDrop';
import { useImport } from '../import/useImport';
import { LibraryOverview } from '../library/LibraryOverview';
import { LibraryPane } from '../library/LibraryPane';
import { useDocumentChoices } from '../library/useDocumentChoices';
import { useDocumentOverview } from '../library/useDocumentOverview';
import { NotePane } from '../notes/NotePane';
import { NotesPane } from '../notes/NotesPane';
import { NoteLayoutContext, useNoteLayout } from '../notes/useNoteLayout';
import { DocumentCodingPanel } from '../reader/DocumentCodingPanel';
import { DocumentDetails } from '../reader/DocumentDetails';
import { QuotesPanel } from '../reader/QuotesPanel';
import { ReaderPane, type ReaderTarget } from '../reader/ReaderPane';
import { useCodingActions } from '../reader/useCodingActions';
import { useDocument } from '../reader/useDocument';
import { useDocumentCoding } from '../reader/useDocumentCoding';
import { AnalysisPane } from '../analysis/AnalysisPane';
import { AutocodeDialog } from '../search/AutocodeDialog';
import { SearchBox } from '../search/SearchBox';
import { Concordance } from '../search/Concordance';
import { SearchResults, hitElementId } from '../search/SearchResults';
import { useSearch, type SearchSort } from '../search/useSearch';
import { useSearchHistory } from '../search/useSearchHistory';
import { EntitiesPane } from '../entities/EntitiesPane';
import { SpeakerQuotes } from '../speakers/SpeakerQuotes';
import { SpeakersPane } from '../speakers/SpeakersPane';
import { useSpeakers } from '../speakers/useSpeakers';
import { BrowserDetails } from './BrowserDetails';
import { StatusBar } from './StatusBar';
import { Tabs } from './Tabs';
import { ThemeSwitch } from './ThemeSwitch';
import { useShortcut } from './useShortcut';

type LeftTab = 'library' | 'codebook' | 'speakers' | 'entities' | 'notes';
type RightTab = 'details' | 'coding' | 'quotes';

/**
 * The three panes: on the left the library, the codebook or the speakers (search results while a
 * query is present); in the center the reader or the passage browser; on the right the open
 * document's details, its coding and its quotations.
 */
export function Workbench() {
  const library = useDocumentOverview();
  const documentCount = library.overview?.documents ?? null;
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SearchSort>('rank');
  const search = useSearch(query, sort);
  const searchHistory = useSearchHistory();
  /** The query whose concordance the centre shows (or last showed). */
  const [concordance, setConcordance] = useState<string | null>(null);
  /** Where the reader's "Back to …" returns when a document was opened from the concordance or a chart. */
  const [backTo, setBackTo] = useState<'concordance' | 'analysis' | null>(null);
  const [activeHit, setActiveHit] = useState(0);
  const [target, setTarget] = useState<ReaderTarget | null>(null);
  const opened = useDocument(target?.id ?? null);
  const searchInput = useRef<HTMLInputElement>(null);
  const importButton = useRef<ImportButtonHandle>(null);
  useProjectSwitch();
  const importer = useImport(library.reload);
  const dragging = useFileDrop(importer.importFiles);

  const [leftTab, setLeftTab] = useState<LeftTab>('library');
  const [rightTab, setRightTab] = useState<RightTab>('details');
  const [browser, setBrowser] = useState<BrowserQuery | null>(null);
  const [centre, setCentre] = useState<'reader' | 'browser' | 'note' | 'concordance' | 'analysis'>('reader');
  /** Set when the reader was opened from the browser: "← Back to …". */
  const [fromBrowser, setFromBrowser] = useState(false);
  const [reattach, setReattach] = useState<Passage | null>(null);
  const documentChoices = useDocumentChoices(browser !== null);
  const sources = useMemo(
    () => (library.overview?.sources ?? []).flatMap(({ value }) => (value ? [value] : [])).sort(),
    [library.overview],
  );
  const [focusQuote, setFocusQuote] = useState<number | null>(null);
  const [autocoding, setAutocoding] = useState(false);

  const { tags, index } = useCoding();
  // Asked for with the document, not after it: the codes arrive as the text does.
  const coding = useDocumentCoding(target?.id ?? null);
  const undo = useUndo();
  useUndoShortcuts(undo);
  const actions = useCodingActions(coding, undo);
  const tagCommands = useTagCommands(undo);
  const speakers = useSpeakers();

  const searching = query.trim() !== '';
  const hits = search.hits;
  const tagPaths = useMemo(() => {
    const path = (id: number | null): string => {
      const tag = id === null ? undefined : index.byId.get(id);
      return tag ? (tag.parent_id === null ? tag.name : `${path(tag.parent_id)}/${tag.name}`) : '';
    };
    return tags.map((tag) => path(tag.id));
  }, [tags, index]);

  useEffect(() => setActiveHit(0), [search.result]);

  useEffect(() => {
    window.document.title = opened.document ? `${opened.document.title} — Lectern` : 'Lectern';
  }, [opened.document]);

  // A browser for a tag that was deleted or merged away closes.
  useEffect(() => {
    if (browser?.kind === 'tag' && tags.length > 0 && !index.byId.has(browser.tagId)) {
      setBrowser(null);
      setCentre('reader');
    }
  }, [browser, index, tags.length]);

  useShortcut(
    (event) =>
      (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey)) ||
      (event.key === '/' && !event.ctrlKey && !event.metaKey),
    () => {
      searchInput.current?.focus();
      searchInput.current?.select();
    },
  );

  const openDocument = useCallback((next: ReaderTarget) => {
    setTarget(next);
    setCentre('reader');
    setFromBrowser(false);
    setBackTo(null);
  }, []);

  const openConcordanceLine = useCallback(
    (line: KwicLine) => {
      const terms = [...(search.result?.terms ?? []), foldText(line.hit)];
      openDocument({ id: line.document_id, hit: { offset: line.start, terms, query: concordance ?? query } });
      setBackTo('concordance');
    },
    [search.result, concordance, query, openDocument],
  );

  const openHit = useCallback(
    (hit: SearchHit) => {
      const result = search.result;
      openDocument({
        id: hit.id,
        hit: { offset: hit.hit_offset, terms: result?.terms ?? [], query: result?.query ?? query },
      });
      // Results a chart opened lead back to the chart.
      if (centre === 'analysis') setBackTo('analysis');
    },
    [search.result, query, openDocument, centre],
  );

  const openBrowser = useCallback((next: BrowserQuery) => {
    setBrowser(next);
    setCentre('browser');
    setFromBrowser(false);
  }, []);

  const openTag = useCallback(
    (tagId: number) => {
      openBrowser({ kind: 'tag', tagId });
    },
    [openBrowser],
  );

  const openRow = useCallback((row: PassageRow) => {
    setTarget({
      id: row.document_id,
      passage: { id: row.id, start: row.start, end: row.end },
      at: Date.now(),
    });
    setCentre('reader');
    setFromBrowser(true);
  }, []);

  const showPassage = useCallback(
    (passage: Pick<Passage, 'id' | 'document_id' | 'start' | 'end'>, popover: boolean) => {
      setTarget((current) => ({
        ...(current?.id === passage.document_id && current.hit ? { hit: current.hit } : {}),
        id: passage.document_id,
        passage: { id: passage.id, start: passage.start, end: passage.end },
        popover,
        at: Date.now(),
      }));
      setCentre('reader');
    },
    [],
  );

  const showQuote = useCallback(
    (quote: QuoteSuggestion) => {
      setFocusQuote(quote.id);
      showPassage(
        {
          id: quote.passage_id ?? -quote.id,
          document_id: quote.document_id,
          start: quote.start,
          end: quote.end,
        },
        false,
      );
    },
    [showPassage],
  );

  const startReattach = useCallback(
    (passage: Passage) => {
      setReattach((current) => (current?.id === passage.id ? null : passage));
      if (target?.id !== passage.document_id) openDocument({ id: passage.document_id });
      setCentre('reader');
      setRightTab('coding');
    },
    [target?.id, openDocument],
  );

  const notes = useNoteLayout({
    showCentreNote: useCallback(() => setCentre('note'), []),
    leaveCentreNote: useCallback(() => setCentre('reader'), []),
    centreShowsNote: centre === 'note',
    openDocument: useCallback((id: number) => openDocument({ id }), [openDocument]),
    showPassage: useCallback((passage) => showPassage(passage, false), [showPassage]),
    openTag,
  });

  const openFromLibrary = useCallback((id: number) => openDocument({ id }), [openDocument]);
  const startImport = useCallback(() => importButton.current?.open(), []);
  const openOrphans = useCallback(() => openBrowser({ kind: 'orphans' }), [openBrowser]);
  const openSpeaker = useCallback(
    (speaker: string) => openBrowser({ kind: 'speaker', speaker }),
    [openBrowser],
  );
  const showCodingTab = useCallback(() => setRightTab('coding'), []);
  const showPassageWithPopover = useCallback((passage: Passage) => showPassage(passage, true), [showPassage]);

  const clearSearch = useCallback(() => {
    setQuery('');
    searchInput.current?.focus();
  }, []);

  function onSearchKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (query) setQuery('');
      else searchInput.current?.blur();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActiveHit((i) => Math.min(i + 1, Math.max(hits.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActiveHit((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[activeHit];
      if (hit) openHit(hit);
    }
  }

  const activeDescendant = searching && hits[activeHit] ? hitElementId(hits[activeHit]) : undefined;
  const document = opened.document;
  // The right-hand pane follows the centre: the listing's subject while passages are listed there.
  const listing = centre === 'browser' && browser ? browser : null;
  // The reader shows unless the centre holds a note, a concordance, the analysis or a listing.
  const readerShown = centre === 'reader' || (!browser && centre === 'browser');
  const openQuotes = coding.quotes.filter((q) => q.status === 'open').length;
  const browserLabel =
    browser?.kind === 'tag'
      ? (index.byId.get(browser.tagId)?.name ?? 'passages')
      : browser?.kind === 'speaker'
        ? browser.speaker || 'suggestions'
        : 'orphaned passages';

  return (
    <div className="app">
      <header className="toolbar">
        <div className="brand" aria-label="Lectern">
          <svg viewBox="0 0 20 20" aria-hidden="true" className="brand-mark">
            <path
              d="M4 3.5h8.5L16 7v9.5H4z"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.4"
              strokeLinejoin="round"
            />
            <path d="M7 9h6M7 11.5h6M7 14h4" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
          </svg>
          <span>Lectern</span>
          <ProjectMenu />
        </div>
        <SearchBox
          ref={searchInput}
          query={query}
          onChange={setQuery}
          onKeyDown={onSearchKeyDown}
          activeDescendant={activeDescendant}
          searching={search.searching}
          history={searchHistory}
          tagPaths={tagPaths}
        />
        <div className="toolbar-actions">
          <button
            type="button"
            className={`button${centre === 'analysis' ? ' active' : ''}`}
            aria-pressed={centre === 'analysis'}
            title="Charts and tables of the search or the whole corpus: over time, code matrix, co-occurrence, words"
            onClick={() => setCentre(centre === 'analysis' ? 'reader' : 'analysis')}
          >
            Analysis
          </button>
          <ExportMenu onOpenPassage={openDocument} />
          <ImportButton
            ref={importButton}
            busy={importer.state.phase === 'running'}
            onFiles={importer.importFiles}
          />
          <ThemeSwitch />
        </div>
      </header>
      <main className={`panes${notes.sideNote !== null ? ' with-note' : ''}`}>
        {searching ? (
          <SearchResults
            query={query}
            search={search}
            sort={sort}
            onSort={setSort}
            activeIndex={activeHit}
            openedId={target?.id ?? null}
            onActivate={setActiveHit}
            onOpen={openHit}
            onClear={clearSearch}
            onCodeAll={() => setAutocoding(true)}
            onOpenNote={(id) => notes.openNote(id, 'centre')}
            onRefine={(filter) => setQuery((current) => `${current.trim()} ${filter}`)}
            onConcordance={() => {
              setConcordance(query.trim());
              setCentre('concordance');
            }}
          />
        ) : null}
        {/* The left pane stays mounted under search results, so clearing a search shows the
            library where it was, without fetching it again. */}
        <Tabs<LeftTab>
          hidden={searching}
          label="Left pane"
          className="list-pane"
          tabs={[
            { id: 'library', label: 'Library', count: documentCount },
            { id: 'codebook', label: 'Codebook', count: tags.length || null },
            { id: 'speakers', label: 'Speakers', count: speakers.speakers.length || null },
            { id: 'entities', label: 'Entities' },
            { id: 'notes', label: 'Notes' },
          ]}
          selected={leftTab}
          onSelect={setLeftTab}
        >
          {leftTab === 'library' ? (
            <LibraryPane
              projectCount={documentCount}
              openedId={target?.id ?? null}
              onOpen={openFromLibrary}
              onImport={startImport}
            />
          ) : leftTab === 'codebook' ? (
            <CodebookPane
              commands={tagCommands}
              openedTagId={centre === 'browser' && browser?.kind === 'tag' ? browser.tagId : null}
              onOpenTag={openTag}
              onOpenOrphans={openOrphans}
            />
          ) : leftTab === 'notes' ? (
            <NotesPane layout={notes} />
          ) : leftTab === 'entities' ? (
            <EntitiesPane undo={undo} onOpenQuotes={openSpeaker} />
          ) : (
            <SpeakersPane
              speakers={speakers.speakers}
              loaded={speakers.loaded}
              openedSpeaker={centre === 'browser' && browser?.kind === 'speaker' ? browser.speaker : null}
              onOpen={openSpeaker}
            />
          )}
        </Tabs>
        <div className="centre">
          {notes.centreNote !== null ? (
            <NotePane key={notes.centreNote} noteId={notes.centreNote} place="centre" layout={notes} />
          ) : null}
          <ReaderPane
            hidden={!readerShown}
            target={target}
            document={document}
            loading={opened.loading}
            coding={coding}
            actions={actions}
            speakers={speakers.names}
            reattach={reattach && reattach.document_id === document?.id ? reattach : null}
            onReattachEnd={() => setReattach(null)}
            back={
              fromBrowser && browser
                ? { label: `Back to ${browserLabel}`, go: () => setCentre('browser') }
                : backTo === 'concordance' && concordance !== null
                  ? { label: 'Back to the concordance', go: () => setCentre('concordance') }
                  : backTo === 'analysis'
                    ? { label: 'Back to the analysis', go: () => setCentre('analysis') }
                    : null
            }
            onClearHighlights={() => setTarget((t) => (t ? { id: t.id } : t))}
            onOpenTag={openTag}
            onOpenQuote={(id) => {
              setFocusQuote(id);
              setRightTab('quotes');
            }}
          />
          {centre === 'analysis' ? (
            <AnalysisPane
              // The search's settled query (not each keystroke): the one whose results are shown.
              query={query.trim() && search.result ? search.result.query : ''}
              tagPaths={tagPaths}
              onDrill={(drill) => {
                if ('passages' in drill) {
                  const { tag_id, ...filter } = drill.passages;
                  openBrowser({ kind: 'tag', tagId: tag_id, within: { filter, label: drill.label } });
                } else if ('query' in drill) setQuery(drill.query);
                else {
                  openDocument({ id: drill.document_id });
                  setBackTo('analysis');
                }
              }}
              onClose={() => setCentre('reader')}
            />
          ) : null}
          {centre === 'concordance' && concordance !== null ? (
            <Concordance
              key={concordance}
              query={concordance}
              sort={sort}
              onOpen={openConcordanceLine}
              onClose={() => setCentre('reader')}
            />
          ) : null}
          {browser?.kind === 'speaker' ? (
            <SpeakerQuotes
              key={browser.speaker}
              speaker={browser.speaker}
              visible={centre === 'browser'}
              speakers={speakers.names}
              undo={undo}
              onShow={(quote) => {
                showQuote(quote);
                setRightTab('quotes');
              }}
              onClose={() => {
                setBrowser(null);
                setCentre('reader');
              }}
            />
          ) : browser ? (
            <PassageBrowser
              key={JSON.stringify(browser)}
              query={browser}
              visible={centre === 'browser'}
              documents={documentChoices}
              sources={sources}
              onOpen={openRow}
              onReattach={(row) => startReattach(row)}
              onClose={() => {
                setBrowser(null);
                // Passages a chart opened lead back to the chart.
                setCentre(browser.kind === 'tag' && browser.within ? 'analysis' : 'reader');
              }}
            />
          ) : null}
        </div>
        <aside
          className="details-pane"
          aria-label={
            notes.sideNote !== null
              ? 'Note'
              : listing
                ? 'Listing'
                : document && readerShown
                  ? 'Document'
                  : 'Project overview'
          }
        >
          {notes.sideNote !== null ? (
            <NotePane key={notes.sideNote} noteId={notes.sideNote} place="side" layout={notes} />
          ) : listing ? (
            <BrowserDetails query={listing} speakers={speakers.speakers} commands={tagCommands} />
          ) : document && readerShown ? (
            <Tabs<RightTab>
              label="Document"
              tabs={[
                { id: 'details', label: 'Details' },
                { id: 'coding', label: 'Coding', count: coding.passages.length || null },
                { id: 'quotes', label: 'Quotes', count: openQuotes || null },
              ]}
              selected={rightTab}
              onSelect={setRightTab}
            >
              {rightTab === 'details' ? (
                <NoteLayoutContext.Provider value={notes}>
                  <DocumentDetails
                    document={document}
                    onShowOrphans={showCodingTab}
                    onReimported={opened.reload}
                  />
                </NoteLayoutContext.Provider>
              ) : rightTab === 'coding' ? (
                <DocumentCodingPanel
                  passages={coding.passages}
                  reattaching={reattach?.id ?? null}
                  onShow={showPassageWithPopover}
                  onReattach={startReattach}
                  onOpenTag={openTag}
                />
              ) : (
                <QuotesPanel
                  quotes={coding.quotes}
                  speakers={speakers.names}
                  focusId={focusQuote}
                  undo={undo}
                  onShow={showQuote}
                  onAccepted={coding.upsert}
                />
              )}
            </Tabs>
          ) : (
            <>
              <header className="pane-header">
                <h2>Overview</h2>
              </header>
              <LibraryOverview overview={library.overview} />
            </>
          )}
        </aside>
      </main>
      <StatusBar documentCount={documentCount ?? 0} />
      {importer.state.phase === 'done' ? (
        <ImportReport
          report={importer.state.report}
          onDismiss={importer.dismiss}
          onOpen={(id) => openDocument({ id })}
        />
      ) : importer.state.phase === 'running' ? (
        <ImportPanel state={importer.state} onCancel={importer.cancel} />
      ) : null}
      {autocoding && searching ? (
        <AutocodeDialog query={query.trim()} undo={undo} onClose={() => setAutocoding(false)} />
      ) : null}
      {dragging ? <DropOverlay /> : null}
    </div>
  );
}
