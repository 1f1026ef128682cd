import { EventEmitter } from 'node:events';
import type { Api, ArgsOf, Command, EventName, Events, Handlers, ResultOf } from '../shared/api';
import { LecternError } from '../shared/errors';
import { openDatabase, type Db } from './db/open';
import { documentHandlers } from './documents/documentHandlers';
import { importHandlers } from './import/importHandlers';
import { projectHandlers } from './project/projectHandlers';
import { searchHandlers } from './search/searchHandlers';
import { analysisHandlers } from './analysis/analysisHandlers';
import { reindexPending } from './search/searchIndex';
import { validateArgs } from './validateArgs';
import { codingHandlers } from './coding/codingHandlers';
import type { CodingContext } from './coding/CodingContext';
import { UndoJournal } from './coding/undoJournal';
import { markdownHandlers } from './export/markdown/markdownHandlers';
import { noteHandlers } from './notes/noteHandlers';
import { passageHandlers } from './passages/passageHandlers';
import { quoteHandlers } from './quotes/quoteHandlers';
import { speakerKey } from './quotes/speakerKey';
import { tagHandlers } from './tags/tagHandlers';

/** What each area's handler factory receives: the database and a way to push events. */
export interface Context {
  db: Db;
  path: string;
  emit<E extends EventName>(event: E, payload: Events[E]): void;
}

/**
 * The engine over one project database file. Implements the Api in-process; main (IPC), server
 * (HTTP) and cli all drive it through `call`, so every front end runs the same code.
 */
export class Workbench implements Api {
  readonly db: Db;
  readonly path: string;
  private readonly events = new EventEmitter();
  private readonly handlers: Handlers;
  /** For engine-side callers (first-run setup, CLI) that need synchronous access. */
  readonly context: Context;

  constructor(path: string) {
    this.path = path;
    this.db = openDatabase(path);
    const context: Context = (this.context = {
      db: this.db,
      path,
      emit: (event, payload) => {
        this.events.emit(event, payload);
      },
    });
    // Speaker filters compare names by their folded key (Lawrow = Lavrov), in SQL.
    this.db.function('speaker_key', { deterministic: true }, (name: unknown) =>
      typeof name === 'string' ? speakerKey(name) : null,
    );
    // After migration 0005 rebuilt the full-text index with stems, existing documents are
    // indexed again here, once (a fresh project has nothing pending).
    reindexPending(this.db);
    const coding: CodingContext = {
      ...context,
      journal: new UndoJournal(this.db),
      codingChanged: (documentIds) => context.emit('on-coding-changed', { document_ids: documentIds }),
    };
    this.handlers = {
      ...tagHandlers(coding),
      ...passageHandlers(coding),
      ...quoteHandlers(coding),
      ...codingHandlers(coding),
      ...noteHandlers(context),
      ...markdownHandlers(context, (command, args) => this.call(command, args)),
      ...projectHandlers(context),
      ...documentHandlers(context),
      ...searchHandlers(context),
      ...analysisHandlers(context),
      ...importHandlers(context),
    };
  }

  /** Runs one command. Arguments are validated here too, since callers may be untrusted. */
  async call<C extends Command>(command: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
    const handler = this.handlers[command] as ((args: ArgsOf<C>) => Promise<ResultOf<C>>) | undefined;
    if (!handler) throw new LecternError('unknown-command', `Unknown command "${String(command)}".`);
    return handler(validateArgs(command, args));
  }

  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
    this.events.on(event, listener);
    return () => this.events.off(event, listener);
  }

  close(): void {
    this.events.removeAllListeners();
    if (this.db.open) this.db.close();
  }
}
