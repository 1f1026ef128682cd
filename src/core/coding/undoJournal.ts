import { LecternError } from '../../shared/errors';
import type { UndoState } from '../../shared/model';
import type { Db } from '../db/open';

/** Tables whose changes are coding actions, with the key that identifies a row. */
const JOURNALED: Record<string, string[]> = {
  tags: ['id'],
  passages: ['id'],
  passage_tags: ['passage_id', 'tag_id'],
  quote_suggestions: ['id'],
  // The entity index: merges, splits, renames and role links are undoable like coding.
  entities: ['id'],
  entity_aliases: ['entity_id', 'alias'],
  entity_mentions: ['document_id', 'start', 'entity_id'],
  tag_trash: ['id'],
};

interface Step {
  label: string;
  /** Inclusive range of temp.undo_log rows that undo (or redo) this step. */
  first: number;
  last: number;
}

/**
 * Session-wide undo/redo for coding actions, after SQLite's own recipe (sqlite.org/undoredo):
 * TEMP triggers write, for every row an action inserts, updates or deletes, the SQL that reverses
 * it. Undo runs a step's log backwards in one transaction — itself journaled, which yields the
 * redo step. Works for any action on the journaled tables, cascades included, with no per-action
 * inverse code to get wrong. Lives as long as the connection: "across the session".
 */
export class UndoJournal {
  private readonly undoStack: Step[] = [];
  private readonly redoStack: Step[] = [];
  private readonly maxSeq;
  private readonly readRange;
  private readonly deleteRange;
  private readonly setActive;

  constructor(private readonly db: Db) {
    db.exec(`
      CREATE TEMP TABLE IF NOT EXISTS undo_log (seq INTEGER PRIMARY KEY, sql TEXT NOT NULL);
      CREATE TEMP TABLE IF NOT EXISTS undo_active (on_ INTEGER NOT NULL);
      DELETE FROM undo_active; INSERT INTO undo_active VALUES (0);`);
    for (const [table, key] of Object.entries(JOURNALED)) this.createTriggers(table, key);
    this.maxSeq = db.prepare<[], { seq: number | null }>('SELECT max(seq) AS seq FROM undo_log');
    this.readRange = db.prepare<[number, number], { sql: string }>(
      'SELECT sql FROM undo_log WHERE seq BETWEEN ? AND ? ORDER BY seq DESC',
    );
    this.deleteRange = db.prepare<[number, number]>('DELETE FROM undo_log WHERE seq BETWEEN ? AND ?');
    this.setActive = db.prepare<[number]>('UPDATE undo_active SET on_ = ?');
  }

  /** Runs `action` in one transaction as one undoable step; a new step clears the redo stack. */
  record<T>(label: string, action: () => T): T {
    const { result, step } = this.journaled(label, action);
    if (step) {
      this.undoStack.push(step);
      for (const stale of this.redoStack.splice(0)) this.deleteRange.run(stale.first, stale.last);
    }
    return result;
  }

  undo(): UndoState {
    const step = this.undoStack.pop();
    if (!step) throw new LecternError('invalid-argument', 'Nothing to undo.');
    const redo = this.replay(step);
    if (redo) this.redoStack.push(redo);
    return this.state();
  }

  redo(): UndoState {
    const step = this.redoStack.pop();
    if (!step) throw new LecternError('invalid-argument', 'Nothing to redo.');
    const undo = this.replay(step);
    if (undo) this.undoStack.push(undo);
    return this.state();
  }

  /** Forgets all steps: after the text under the passages changed, old offsets would mislead. */
  clear(): void {
    this.undoStack.length = 0;
    this.redoStack.length = 0;
    this.db.exec('DELETE FROM temp.undo_log');
  }

  state(): UndoState {
    return {
      can_undo: this.undoStack.length > 0,
      can_redo: this.redoStack.length > 0,
      undo_label: this.undoStack.at(-1)?.label ?? null,
      redo_label: this.redoStack.at(-1)?.label ?? null,
    };
  }

  /** Plays a step's reversing SQL backwards; returns the step that reverses the replay. */
  private replay(step: Step): Step | null {
    const statements = this.readRange.all(step.first, step.last);
    const { step: inverse } = this.journaled(step.label, () => {
      // Rows come back in reverse order of their deletion, so a child may return before its
      // parent: check foreign keys at commit, not per statement.
      this.db.pragma('defer_foreign_keys = ON');
      for (const { sql } of statements) this.db.exec(sql);
      this.deleteRange.run(step.first, step.last);
    });
    return inverse;
  }

  private journaled<T>(label: string, action: () => T): { result: T; step: Step | null } {
    const before = this.maxSeq.get()?.seq ?? 0;
    const result = this.db
      .transaction(() => {
        this.setActive.run(1);
        try {
          return action();
        } finally {
          this.setActive.run(0);
        }
      })
      .immediate();
    const after = this.maxSeq.get()?.seq ?? 0;
    return { result, step: after > before ? { label, first: before + 1, last: after } : null };
  }

  private createTriggers(table: string, key: string[]): void {
    const columns = (
      this.db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as Array<{ name: string }>
    ).map((column) => column.name);
    const q = (name: string) => `"${name}"`;
    const where = (row: 'old' | 'new') => key.map((k) => `${q(k)}='||quote(${row}.${q(k)})`).join("||' AND ");
    const when = 'WHEN (SELECT on_ FROM temp.undo_active) = 1';
    this.db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_insert AFTER INSERT ON main.${table} ${when} BEGIN
        INSERT INTO undo_log (sql) VALUES ('DELETE FROM main.${table} WHERE ${where('new')});
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_update AFTER UPDATE ON main.${table} ${when} BEGIN
        INSERT INTO undo_log (sql) VALUES ('UPDATE main.${table} SET ${columns
          .map((c) => `${q(c)}='||quote(old.${q(c)})||'`)
          .join(',')} WHERE ${where('new')});
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_delete AFTER DELETE ON main.${table} ${when} BEGIN
        INSERT INTO undo_log (sql) VALUES ('INSERT INTO main.${table} (${columns.map(q).join(',')}) VALUES (${columns
          .map((c) => `'||quote(old.${q(c)})||'`)
          .join(',')})');
      END;`);
  }
}
