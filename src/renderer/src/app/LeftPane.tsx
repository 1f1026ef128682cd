import { CodebookPane } from '../coding/CodebookPane';
import type { TagCommands } from '../coding/useTagCommands';
import type { UndoActions } from '../coding/useUndo';
import { EntitiesPane } from '../entities/EntitiesPane';
import { LibraryPane } from '../library/LibraryPane';
import { NotesPane } from '../notes/NotesPane';
import type { NoteLayout } from '../notes/useNoteLayout';
import { SpeakersPane } from '../speakers/SpeakersPane';
import type { LeftTab } from './navigation';
import { Tabs } from './Tabs';

interface Props {
  /** Hidden (not unmounted) under search results, so clearing a search shows it where it was. */
  hidden: boolean;
  tab: LeftTab;
  onTab(tab: LeftTab): void;
  documentCount: number | null;
  tagCount: number;
  /** People quoted (grouped), counted by the engine; null until known. */
  speakerCount: number | null;
  openedDocument: number | null;
  openedTag: number | null;
  openedSpeaker: string | null;
  notes: NoteLayout;
  tagCommands: TagCommands;
  undo: UndoActions;
  onOpenDocument(id: number): void;
  onImport(): void;
  onOpenTag(tagId: number): void;
  onOpenOrphans(): void;
  onOpenSpeaker(speaker: string): void;
}

/** The left pane's tabs: library, codebook, speakers, entities, notes. */
export function LeftPane(props: Props) {
  const { tab } = props;
  return (
    <Tabs<LeftTab>
      hidden={props.hidden}
      label="Left pane"
      className="list-pane"
      tabs={[
        { id: 'library', label: 'Library', count: props.documentCount },
        { id: 'codebook', label: 'Codebook', count: props.tagCount || null },
        { id: 'speakers', label: 'Speakers', count: props.speakerCount || null },
        { id: 'entities', label: 'Entities' },
        { id: 'notes', label: 'Notes' },
      ]}
      selected={tab}
      onSelect={props.onTab}
    >
      {tab === 'library' ? (
        <LibraryPane
          projectCount={props.documentCount}
          openedId={props.openedDocument}
          onOpen={props.onOpenDocument}
          onImport={props.onImport}
        />
      ) : tab === 'codebook' ? (
        <CodebookPane
          commands={props.tagCommands}
          openedTagId={props.openedTag}
          onOpenTag={props.onOpenTag}
          onOpenOrphans={props.onOpenOrphans}
        />
      ) : tab === 'notes' ? (
        <NotesPane layout={props.notes} />
      ) : tab === 'entities' ? (
        <EntitiesPane undo={props.undo} onOpenQuotes={props.onOpenSpeaker} />
      ) : (
        <SpeakersPane openedSpeaker={props.openedSpeaker} onOpen={props.onOpenSpeaker} />
      )}
    </Tabs>
  );
}
