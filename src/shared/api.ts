/**
 * The contract between the UI and the engine: every command the UI can send, written once.
 * Core implements it (Workbench), main exposes it over IPC, server over HTTP, and the renderer
 * calls it through one client. Each command takes one argument object and resolves to plain data.
 */
import type {
  DocumentDetail,
  DocumentSummary,
  ImportProgress,
  ImportReport,
  ProjectInfo,
  SearchResult,
  SortDirection,
  SortKey,
  UploadedFile,
} from './model';

export type ProjectHandlers = {
  'project-info': (args: Record<string, never>) => Promise<ProjectInfo>;
};

export type DocumentHandlers = {
  'documents-list': (args: { sort?: SortKey; direction?: SortDirection }) => Promise<DocumentSummary[]>;
  'documents-get': (args: { id: number }) => Promise<DocumentDetail>;
};

export type SearchHandlers = {
  search: (args: { query: string; limit?: number }) => Promise<SearchResult>;
};

export type ImportHandlers = {
  /** Files or folders on the machine running the engine (Electron dialog, CLI). */
  'import-paths': (args: { paths: string[] }) => Promise<ImportReport>;
  /** Files handed over by content (browser file picker, drag and drop). */
  'import-uploads': (args: { files: UploadedFile[] }) => Promise<ImportReport>;
};

export type Handlers = ProjectHandlers & DocumentHandlers & SearchHandlers & ImportHandlers;
export type Command = keyof Handlers;
export type ArgsOf<C extends Command> = Parameters<Handlers[C]>[0];
export type ResultOf<C extends Command> = Awaited<ReturnType<Handlers[C]>>;

/** The runtime list both transports loop over, so IPC and HTTP cannot drift from the contract. */
export const commands = [
  'project-info',
  'documents-list',
  'documents-get',
  'search',
  'import-paths',
  'import-uploads',
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
};
export type EventName = keyof Events;
export const eventNames = ['on-import-progress', 'on-documents-changed'] as const satisfies readonly EventName[];

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
