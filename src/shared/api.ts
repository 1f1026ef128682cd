/**
 * The contract between the UI and the engine: every command the UI can send, written once.
 * Core implements it (Workbench), main exposes it over IPC, server over HTTP, and the renderer
 * calls it through one client. Each command takes one argument object and resolves to plain data.
 */
import type {
  AutocodeHit,
  BoilerplateRule,
  Backup,
  BackupList,
  Backlink,
  LinkTarget,
  MarkdownExportReport,
  Note,
  NoteRevision,
  NoteSummary,
  NotePage,
  QuotePage,
  PassageCitation,
  DocumentDetail,
  DocumentOverview,
  DocumentPage,
  DocumentSummary,
  ImportProgress,
  ImportReport,
  QuotationsReport,
  Passage,
  PassagePage,
  ProjectInfo,
  QuoteSuggestion,
  EntityMergeProposal,
  EntityPage,
  EntitySummary,
  ReanchorReport,
  RefiExportReport,
  RefiImportReport,
  TableExport,
  ProjectFile,
  AgreementReport,
  Coder,
  MergeReport,
  SavedSearch,
  SearchResult,
  SearchFacets,
  KwicResult,
  Speaker,
  SpeakerPage,
  Tag,
  TrashedTag,
  UndoState,
} from './model';
import type { Args } from './schemas/common';
import type { autocodeSchemas } from './schemas/autocodeSchemas';
import type { backupSchemas } from './schemas/backupSchemas';
import type { codingSchemas } from './schemas/codingSchemas';
import type { documentSchemas } from './schemas/documentSchemas';
import type { entitySchemas } from './schemas/entitySchemas';
import type { importSchemas } from './schemas/importSchemas';
import type { interchangeSchemas } from './schemas/interchangeSchemas';
import type { noteSchemas } from './schemas/noteSchemas';
import type { passageSchemas } from './schemas/passageSchemas';
import type { quoteSchemas } from './schemas/quoteSchemas';
import type { searchSchemas } from './schemas/searchSchemas';
import type { tagSchemas } from './schemas/tagSchemas';
import type { analysisSchemas } from './schemas/analysisSchemas';
import type { CooccurrenceResult, FrequencyResult, MatrixResult, WordsResult } from './analysis';

/** Argument types come from the command's schema (src/shared/schemas): written once. */
type D = typeof documentSchemas;
type S = typeof searchSchemas;
type I = typeof importSchemas;
type T = typeof tagSchemas;
type P = typeof passageSchemas;
type Q = typeof quoteSchemas;
type C = typeof codingSchemas;
type N = typeof noteSchemas;
type X = typeof interchangeSchemas;
type AC = typeof autocodeSchemas;
type E = typeof entitySchemas;
type B = typeof backupSchemas;
type A = typeof analysisSchemas;

export type ProjectHandlers = {
  'project-info': (args: Args<D['project-info']>) => Promise<ProjectInfo>;
};

export type DocumentHandlers = {
  /** Every document in one list: small projects and scripts only; the library uses documents-page. */
  'documents-list': (args: Args<D['documents-list']>) => Promise<DocumentSummary[]>;
  'documents-page': (args: Args<D['documents-page']>) => Promise<DocumentPage>;
  'documents-overview': (args: Args<D['documents-overview']>) => Promise<DocumentOverview>;
  'documents-get': (args: Args<D['documents-get']>) => Promise<DocumentDetail>;
  'documents-update': (args: Args<D['documents-update']>) => Promise<DocumentSummary[]>;
  'documents-delete': (args: Args<D['documents-delete']>) => Promise<{ deleted: number }>;
  'documents-restore': (args: Args<D['documents-restore']>) => Promise<{ restored: number }>;
  'boilerplate-mark': (
    args: Args<D['boilerplate-mark']>,
  ) => Promise<{ rule: BoilerplateRule | null; documents: number }>;
  'boilerplate-rules': (args: Args<D['boilerplate-rules']>) => Promise<BoilerplateRule[]>;
};

