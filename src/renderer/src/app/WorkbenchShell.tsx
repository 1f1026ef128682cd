import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KwicLine } from '../../../shared/model';
import { foldText } from '../../../shared/text/foldText';
import { PassageBrowser } from '../browser/PassageBrowser';
import { useTagLooks } from '../coding/CodingProvider';
import { useTagCommands } from '../coding/useTagCommands';
import { useUndo, useUndoShortcuts } from '../coding/useUndo';
import { DropOverlay } from '../import/DropOverlay';
import type { ImportButtonHandle } from '../import/ImportButton';
import { useProjectSwitch } from '../projects/useProjectSwitch';
import { ImportPanel } from '../import/ImportPanel';
import { ImportReport } from '../import/ImportReport';
import { useFileDrop } from '../import/useFileDrop';
import { useImport } from '../import/useImport';
import { useDocumentChoices } from '../library/useDocumentChoices';
import { useDocumentOverview } from '../library/useDocumentOverview';
import { NotePane } from '../notes/NotePane';
import { useNoteLayout } from '../notes/useNoteLayout';
import { ReaderPane } from '../reader/ReaderPane';
import { useCodingActions } from '../reader/useCodingActions';
import { useDocument } from '../reader/useDocument';
import { useDocumentCoding } from '../reader/useDocumentCoding';
import { AnalysisPane } from '../analysis/AnalysisPane';
import { AutocodeDialog } from '../search/AutocodeDialog';
import { Concordance } from '../search/Concordance';
import { SearchResults } from '../search/SearchResults';
import { useSearchHistory } from '../search/useSearchHistory';
import { SpeakerQuotes } from '../speakers/SpeakerQuotes';
import { useSpeakers } from '../speakers/useSpeakers';
import { DetailsPane } from './DetailsPane';
import { LeftPane } from './LeftPane';
import { listing, readerBack, readerShown } from './navigation';
import { StatusBar } from './StatusBar';
import { useNavigation } from './useNavigation';
import { useWorkbenchSearch } from './useWorkbenchSearch';
import { WorkbenchHeader } from './WorkbenchHeader';

/**
 * The three panes: on the left the library, the codebook or the speakers (search results while a
 * query is present); in the center the reader or the passage browser; on the right the open
 * document's details, its coding and its quotations. Where the researcher is lives in one
 * reducer (navigation.ts); this component wires the panes to it and to the engine's hooks.
 * Each pane, the header, the search box's state and the navigation state are in their own files.
 */
