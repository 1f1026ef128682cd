/**
 * The contract between the UI and the engine: every command the UI can send, written once.
 * Core implements it (Workbench), main exposes it over IPC, server over HTTP, and the renderer
 * calls it through one client. Each command takes one argument object and resolves to plain data.
 */
import type {
  AutocodeHit,
  AutocodeScope,
  Backlink,
  LinkTarget,
  MarkdownExportOptions,
  MarkdownExportReport,
  Note,
  NoteRevision,
  NoteSummary,
  PassageCitation,
  DocumentDetail,
  DocumentSummary,
  ImportProgress,
  ImportReport,
  Passage,
  PassageFilter,
  PassageKind,
  PassagePage,
  ProjectInfo,
  QuoteSuggestion,
  ReanchorReport,
  SearchResult,
  SearchFacets,
  KwicResult,
  Speaker,
  Tag,
  UndoState,
  UploadedFile,
} from './model';
import type { Args } from './schemas/common';
import type { documentSchemas } from './schemas/documentSchemas';
import type { searchSchemas } from './schemas/searchSchemas';
import type { analysisSchemas } from './schemas/analysisSchemas';
import type { CooccurrenceResult, FrequencyResult, MatrixResult, WordsResult } from './analysis';

/** Argument types come from the command's schema (src/shared/schemas): written once. */
type D = typeof documentSchemas;
type S = typeof searchSchemas;
type A = typeof analysisSchemas;

export type ProjectHandlers = {
  'project-info': (args: Args<D['project-info']>) => Promise<ProjectInfo>;
};

export type DocumentHandlers = {
  'documents-list': (args: Args<D['documents-list']>) => Promise<DocumentSummary[]>;
  'documents-get': (args: Args<D['documents-get']>) => Promise<DocumentDetail>;
};

export type SearchHandlers = {
  /** One page of ranked (or newest-first) documents, and matching notes on the first page. */
  search: (args: Args<S['search']>) => Promise<SearchResult>;
  'search-facets': (args: Args<S['search-facets']>) => Promise<SearchFacets>;
  'search-kwic': (args: Args<S['search-kwic']>) => Promise<KwicResult>;
};

export type AnalysisHandlers = {
  'analysis-frequency': (args: Args<A['analysis-frequency']>) => Promise<FrequencyResult>;
  'analysis-matrix': (args: Args<A['analysis-matrix']>) => Promise<MatrixResult>;
  'analysis-cooccurrence': (args: Args<A['analysis-cooccurrence']>) => Promise<CooccurrenceResult>;
  'analysis-words': (args: Args<A['analysis-words']>) => Promise<WordsResult>;
};

export type ImportHandlers = {
  /** Files or folders on the machine running the engine (Electron dialog, CLI). */
  'import-paths': (args: { paths: string[] }) => Promise<ImportReport>;
  /** Files handed over by content (browser file picker, drag and drop). */
  'import-uploads': (args: { files: UploadedFile[] }) => Promise<ImportReport>;
};

export type TagHandlers = {
  'tags-list': (args: Record<string, never>) => Promise<Tag[]>;
  'tags-create': (args: {
    name: string;
    parent_id?: number | null;
    color?: string;
    memo?: string;
  }) => Promise<Tag>;
  'tags-update': (args: { id: number; name?: string; color?: string; memo?: string }) => Promise<Tag>;
  /** Re-parent and/or reorder: placed under parent_id, before before_id (or last). */
  'tags-move': (args: { id: number; parent_id: number | null; before_id?: number | null }) => Promise<Tag[]>;
  /** Moves every passage of `id` (and its sub-tags) to `into_id`, then removes `id`. */
  'tags-merge': (args: { id: number; into_id: number }) => Promise<Tag[]>;
  /** Deletes a tag, its sub-tags and their codings (passages themselves stay). Undoable. */
  'tags-delete': (args: { id: number }) => Promise<{ tags: number; codings: number }>;
};

export type PassageHandlers = {
  'passages-for-document': (args: { document_id: number }) => Promise<Passage[]>;
  /** Codes a range; an existing passage with the same range and kind gets the tags added. */
  'passages-create': (args: {
    document_id: number;
    start: number;
    end: number;
    tag_ids?: number[];
    kind?: PassageKind;
    speaker?: string | null;
    memo?: string;
  }) => Promise<Passage>;
  'passages-update': (args: {
    id: number;
    start?: number;
    end?: number;
    memo?: string;
    speaker?: string | null;
    kind?: PassageKind;
  }) => Promise<Passage>;
  'passages-set-tags': (args: { id: number; add?: number[]; remove?: number[] }) => Promise<Passage>;
  'passages-delete': (args: { id: number }) => Promise<{ deleted: number }>;
  'passages-list': (args: PassageFilter & { offset?: number; limit?: number }) => Promise<PassagePage>;
  /** Re-attaches an orphaned (or any) passage to a new range of its document. */
  'passages-reattach': (args: { id: number; start: number; end: number }) => Promise<Passage>;
};