export type SearchHandlers = {
  /** One page of ranked (or newest-first) documents, and matching notes on the first page. */
  search: (args: Args<S['search']>) => Promise<SearchResult>;
  'search-facets': (args: Args<S['search-facets']>) => Promise<SearchFacets>;
  'search-kwic': (args: Args<S['search-kwic']>) => Promise<KwicResult>;
  'saved-searches-list': (args: Args<S['saved-searches-list']>) => Promise<SavedSearch[]>;
  'saved-searches-save': (args: Args<S['saved-searches-save']>) => Promise<SavedSearch>;
  'saved-searches-delete': (args: Args<S['saved-searches-delete']>) => Promise<void>;
};

export type AnalysisHandlers = {
  'analysis-frequency': (args: Args<A['analysis-frequency']>) => Promise<FrequencyResult>;
  'analysis-matrix': (args: Args<A['analysis-matrix']>) => Promise<MatrixResult>;
  'analysis-cooccurrence': (args: Args<A['analysis-cooccurrence']>) => Promise<CooccurrenceResult>;
  'analysis-words': (args: Args<A['analysis-words']>) => Promise<WordsResult>;
};

export type ImportHandlers = {
  /** Files or folders on the machine running the engine (Electron dialog, CLI). */
  'import-paths': (args: Args<I['import-paths']>) => Promise<ImportReport>;
  /** Files handed over by content (browser file picker, drag and drop). */
  'import-uploads': (args: Args<I['import-uploads']>) => Promise<ImportReport>;
  /**
   * Stops the running import after the batch it is writing; that import then resolves with
   * `cancelled: true` and the files that landed. Answers whether an import was running.
   */
  'import-cancel': (args: Args<I['import-cancel']>) => Promise<{ cancelled: boolean }>;
  /**
   * Reads the quotations and entities of every document lacking them (a large import's second
   * phase, which this joins when it runs, or an older project's backlog) on the import workers;
   * resolves when none is left, or with `cancelled` after import-cancel.
   */
  'quotations-catch-up': (args: Args<I['quotations-catch-up']>) => Promise<QuotationsReport>;
};

export type TagHandlers = {
  'tags-list': (args: Args<T['tags-list']>) => Promise<Tag[]>;
  'tags-create': (args: Args<T['tags-create']>) => Promise<Tag>;
  'tags-update': (args: Args<T['tags-update']>) => Promise<Tag>;
  /** Re-parent and/or reorder: placed under parent_id, before before_id (or last). */
  'tags-move': (args: Args<T['tags-move']>) => Promise<Tag[]>;
  /** Moves every passage of `id` (and its sub-tags) to `into_id`, then removes `id`. */
  'tags-merge': (args: Args<T['tags-merge']>) => Promise<Tag[]>;
  /** Deletes a tag, its sub-tags and their codings (passages themselves stay). Undoable. */
  'tags-delete': (args: Args<T['tags-delete']>) => Promise<{ tags: number; codings: number }>;
  /** Deleted tags, restorable also after a restart (undo lasts only the session). */
  'tags-trash-list': (args: Args<T['tags-trash-list']>) => Promise<TrashedTag[]>;
  /** Puts a deleted tag back with its sub-tags and codings; returns the codebook. Undoable. */
  'tags-trash-restore': (args: Args<T['tags-trash-restore']>) => Promise<Tag[]>;
};

export type PassageHandlers = {
  'passages-for-document': (args: Args<P['passages-for-document']>) => Promise<Passage[]>;
  /** The passages with these ids that exist (a deleted one is simply not in the answer). */
  'passages-get': (args: Args<P['passages-get']>) => Promise<Passage[]>;
  /** Codes a range; an existing passage with the same range and kind gets the tags added. */
  'passages-create': (args: Args<P['passages-create']>) => Promise<Passage>;
  'passages-update': (args: Args<P['passages-update']>) => Promise<Passage>;
  /** Moves one end of the stored passage by a word (one undo step); unchanged when it cannot move. */
  'passages-nudge': (args: Args<P['passages-nudge']>) => Promise<Passage>;
  'passages-set-tags': (args: Args<P['passages-set-tags']>) => Promise<Passage>;
  'passages-delete': (args: Args<P['passages-delete']>) => Promise<{ deleted: number }>;
  'passages-list': (args: Args<P['passages-list']>) => Promise<PassagePage>;
  /** Re-attaches an orphaned (or any) passage to a new range of its document. */
  'passages-reattach': (args: Args<P['passages-reattach']>) => Promise<Passage>;
};

