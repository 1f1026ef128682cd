import type { Db } from '../db/open';
import { speakerKey } from '../quotes/speakerKey';
import type { FoundEntity } from './findEntities';
import { findEntities } from './findEntities';

/**
 * Stores the entities one document names: each is matched to an existing entity of its kind by
 * any of its spellings' folded keys (so Lawrow joins Lavrov, and a merged or renamed entity keeps
 * receiving its new mentions), or created. Replaces the document's earlier mentions. Call inside
 * the transaction that writes the document. `fresh`: the document was inserted in this
 * transaction already marked, so it has no earlier mentions to clear nor a flag to set.
 */
export function storeEntities(
  db: Db,
  documentId: number,
  body: string,
  found: FoundEntity[] = findEntities(body),
  fresh = false,
): void {
  const statements = prepare(db);
  if (!fresh) statements.clearMentions.run(documentId);
  for (const entity of found) {
    const spellings = [entity.name, ...entity.aliases];
    let id: number | undefined;
    for (const spelling of spellings) {
      id = statements.byKey.get(entity.kind, speakerKey(spelling))?.id;
      if (id) break;
    }
    if (!id) id = Number(statements.insertEntity.run(entity.kind, entity.name).lastInsertRowid);
    for (const spelling of spellings) statements.insertAlias.run(id, spelling, speakerKey(spelling));
    for (const [start, end] of entity.mentions) statements.insertMention.run(id, documentId, start, end);
  }
  if (!fresh) statements.markDone.run(documentId);
}

/** Finds the entities of documents never indexed (projects from before the index existed). */
export function ensureEntitiesDetected(db: Db, limit = -1): void {
  const pending = db
    .prepare<[number], { id: number; body: string }>(
      'SELECT id, body FROM documents WHERE entities_detected = 0 LIMIT ?',
    )
    .all(limit);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const { id, body } of pending) storeEntities(db, id, body);
  })();
}

const cache = new WeakMap<Db, ReturnType<typeof build>>();

function prepare(db: Db) {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = build(db)));
  return statements;
}

function build(db: Db) {
  return {
    clearMentions: db.prepare<[number]>('DELETE FROM entity_mentions WHERE document_id = ?'),
    // The lowest id wins when a split left two entities with one spelling: the original.
    byKey: db.prepare<[string, string], { id: number }>(
      `SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
       WHERE e.kind = ? AND a.key = ? ORDER BY a.source = 'found', e.id LIMIT 1`,
    ),
    insertEntity: db.prepare<[string, string]>('INSERT INTO entities (kind, name) VALUES (?, ?)'),
    insertAlias: db.prepare<[number, string, string]>(
      'INSERT OR IGNORE INTO entity_aliases (entity_id, alias, key) VALUES (?, ?, ?)',
    ),
    insertMention: db.prepare<[number, number, number, number]>(
      'INSERT OR IGNORE INTO entity_mentions (entity_id, document_id, start, "end") VALUES (?, ?, ?, ?)',
    ),
    markDone: db.prepare<[number]>('UPDATE documents SET entities_detected = 1 WHERE id = ?'),
  };
}
