import { EventEmitter } from 'node:events';
import { renameSync } from 'node:fs';
import type { Api, ArgsOf, Command, EventName, Events, Handlers, ResultOf } from '../shared/api';
import { LecternError } from '../shared/errors';
import type { Backup } from '../shared/model';
import { backupHandlers, keepBackups } from './db/backupHandlers';
import { createBackup, DAILY_MS, listBackups, pruneBackups, restoreBackupFile } from './db/backups';
import { asBusy } from './db/busy';
import { moveCloseRecord } from './db/cleanClose';
import { closeDatabase, openDatabase, type Db } from './db/open';
import { lockProject, type ProjectLock } from './db/projectLock';
import { documentHandlers } from './documents/documentHandlers';
import { importHandlers } from './import/importHandlers';
import { projectHandlers } from './project/projectHandlers';
import { projectFileHandlers } from './project/projectFileHandlers';
import { searchHandlers } from './search/searchHandlers';
import { analysisHandlers } from './analysis/analysisHandlers';
import { reindexPending } from './search/searchIndex';
import { catchUpSignatures } from './documents/storySignatures';
import { reindexNotes } from './notes/noteIndex';
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
import { entityHandlers } from './entities/entityHandlers';
import { quoteHandlers } from './quotes/quoteHandlers';
import { speakerKey } from './quotes/speakerKey';
import { tagHandlers } from './tags/tagHandlers';

/** What each area's handler factory receives: the database and a way to push events. */
export interface Context {
  db: Db;
  path: string;
  emit<E extends EventName>(event: E, payload: Events[E]): void;
}

/** How a front end opens a project. */
export interface WorkbenchOptions {
  /**
   * Take the project's lock, naming this holder ("the Lectern app", "lectern serve"): long-lived
   * writers do, so a second one is refused; short CLI runs do not.
   */
  lock?: string;
  /** Make a backup when the newest is over a day old, on open and hourly while open. */
  dailyBackups?: boolean;
}

/**
 * The engine over one project database file. Implements the Api in-process; main (IPC), server
 * (HTTP) and cli all drive it through `call`, so every front end runs the same code.
 */
export class Workbench implements Api {
  private readonly events = new EventEmitter();
  private lock: ProjectLock | undefined;
  private lockHolder: string | undefined;
  private dailyTimer: NodeJS.Timeout | undefined;
  private state!: { db: Db; path: string; context: Context; handlers: Handlers };

  constructor(path: string, options: WorkbenchOptions = {}) {
    this.lock = options.lock ? lockProject(path, options.lock) : undefined;
    this.lockHolder = options.lock;
    try {
      this.state = this.open(path);
    } catch (error) {
      this.lock?.release();
      throw error;
    }
    if (options.dailyBackups) this.startDailyBackups();
  }

  /** Takes the project's lock for a long-lived front end opened by shared code (the app, serve). */
  holdLock(holder: string): void {
    this.lock ??= lockProject(this.path, holder);
    this.lockHolder = holder;
  }