export type QuoteHandlers = {
  'quotes-list': (args: Args<Q['quotes-list']>) => Promise<QuoteSuggestion[]>;
  /** A page of quotations (at most 500) in reading order, with the counts by status. */
  'quotes-page': (args: Args<Q['quotes-page']>) => Promise<QuotePage>;
  'quotes-accept': (args: Args<Q['quotes-accept']>) => Promise<Passage>;
  'quotes-dismiss': (args: Args<Q['quotes-dismiss']>) => Promise<QuoteSuggestion>;
  'speakers-list': (args: Args<Q['speakers-list']>) => Promise<Speaker[]>;
  /** People quoted, one row per person, most quoted first; paged by key like the other lists. */
  'speakers-page': (args: Args<Q['speakers-page']>) => Promise<SpeakerPage>;
};

export type EntityHandlers = {
  'entities-list': (args: Args<E['entities-list']>) => Promise<EntityPage>;
  'entities-merge': (args: Args<E['entities-merge']>) => Promise<EntitySummary>;
  'entities-split': (args: Args<E['entities-split']>) => Promise<EntitySummary>;
  'entities-rename': (args: Args<E['entities-rename']>) => Promise<EntitySummary>;
  'entities-link-role': (args: Args<E['entities-link-role']>) => Promise<EntitySummary>;
  'entities-typos': (args: Args<E['entities-typos']>) => Promise<EntityMergeProposal[]>;
};

export type CodingHandlers = {
  'coding-undo': (args: Args<C['coding-undo']>) => Promise<UndoState>;
  'coding-redo': (args: Args<C['coding-redo']>) => Promise<UndoState>;
  'coding-undo-state': (args: Args<C['coding-undo-state']>) => Promise<UndoState>;
  /** The hits of a search widened to the scope; with a tag, those it already codes are marked. */
  'autocode-preview': (args: Args<AC['autocode-preview']>) => Promise<AutocodeHit[]>;
  /** Tags every hit of the search (but those skipped and those already coded) in one undoable step. */
  'autocode-apply': (args: Args<AC['autocode-apply']>) => Promise<{
    created: number;
    tagged: number;
  }>;
  /** Re-reads a document's original file; its passages re-anchor to the new text. */
  'documents-reimport': (args: Args<C['documents-reimport']>) => Promise<ReanchorReport>;
};

export type NoteHandlers = {
  'notes-list': (args: Args<N['notes-list']>) => Promise<NoteSummary[]>;
  /** A page of the notes list (at most 500), sorted and searched in SQLite, with the count. */
  'notes-page': (args: Args<N['notes-page']>) => Promise<NotePage>;
  'notes-get': (args: Args<N['notes-get']>) => Promise<Note>;
  'notes-create': (args: Args<N['notes-create']>) => Promise<Note>;
  /** Autosave: stores the editor state (and title); a revision is kept at most every few minutes. */
  'notes-save': (args: Args<N['notes-save']>) => Promise<NoteSummary>;
  'notes-rename': (args: Args<N['notes-rename']>) => Promise<NoteSummary>;
  /** Moves a note to the trash; `notes-restore` brings it back, `notes-purge` deletes it for good. */
  'notes-delete': (args: Args<N['notes-delete']>) => Promise<NoteSummary>;
  'notes-restore': (args: Args<N['notes-restore']>) => Promise<NoteSummary>;
  'notes-purge': (args: Args<N['notes-purge']>) => Promise<{ deleted: number }>;
  'notes-revisions': (args: Args<N['notes-revisions']>) => Promise<NoteRevision[]>;
  'notes-revision-restore': (args: Args<N['notes-revision-restore']>) => Promise<Note>;
  /** Notes that link to a note, document, passage or tag. */
  'notes-backlinks': (args: Args<N['notes-backlinks']>) => Promise<Backlink[]>;
  /** The `[[` autocomplete: notes and documents whose title matches. */
  'notes-link-targets': (args: Args<N['notes-link-targets']>) => Promise<LinkTarget[]>;
  /** A link to a title: the note of that title, created if missing. */
  'notes-resolve-link': (args: Args<N['notes-resolve-link']>) => Promise<NoteSummary>;
  /** Live data for quote embeds. */
  'passages-citations': (args: Args<P['passages-citations']>) => Promise<PassageCitation[]>;
  'notes-markdown': (args: Args<N['notes-markdown']>) => Promise<{ file_name: string; markdown: string }>;
  'notes-export-markdown': (args: Args<N['notes-export-markdown']>) => Promise<MarkdownExportReport>;
  'notes-import-markdown': (args: Args<N['notes-import-markdown']>) => Promise<Note>;
};

