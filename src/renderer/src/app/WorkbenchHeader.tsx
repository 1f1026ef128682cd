import { forwardRef, type KeyboardEvent, type RefObject } from 'react';
import { BrandIcon } from './icons';
import { ImportButton, type ImportButtonHandle } from '../import/ImportButton';
import { ExportMenu } from '../projects/ExportMenu';
import { ProjectMenu } from '../projects/ProjectMenu';
import type { ReaderTarget } from '../reader/ReaderPane';
import { SearchBox } from '../search/SearchBox';
import type { SearchHistory } from '../search/useSearchHistory';
import { ThemeSwitch } from './ThemeSwitch';

interface Props {
  query: string;
  onQuery(query: string): void;
  onSearchKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
  activeDescendant: string | undefined;
  searching: boolean;
  history: SearchHistory;
  tagPaths: readonly string[];
  analysisOpen: boolean;
  onToggleAnalysis(): void;
  onOpenPassage(target: ReaderTarget): void;
  importButton: RefObject<ImportButtonHandle | null>;
  importing: boolean;
  onImportFiles(files: File[]): void;
}

/** The top bar: the project, the search box, and the project-wide actions (analysis, export, import, theme). */
export const WorkbenchHeader = forwardRef<HTMLInputElement, Props>(function WorkbenchHeader(
  {
    query,
    onQuery,
    onSearchKeyDown,
    activeDescendant,
    searching,
    history,
    tagPaths,
    analysisOpen,
    onToggleAnalysis,
    onOpenPassage,
    importButton,
    importing,
    onImportFiles,
  },
  searchInput,
) {
  return (
    <header className="toolbar">
      <div className="brand" aria-label="Lectern">
        <BrandIcon className="brand-mark" />
        <span>Lectern</span>
        <ProjectMenu />
      </div>
      <SearchBox
        ref={searchInput}
        query={query}
        onChange={onQuery}
        onKeyDown={onSearchKeyDown}
        activeDescendant={activeDescendant}
        searching={searching}
        history={history}
        tagPaths={tagPaths}
      />
      <div className="toolbar-actions">
        <button
          type="button"
          className={`button${analysisOpen ? ' active' : ''}`}
          aria-pressed={analysisOpen}
          title="Charts and tables of the search or the whole corpus: over time, code matrix, co-occurrence, words"
          onClick={onToggleAnalysis}
        >
          Analysis
        </button>
        <ExportMenu onOpenPassage={onOpenPassage} />
        <ImportButton ref={importButton} busy={importing} onFiles={onImportFiles} />
        <ThemeSwitch />
      </div>
    </header>
  );
});