  /** A backup now if the newest is over a day old, then the same check every hour. */
  startDailyBackups(): void {
    if (this.dailyTimer) return;
    this.backupIfDue();
    this.dailyTimer = setInterval(() => this.backupIfDue(), 60 * 60 * 1000);
    this.dailyTimer.unref();
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
   * Switches the engine to another project file (Projects menu): the new file is locked (when
   * this front end holds locks), opened and migrated first, so a file that cannot be opened
   * leaves the current project in place; then the old one is closed and its lock released.
   * Event listeners (IPC, HTTP) stay attached across the switch, and hear `on-project-changed`.
   */
  switchTo(path: string): void {
    const nextLock = this.lockHolder ? lockProject(path, this.lockHolder) : undefined;
    let next;
    try {
      next = this.open(path);
    } catch (error) {
      nextLock?.release();
      throw error;
    }
    const previous = this.state;
    this.state = next;
    closeDatabase(previous.db);
    this.lock?.release();
    this.lock = nextLock;
    this.events.emit('on-project-changed', { path });
  }

  /**
   * Renames the project file: the database is closed first (its WAL checkpointed into the file),
   * the file renamed, then opened under its new name. If the rename fails, the old file reopens.
   */
  renameTo(path: string): void {
    const from = this.state.path;
    closeDatabase(this.state.db);
    try {
      renameSync(from, path);
      moveCloseRecord(from, path);
    } catch (error) {
      this.state = this.open(from);
      throw new LecternError(
        'invalid-argument',
        `The project could not be renamed to ${path}: ${(error as Error).message}. It is still open under its old name.`,
      );
    }
    if (this.lockHolder) {
      this.lock?.release();
      this.lock = lockProject(path, this.lockHolder);
    }
    this.state = this.open(path);
    this.events.emit('on-project-changed', { path });
  }

  /** Opens a project file and builds every handler over it (on start, a switch, a restore). */
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
    // After migration 0007 rebuilt the full-text index with stems, existing documents are
    // indexed again here, once (a fresh project has nothing pending).
    reindexPending(db);
    // Likewise notes after migration 0011 (notes_fts gained stems).
    reindexNotes(db);
    // And story signatures after migration 0017 (a new kind of signature), in background steps.
    catchUpSignatures(db, (ids) => context.emit('on-documents-changed', { ids }));
    const coding: CodingContext = {
      ...context,
      journal: new UndoJournal(db),
      codingChanged: (documentIds, passageIds) =>
        context.emit(
          'on-coding-changed',
          passageIds ? { document_ids: documentIds, passage_ids: passageIds } : { document_ids: documentIds },
        ),
    };
    const handlers: Handlers = {
      ...tagHandlers(coding),
      ...passageHandlers(coding),
      ...quoteHandlers(coding),
      ...entityHandlers(coding),
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
      ...analysisHandlers(context),
      ...importHandlers(context),
      ...interchangeHandlers(context),
      ...tableHandlers(context),
      ...agreementHandlers(context),
      ...backupHandlers(context, (file) => this.restore(file)),
    };
    return { db, path, context, handlers };
  }

  /** Runs one command. Arguments are validated here too, since callers may be untrusted. */
  async call<C extends Command>(command: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
    const handler = this.state.handlers[command] as ((args: ArgsOf<C>) => Promise<ResultOf<C>>) | undefined;
    if (!handler) throw new LecternError('unknown-command', `Unknown command "${String(command)}".`);
    try {
      return await handler(validateArgs(command, args));
    } catch (error) {
      throw asBusy(error) ?? error;
    }
  }

  /**
   * Replaces the project with a backup: the current state is backed up first ("before-restore"),
   * the chosen backup is checked, the connection closed, the file swapped and reopened. Needs
   * the project's lock (no other app window or server may have it open).
   */
  private restore(file: string): { restored: Backup; saved_current: Backup } {
    const lock = this.lock ?? lockProject(this.path, 'a restore from backup');
    try {
      const problem = listBackups(this.path).some((backup) => backup.file === file)
        ? null
        : `There is no backup named “${file}”.`;
      if (problem) throw new LecternError('not-found', problem);
      const savedCurrent = createBackup(this.db, this.path, 'before-restore');
      closeDatabase(this.db);
      let restored: Backup;
      try {
        restored = restoreBackupFile(this.path, file);
      } finally {
        this.state = this.open(this.path);
      }
      this.events.emit('on-documents-changed', { ids: [] });
      this.events.emit('on-coding-changed', { document_ids: [] });
      this.events.emit('on-notes-changed', { ids: [] });
      return { restored, saved_current: savedCurrent };
    } finally {
      if (!this.lock) lock.release();
    }
  }

  private backupIfDue(): void {
    try {
      const newest = listBackups(this.path)[0];
      if (newest && Date.now() - Date.parse(newest.created_at) < DAILY_MS) return;
      createBackup(this.db, this.path, 'daily');
      pruneBackups(this.path, keepBackups(this.db));
    } catch (error) {
      // A failed daily backup must not stop the work; the next hour tries again.
      console.error(`Lectern: the daily backup failed: ${(error as Error).message}`);
    }
  }

  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
    this.events.on(event, listener);
    return () => this.events.off(event, listener);
  }

  close(): void {
    if (this.dailyTimer) clearInterval(this.dailyTimer);
    this.events.removeAllListeners();
    closeDatabase(this.db);
    this.lock?.release();
  }
}