export type InterchangeHandlers = {
  /** Writes the project as a REFI-QDA project file (.qdpx) at out_path. */
  'export-qdpx': (args: Args<X['export-qdpx']>) => Promise<RefiExportReport>;
  /** Writes the codebook as a REFI-QDA codebook file (.qdc) at out_path. */
  'export-qdc': (args: Args<X['export-qdc']>) => Promise<RefiExportReport>;
  /** Imports a .qdpx or .qdc into this project, all or nothing, with a report of what was left out. */
  'import-refi': (args: Args<X['import-refi']>) => Promise<RefiImportReport>;
  'import-refi-upload': (args: Args<X['import-refi-upload']>) => Promise<RefiImportReport>;
};

export type TableHandlers = {
  /** A table (CSV with BOM, or XLSX) of passages (optionally filtered), quotations, the codebook or the code × document matrix. */
  'export-table': (args: Args<X['export-table']>) => Promise<TableExport>;
};

export type AgreementHandlers = {
  /** Who coded in this project (1 is you), with their passage counts. */
  'coders-list': (args: Args<X['coders-list']>) => Promise<Coder[]>;
  /** Merges a colleague's copy: documents by content, tags by path, their passages kept as theirs. */
  'merge-project': (args: Args<X['merge-project']>) => Promise<MergeReport>;
  /** Intercoder agreement of two coders (default: you and the only other coder). */
  'agreement-report': (args: Args<X['agreement-report']>) => Promise<AgreementReport>;
};

export type BackupHandlers = {
  /** The project's verified backups (newest first), their folder and how many are kept. */
  'backups-list': (args: Args<B['backups-list']>) => Promise<BackupList>;
  'backups-create': (args: Args<B['backups-create']>) => Promise<Backup>;
  /** Replaces the project with a backup; the current state is backed up first. */
  'backups-restore': (
    args: Args<B['backups-restore']>,
  ) => Promise<{ restored: Backup; saved_current: Backup }>;
  'backups-set-keep': (args: Args<B['backups-set-keep']>) => Promise<BackupList>;
};

export type ProjectFileHandlers = {
  /** The current project, the recent ones and those in the app's projects folder. */
  'projects-list': (args: Args<X['projects-list']>) => Promise<{ folder: string; projects: ProjectFile[] }>;
  /** A new, empty project (a name in the projects folder, or a full path), switched to. */
  'projects-create': (args: Args<X['projects-create']>) => Promise<ProjectFile>;
  /** Switches to another project file. */
  'projects-open': (args: Args<X['projects-open']>) => Promise<ProjectFile>;
  /** Renames the current project's file (same folder). */
  'projects-rename': (args: Args<X['projects-rename']>) => Promise<ProjectFile>;
  /** Writes a copy of the current project (a name in the projects folder, or a full path); stays on this one. */
  'projects-save-copy': (args: Args<X['projects-save-copy']>) => Promise<ProjectFile>;
};

export type Handlers = ProjectHandlers &
  ProjectFileHandlers &
  AgreementHandlers &
  TableHandlers &
  InterchangeHandlers &
  BackupHandlers &
  DocumentHandlers &
  SearchHandlers &
  AnalysisHandlers &
  ImportHandlers &
  TagHandlers &
  PassageHandlers &
  QuoteHandlers &
  EntityHandlers &
  CodingHandlers &
  NoteHandlers;
export type Command = keyof Handlers;
export type ArgsOf<C extends Command> = Parameters<Handlers[C]>[0];
export type ResultOf<C extends Command> = Awaited<ReturnType<Handlers[C]>>;

