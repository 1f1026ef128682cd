import { EventEmitter } from 'node:events';
import { renameSync } from 'node:fs';
import type { Api, ArgsOf, Command, EventName, Events, Handlers, ResultOf } from '../shared/api';
import { LecternError } from '../shared/errors';
import { openDatabase, type Db } from './db/open';
import { documentHandlers } from './documents/documentHandlers';
import { importHandlers } from './import/importHandlers';
import { projectHandlers } from './project/projectHandlers';
import { projectFileHandlers } from './project/projectFileHandlers';
import { searchHandlers } from './search/searchHandlers';
import { validateArgs } from './validateArgs';
import { codingHandlers } from './coding/codingHandlers';
import type { CodingContext } from './coding/CodingContext';
import { UndoJournal } from './coding/undoJournal';
import { interchangeHandlers } from './interchange/interchangeHandlers';
import { tableHandlers } from './export/tables/tableHandlers';
import { agreementHandlers } from './agreement/agreementHandlers';
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
  private readonly events = new EventEmitter();
  private state: { db: Db; path: string; context: Context; handlers: Handlers };

  constructor(path: string) {
    this.state = this.open(path);
  }

  get db(): Db {
    return this.state.db;
  }
  get path(): string {
    return this.state.path;
  }
  /** For engine-side callers (first-run setup, CLI) that need synchronous access. */
  get context(): Context {
    return this.state.context;
  }

  /**
   * Switches the engine to another project file (Projects menu): the new file is opened (and
   * migrated) first, so a file that cannot be opened leaves the current project in place; then
   * the old one is closed. Event listeners (IPC, HTTP) stay attached across the switch, and hear
   * `on-project-changed`. This is how main and server change project without re-registering.
   */
  switchTo(path: string): void {
    const next = this.open(path);
    const previous = this.state;
    this.state = next;
    if (previous.db.open) previous.db.close();
    this.events.emit('on-project-changed', { path });
  }

  /**
   * Renames the project file: the database is closed first (its WAL checkpointed into the file),
   * the file renamed, then opened under its new name. If the rename fails, the old file reopens.
   */
  renameTo(path: string): void {
    const from = this.state.path;
    this.state.db.close();
    try {
      renameSync(from, path);
    } catch (error) {
      this.state = this.open(from);
      throw new LecternError(
        'invalid-argument',
        `The project could not be renamed to ${path}: ${(error as Error).message}. It is still open under its old name.`,
      );
    }
    this.state = this.open(path);
    this.events.emit('on-project-changed', { path });
  }

  private open(path: string): { db: Db; path: string; context: Context; handlers: Handlers } {
    const db = openDatabase(path);
    const context: Context = {
      db,
      path,
      emit: (event, payload) => {
        this.events.emit(event, payload);
      },
    };
    // Speaker filters compare names by their folded key (Lawrow = Lavrov), in SQL.
    db.function('speaker_key', { deterministic: true }, (name: unknown) =>
      typeof name === 'string' ? speakerKey(name) : null,
    );
    const coding: CodingContext = {
      ...context,
      journal: new UndoJournal(db),
      codingChanged: (documentIds) => context.emit('on-coding-changed', { document_ids: documentIds }),
    };
    const handlers: Handlers = {
      ...tagHandlers(coding),
      ...passageHandlers(coding),
      ...quoteHandlers(coding),
      ...codingHandlers(coding),
      ...noteHandlers(context),
      ...markdownHandlers(context, (command, args) => this.call(command, args)),
      ...projectHandlers(context),
      ...projectFileHandlers(context, {
        switchTo: (next) => this.switchTo(next),
        renameTo: (next) => this.renameTo(next),
      }),
      ...documentHandlers(context),
      ...searchHandlers(context),
      ...importHandlers(context),
      ...interchangeHandlers(context),
      ...tableHandlers(context),
      ...agreementHandlers(context),
    };
    return { db, path, context, handlers };
  }

  /** Runs one command. Arguments are validated here too, since callers may be untrusted. */
  async call<C extends Command>(command: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
    const handler = this.state.handlers[command] as ((args: ArgsOf<C>) => Promise<ResultOf<C>>) | undefined;
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