export type QuoteHandlers = {
  'quotes-list': (args: {
    document_id?: number;
    speaker?: string;
    status?: QuoteSuggestion['status'];
  }) => Promise<QuoteSuggestion[]>;
  /** Accepts a suggestion (optionally with a corrected speaker): it becomes a passage of kind quote. */
  'quotes-accept': (args: { id: number; speaker?: string | null; tag_ids?: number[] }) => Promise<Passage>;
  'quotes-dismiss': (args: { id: number }) => Promise<QuoteSuggestion>;
  'speakers-list': (args: Record<string, never>) => Promise<Speaker[]>;
};

export type CodingHandlers = {
  'coding-undo': (args: Record<string, never>) => Promise<UndoState>;
  'coding-redo': (args: Record<string, never>) => Promise<UndoState>;
  'coding-undo-state': (args: Record<string, never>) => Promise<UndoState>;
  'autocode-preview': (args: {
    query: string;
    scope?: AutocodeScope;
    tag_id?: number;
  }) => Promise<AutocodeHit[]>;
  /** Tags every hit of the search in one undoable step. */
  'autocode-apply': (args: { query: string; scope?: AutocodeScope; tag_id: number }) => Promise<{
    created: number;
    tagged: number;
  }>;
  /** Re-reads a document's original file; its passages re-anchor to the new text. */
  'documents-reimport': (args: { id: number }) => Promise<ReanchorReport>;
};

export type NoteHandlers = {
  'notes-list': (args: {
    query?: string;
    sort?: 'updated' | 'title';
    trash?: boolean;
  }) => Promise<NoteSummary[]>;
  'notes-get': (args: { id: number }) => Promise<Note>;
  'notes-create': (args: { title?: string; lexical_json?: string }) => Promise<Note>;
  /** Autosave: stores the editor state (and title); a revision is kept at most every few minutes. */
  'notes-save': (args: { id: number; lexical_json: string; title?: string }) => Promise<NoteSummary>;
  'notes-rename': (args: { id: number; title: string }) => Promise<NoteSummary>;
  /** Moves a note to the trash; `notes-restore` brings it back, `notes-purge` deletes it for good. */
  'notes-delete': (args: { id: number }) => Promise<NoteSummary>;
  'notes-restore': (args: { id: number }) => Promise<NoteSummary>;
  'notes-purge': (args: { id: number }) => Promise<{ deleted: number }>;
  'notes-revisions': (args: { id: number }) => Promise<NoteRevision[]>;
  'notes-revision-restore': (args: { revision_id: number }) => Promise<Note>;
  /** Notes that link to a note, document, passage or tag. */
  'notes-backlinks': (args: {
    note_id?: number;
    document_id?: number;
    passage_id?: number;
    tag_id?: number;
  }) => Promise<Backlink[]>;
  /** The `[[` autocomplete: notes and documents whose title matches. */
  'notes-link-targets': (args: { query: string; limit?: number }) => Promise<LinkTarget[]>;
  /** A link to a title: the note of that title, created if missing. */
  'notes-resolve-link': (args: { title: string }) => Promise<NoteSummary>;
  /** Live data for quote embeds. */
  'passages-citations': (args: { ids: number[] }) => Promise<PassageCitation[]>;
  'notes-markdown': (args: {
    id: number;
    links?: MarkdownExportOptions['links'];
  }) => Promise<{ file_name: string; markdown: string }>;
  'notes-export-markdown': (
    args: MarkdownExportOptions & { out_dir: string; note_ids?: number[] },
  ) => Promise<MarkdownExportReport>;
  'notes-import-markdown': (args: { name: string; markdown: string }) => Promise<Note>;
};

export type Handlers = ProjectHandlers &
  DocumentHandlers &
  SearchHandlers &
  AnalysisHandlers &
  ImportHandlers &
  TagHandlers &
  PassageHandlers &
  QuoteHandlers &
  CodingHandlers &
  NoteHandlers;
export type Command = keyof Handlers;
export type ArgsOf<C extends Command> = Parameters<Handlers[C]>[0];
export type ResultOf<C extends Command> = Awaited<ReturnType<Handlers[C]>>;

/** The runtime list both transports loop over, so IPC and HTTP cannot drift from the contract. */
export const commands = [
  'project-info',
  'documents-list',
  'documents-get',
  'search',
  'search-facets',
  'search-kwic',
  'analysis-frequency',
  'analysis-matrix',
  'analysis-cooccurrence',
  'analysis-words',
  'import-paths',
  'import-uploads',
  'tags-list',
  'tags-create',
  'tags-update',
  'tags-move',
  'tags-merge',
  'tags-delete',
  'passages-for-document',
  'passages-create',
  'passages-update',
  'passages-set-tags',
  'passages-delete',
  'passages-list',
  'passages-reattach',
  'quotes-list',
  'quotes-accept',
  'quotes-dismiss',
  'speakers-list',
  'coding-undo',
  'coding-redo',
  'coding-undo-state',
  'autocode-preview',
  'autocode-apply',
  'documents-reimport',
  'notes-list',
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
  /** Codebook, passages or quotes changed (by this window, another, the CLI or undo). */
  'on-coding-changed': { document_ids: number[] };
  /** Notes were created, saved elsewhere, renamed, trashed or restored. */
  'on-notes-changed': { ids: number[] };
};
export type EventName = keyof Events;
export const eventNames = [
  'on-import-progress',
  'on-documents-changed',
  'on-coding-changed',
  'on-notes-changed',
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
  /** Electron only: the absolute path of a dropped File object. */
  pathForFile?(file: object): string;
}
