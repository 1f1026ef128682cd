import { cachedStatement } from '../db/cachedStatement';
import type { Db } from '../db/open';
import { groupStories, storyBands } from './groupStories';
import { minhashSignature, signatureFrom } from './minhashSignature';

/**
 * The statements that add a document's story bucket and take it off story_resign, shared by the
 * signature store, the catch-up and an import's held-back buckets (PendingStoryBands): one SQL each.
 */
export function storyBandStatements(db: Db) {
  return {
    addBand: cachedStatement<[number, Buffer, number]>(
      db,
      'INSERT OR IGNORE INTO story_bands (band, hash, document_id) VALUES (?, ?, ?)',
    ),
    dequeue: cachedStatement<[number]>(db, 'DELETE FROM story_resign WHERE document_id = ?'),
  };
}

/**
 * Writes documents' story signatures (story_signatures) and their buckets (story_bands), replacing
 * those a document had; statements prepared once per database. Call inside the caller's transaction.
 */
export function storySignatureStore(db: Db) {
  const read = db.prepare<[number], { minhash: Uint8Array }>(
    'SELECT minhash FROM story_signatures WHERE document_id = ?',
  );
  // An upsert, not INSERT OR REPLACE: with foreign keys on, SQLite readies a REPLACE for deleting
  // the row it replaces, which made this tiny insert cost 0.13 ms — a fifth of writing a document.
  const write = db.prepare<[number, Buffer]>(
    `INSERT INTO story_signatures (document_id, minhash) VALUES (?, ?)
     ON CONFLICT (document_id) DO UPDATE SET minhash = excluded.minhash`,
  );
  const { addBand } = storyBandStatements(db);
  const removeBand = db.prepare<[number, Buffer, number]>(
    'DELETE FROM story_bands WHERE band = ? AND hash = ? AND document_id = ?',
  );
  const queue = db.prepare<[number]>('INSERT OR IGNORE INTO story_resign (document_id) VALUES (?)');
  const signatureBlob = (signature: Uint32Array) =>
    Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);
  return {
    /** `fresh`: the document was inserted in this transaction, so it has no signature to replace. */
    set(documentId: number, signature: Uint32Array, fresh = false): void {
      const old = fresh ? undefined : read.get(documentId);
      if (old)
        for (const { band, hash } of storyBands(signatureFrom(old.minhash)))
          removeBand.run(band, hash, documentId);
      write.run(documentId, signatureBlob(signature));
      // Its story buckets, so grouping finds it without reading every signature (groupStories).
      for (const { band, hash } of storyBands(signature)) addBand.run(band, hash, documentId);
    },
    /**
     * A document just inserted whose buckets the caller holds back (PendingStoryBands): its
     * signature, and a place in story_resign until its buckets are stored.
     */
    setHeldBack(documentId: number, signature: Uint32Array): void {
      write.run(documentId, signatureBlob(signature));
      queue.run(documentId);
    },
  };
}

/** Up to this many documents are signed at once when a project opens (a second or less). */
const AT_ONCE = 500;
/** A background step signs this many (about 25 ms; 0.5 ms each), then lets other requests run. */
const STEP = 50;

const running = new WeakSet<Db>();

/**
 * Signs the documents queued in story_resign (a project from before migration 0017, or documents
 * an import wrote whose buckets it had not stored when it stopped) and groups them with their
 * stories, as if they had just been imported. A small backlog is done at once;
 * a large one in short background steps, each its own transaction (a crash loses no finished
 * step), that never keep a command-line process alive. `changed` receives the documents whose
 * story changed, once the backlog is done.
 */
export function catchUpSignatures(db: Db, changed: (ids: number[]) => void): void {
  if (running.has(db)) return;
  const queued = db.prepare<[], { n: number }>(
    `SELECT count(*) AS n FROM (SELECT 1 FROM story_resign LIMIT ${AT_ONCE + 1})`,
  );
  const backlog = queued.get()?.n ?? 0;
  if (backlog === 0) return;
  if (backlog <= AT_ONCE) {
    try {
      const regrouped = signQueued(db, AT_ONCE);
      if (regrouped.length > 0) changed(regrouped);
    } catch (error) {
      // The project opens all the same (another process may hold the write lock); the next
      // opening signs them.
      console.error(
        `Lectern: signing older documents for story grouping failed: ${(error as Error).message}`,
      );
    }
    return;
  }
  running.add(db);
  const all = new Set<number>();
  const step = () => {
    try {
      if (!db.open) return void running.delete(db);
      for (const id of signQueued(db, STEP)) all.add(id);
      if ((queued.get()?.n ?? 0) > 0) return void setTimeout(step, 0).unref();
    } catch (error) {
      console.error(
        `Lectern: signing older documents for story grouping failed: ${(error as Error).message}`,
      );
    }
    running.delete(db);
    if (db.open && all.size > 0) changed([...all]);
  };
  setTimeout(step, 0).unref();
}

const stores = new WeakMap<Db, ReturnType<typeof storySignatureStore>>();

/** Signs up to `limit` queued documents; returns the ids whose story changed. */
function signQueued(db: Db, limit: number): number[] {
  // Prepared once per database: a large backlog runs this thousands of times.
  const rows = cachedStatement<[number], { id: number; body: string | null }>(
    db,
    `SELECT q.document_id AS id, d.body FROM story_resign q LEFT JOIN documents d ON d.id = q.document_id
     ORDER BY q.document_id LIMIT ?`,
  ).all(limit);
  if (rows.length === 0) return [];
  let store = stores.get(db);
  if (!store) stores.set(db, (store = storySignatureStore(db)));
  const { dequeue } = storyBandStatements(db);
  const signed: number[] = [];
  db.transaction(() => {
    for (const { id, body } of rows) {
      if (body !== null) {
        store.set(id, minhashSignature(body));
        signed.push(id);
      }
      dequeue.run(id);
    }
  }).immediate();
  // Not as fresh documents: they may belong to a story already, which grouping reads.
  return groupStories(db, signed);
}
