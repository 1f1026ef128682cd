/**
 * Where one Api call spends its time: wraps `db.prepare` for the duration of `action`, so every
 * statement the engine prepares meanwhile reports its SQL and the ms of its all/get/run calls.
 * (Statements the engine prepared once, earlier, are not seen; their time shows as "outside".)
 */
import type { Workbench } from '../../src/core/workbench';
import { msSince, now } from './timing';

export interface StatementTime {
  sql: string;
  calls: number;
  ms: number;
}

export async function profileStatements(
  workbench: Workbench,
  action: () => Promise<unknown>,
): Promise<{ total: number; statements: StatementTime[] }> {
  const db = workbench.db;
  const original = db.prepare.bind(db);
  const seen = new Map<string, StatementTime>();
  const patched = (source: string) => {
    const statement = original(source);
    const entry = seen.get(source) ?? { sql: source.replace(/\s+/g, ' ').trim(), calls: 0, ms: 0 };
    seen.set(source, entry);
    for (const method of ['all', 'get', 'run'] as const) {
      const call = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      Object.defineProperty(statement, method, {
        value: (...args: unknown[]) => {
          const start = now();
          try {
            return call(...args);
          } finally {
            entry.calls++;
            entry.ms += msSince(start);
          }
        },
      });
    }
    return statement;
  };
  db.prepare = patched as typeof db.prepare;
  const start = now();
  try {
    await action();
  } finally {
    db.prepare = original;
  }
  return { total: msSince(start), statements: [...seen.values()].sort((a, b) => b.ms - a.ms) };
}