export function WorkbenchShell() {
  const library = useDocumentOverview();
  const documentCount = library.overview?.documents ?? null;
  const { nav, dispatch, go } = useNavigation();
  const finder = useWorkbenchSearch(dispatch);
  const { query, setQuery, search, searching } = finder;
  const searchHistory = useSearchHistory();
  const { centre, target, browser, concordance, leftTab, reattach } = nav;
  const opened = useDocument(target?.id ?? null);
  const importButton = useRef<ImportButtonHandle>(null);
  useProjectSwitch();
  const importer = useImport(library.reload);
  const dragging = useFileDrop(importer.importFiles);

  const documentChoices = useDocumentChoices(browser !== null);
  const sources = useMemo(
    () => (library.overview?.sources ?? []).flatMap(({ value }) => (value ? [value] : [])).sort(),
    [library.overview],
  );
  const [autocoding, setAutocoding] = useState(false);

  // Looks and paths only: the codebook reloads after every coding change (its counts), and the
  // shell, which shows none of them, stays as it is.
  const { looks, paths: tagPaths } = useTagLooks();
  // Asked for with the document, not after it: the codes arrive as the text does.
  const coding = useDocumentCoding(target?.id ?? null);
  const undo = useUndo();
  useUndoShortcuts(undo);
  const actions = useCodingActions(coding, undo);
  const tagCommands = useTagCommands(undo);
  const speakers = useSpeakers();

  useEffect(() => {
    window.document.title = opened.document ? `${opened.document.title} — Lectern` : 'Lectern';
  }, [opened.document]);

  // A browser for a tag that was deleted or merged away closes.
  useEffect(() => {
    if (browser?.kind === 'tag' && looks.size > 0 && !looks.has(browser.tagId)) go.closeBrowser();
  }, [browser, looks, go]);

  const openConcordanceLine = useCallback(
    (line: KwicLine) => {
      const terms = [...(search.result?.terms ?? []), foldText(line.hit)];
      dispatch({
        type: 'open-document',
        target: { id: line.document_id, hit: { offset: line.start, terms, query: concordance ?? query } },
        back: 'concordance',
      });
    },
    [search.result, concordance, query, dispatch],
  );

  const notes = useNoteLayout({
    showCentreNote: go.showNote,
    leaveCentreNote: go.showReader,
    centreShowsNote: centre === 'note',
    openDocument: go.openDocumentId,
    showPassage: go.showPassage,
    openTag: go.openTag,
  });

  const startImport = useCallback(() => importButton.current?.open(), []);

  const document = opened.document;
  const showsReader = readerShown(nav);
  const browserLabel =
    browser?.kind === 'tag'
      ? (looks.get(browser.tagId)?.name ?? 'passages')
      : browser?.kind === 'speaker'
        ? browser.speaker || 'suggestions'
        : 'orphaned passages';
  const back = readerBack(nav, browserLabel);

  return (
    <div className="app">
      <WorkbenchHeader
        ref={finder.input}
        query={query}
        onQuery={setQuery}
        onSearchKeyDown={finder.onKeyDown}
        activeDescendant={finder.activeDescendant}
        searching={search.searching}
        history={searchHistory}
        tagPaths={tagPaths}
        analysisOpen={centre === 'analysis'}
        onToggleAnalysis={() => dispatch({ type: 'toggle-analysis' })}
        onOpenPassage={go.openDocument}
        importButton={importButton}
        importing={importer.state.phase === 'running'}
        onImportFiles={importer.importFiles}
      />
      <main className={`panes${notes.sideNote !== null ? ' with-note' : ''}`}>
        {searching ? (
          <SearchResults
            query={query}
            search={search}
            sort={finder.sort}
            onSort={finder.setSort}
            activeIndex={finder.activeHit}
            openedId={target?.id ?? null}
            onActivate={finder.setActiveHit}
            onOpen={finder.openHit}
            onClear={finder.clear}
            onCodeAll={() => setAutocoding(true)}
            onOpenNote={(id) => notes.openNote(id, 'centre')}
            onRefine={(filter) => setQuery((current) => `${current.trim()} ${filter}`)}
            onConcordance={() => dispatch({ type: 'open-concordance', query: query.trim() })}
          />
        ) : null}
        <LeftPane
          hidden={searching}
          tab={leftTab}
          onTab={(tab) => dispatch({ type: 'left-tab', tab })}
          documentCount={documentCount}
          tagCount={looks.size}
          speakerCount={speakers.count}
          openedDocument={target?.id ?? null}
          openedTag={centre === 'browser' && browser?.kind === 'tag' ? browser.tagId : null}
          openedSpeaker={centre === 'browser' && browser?.kind === 'speaker' ? browser.speaker : null}
          notes={notes}
          tagCommands={tagCommands}
          undo={undo}
          onOpenDocument={go.openDocumentId}
          onImport={startImport}
          onOpenTag={go.openTag}
          onOpenOrphans={go.openOrphans}
          onOpenSpeaker={go.openSpeaker}
        />
        <div className="centre">
          {notes.centreNote !== null ? (
            <NotePane key={notes.centreNote} noteId={notes.centreNote} place="centre" layout={notes} />
          ) : null}
          <ReaderPane
            hidden={!showsReader}
            target={target}
            document={document}
            loading={opened.loading}
            coding={coding}
            actions={actions}
            speakers={speakers.names}
            reattach={reattach && reattach.document_id === document?.id ? reattach : null}
            onReattachEnd={() => dispatch({ type: 'end-reattach' })}
            back={
              back ? { label: back.label, go: () => dispatch({ type: 'show', centre: back.centre }) } : null
            }
            onClearHighlights={() => dispatch({ type: 'clear-highlights' })}
            onOpenTag={go.openTag}
            onOpenQuote={(id) => dispatch({ type: 'open-quote', id })}
          />
          {centre === 'analysis' ? (
            <AnalysisPane
              // The search's settled query (not each keystroke): the one whose results are shown.
              query={query.trim() && search.result ? search.result.query : ''}
              tagPaths={tagPaths}
              onDrill={(drill) => {
                if ('passages' in drill) {
                  const { tag_id, ...filter } = drill.passages;
                  go.openBrowser({ kind: 'tag', tagId: tag_id, within: { filter, label: drill.label } });
                } else if ('query' in drill) setQuery(drill.query);
                else dispatch({ type: 'open-document', target: { id: drill.document_id }, back: 'analysis' });
              }}
              onClose={go.showReader}
            />
          ) : null}
          {centre === 'concordance' && concordance !== null ? (
            <Concordance
              key={concordance}
              query={concordance}
              sort={finder.sort}
              onOpen={openConcordanceLine}
              onClose={go.showReader}
            />
          ) : null}
          {browser?.kind === 'speaker' ? (
            <SpeakerQuotes
              key={browser.speaker}
              speaker={browser.speaker}
              visible={centre === 'browser'}
              speakers={speakers.names}
              undo={undo}
              onShow={go.showQuote}
              onClose={go.closeBrowser}
            />
          ) : browser ? (
            <PassageBrowser
              key={JSON.stringify(browser)}
              query={browser}
              visible={centre === 'browser'}
              documents={documentChoices}
              sources={sources}
              onOpen={go.openRow}
              onReattach={go.startReattach}
              onClose={go.closeBrowser}
            />
          ) : null}
        </div>
        <DetailsPane
          notes={notes}
          listing={listing(nav)}
          document={document && showsReader ? document : null}
          overview={library.overview}
          tab={nav.rightTab}
          onTab={(tab) => dispatch({ type: 'right-tab', tab })}
          coding={coding}
          speakers={speakers}
          tagCommands={tagCommands}
          undo={undo}
          reattaching={reattach?.id ?? null}
          focusQuote={nav.focusQuote}
          onReimported={opened.reload}
          onShowCoding={go.showCodingTab}
          onShowPassage={go.showPassageWithPopover}
          onReattach={go.startReattach}
          onOpenTag={go.openTag}
          onShowQuote={go.showQuote}
        />
      </main>
      <StatusBar documentCount={documentCount ?? 0} />
      {importer.state.phase === 'done' ? (
        <ImportReport
          report={importer.state.report}
          quotations={importer.quotations}
          onDismiss={importer.dismiss}
          onOpen={go.openDocumentId}
        />
      ) : importer.state.phase === 'running' ? (
        <ImportPanel state={importer.state} quotations={importer.quotations} onCancel={importer.cancel} />
      ) : null}
      {autocoding && searching ? (
        <AutocodeDialog query={query.trim()} undo={undo} onClose={() => setAutocoding(false)} />
      ) : null}
      {dragging ? <DropOverlay /> : null}
    </div>
  );
}