/** The runtime list both transports loop over, so IPC and HTTP cannot drift from the contract. */
export const commands = [
  'project-info',
  'documents-list',
  'documents-page',
  'documents-overview',
  'documents-get',
  'documents-update',
  'documents-delete',
  'documents-restore',
  'boilerplate-mark',
  'boilerplate-rules',
  'search',
  'search-facets',
  'search-kwic',
  'saved-searches-list',
  'saved-searches-save',
  'saved-searches-delete',
  'analysis-frequency',
  'analysis-matrix',
  'analysis-cooccurrence',
  'analysis-words',
  'import-paths',
  'import-uploads',
  'import-cancel',
  'quotations-catch-up',
  'tags-list',
  'tags-create',
  'tags-update',
  'tags-move',
  'tags-merge',
  'tags-delete',
  'tags-trash-list',
  'tags-trash-restore',
  'passages-for-document',
  'passages-get',
  'passages-create',
  'passages-update',
  'passages-nudge',
  'passages-set-tags',
  'passages-delete',
  'passages-list',
  'passages-reattach',
  'quotes-list',
  'quotes-page',
  'quotes-accept',
  'quotes-dismiss',
  'speakers-list',
  'speakers-page',
  'entities-list',
  'entities-merge',
  'entities-split',
  'entities-rename',
  'entities-link-role',
  'entities-typos',
  'coding-undo',
  'coding-redo',
  'coding-undo-state',
  'autocode-preview',
  'autocode-apply',
  'documents-reimport',
  'notes-list',
  'notes-page',
  'notes-get',
  'notes-create',
  'notes-save',
  'notes-rename',
  'notes-delete',
  'notes-restore',
  'notes-purge',
  'notes-revisions',
  'notes-revision-restore',
  'notes-backlinks',
  'notes-link-targets',
  'notes-resolve-link',
  'passages-citations',
  'notes-markdown',
  'notes-export-markdown',
  'notes-import-markdown',
  'export-qdpx',
  'export-qdc',
  'import-refi',
  'import-refi-upload',
  'export-table',
  'coders-list',
  'merge-project',
  'agreement-report',
  'backups-list',
  'backups-create',
  'backups-restore',
  'backups-set-keep',
  'projects-list',
  'projects-create',
  'projects-open',
  'projects-rename',
  'projects-save-copy',
] as const satisfies readonly Command[];

// Compile-time proof that `commands` lists every key of Handlers.
type Unlisted = Exclude<Command, (typeof commands)[number]>;
const everyCommandListed: Unlisted extends never ? true : Unlisted = true;
void everyCommandListed;

export function isCommand(name: string): name is Command {
  return (commands as readonly string[]).includes(name);
}

/** Events the engine pushes to the UI. */
export type Events = {
  'on-import-progress': ImportProgress;
  'on-documents-changed': { ids: number[] };
  /**
   * Codebook, passages or quotes changed (by this window, another, the CLI or undo). With
   * `passage_ids`, nothing but those passages changed (created, re-shaped, re-tagged, deleted):
   * a reader fetches them with passages-get rather than the document's whole list.
   */
  'on-coding-changed': { document_ids: number[]; passage_ids?: number[] };
  /** Notes were created, saved elsewhere, renamed, trashed or restored. */
  'on-notes-changed': { ids: number[] };
  /** The engine switched to another project file (or renamed it): windows reload everything. */
  'on-project-changed': { path: string };
};
export type EventName = keyof Events;
export const eventNames = [
  'on-import-progress',
  'on-documents-changed',
  'on-coding-changed',
  'on-notes-changed',
  'on-project-changed',
] as const satisfies readonly EventName[];

/** What every front end talks to: the same shape in-process, over IPC and over HTTP. */
export interface Api {
  call<C extends Command>(command: C, args: ArgsOf<C>): Promise<ResultOf<C>>;
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
}

/** What preload exposes as `window.lectern`: a raw transport the renderer's client wraps. */
export interface Bridge {
  invoke(command: string, args: unknown): Promise<import('./errors').Envelope<unknown>>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
  /** Electron only: the absolute path of a dropped File object (which the page may then import). */
  pathForFile?(file: object): string;
  /** Electron only: a native folder dialog; the chosen folder may then be exported into. */
  chooseFolder?(title: string): Promise<string | null>;
}
