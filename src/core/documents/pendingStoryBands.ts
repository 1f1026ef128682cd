import type { Db } from '../db/open';
import { storyBands } from './groupStories';

/** Band rows written per transaction when the held buckets are stored (tens of milliseconds each). */
const ROWS_PER_TRANSACTION = 20_000;

/**
 * Story buckets of documents an import has written but whose rows in story_bands it holds back,
 * so grouping still finds them (`mates`) while the rows are stored a few thousand documents at a
 * time (`store`). Why: a bucket key is random, so the ~2,000 band rows of a batch of 100 documents
 * land on nearly every page of story_bands, and each batch rewrote most of the table (a third of
 * an import's page writes at 10,000 articles, more as the project grows); held back and written
 * sorted, each page is written once per few thousand documents. Crash net: the documents stay
 * queued in story_resign until their rows are stored, and catchUpSignatures re-bands them on the
 * next opening.
 */
export class PendingStoryBands {
  private readonly buckets = new Map<string, number[]>();
  private readonly rows: Array<{ band: number; hash: Buffer; id: number }> = [];
  private readonly ids: number[] = [];

  /** Documents held back. */
  get size(): number {
    return this.ids.length;
  }

  add(id: number, signature: Uint32Array): void {
    this.ids.push(id);
    for (const { band, hash } of storyBands(signature)) {
      const key = bucketKey(band, hash);
      const mates = this.buckets.get(key);
      if (mates) mates.push(id);
      else this.buckets.set(key, [id]);
      this.rows.push({ band, hash, id });
    }
  }

  /** Held-back documents sharing a bucket with `signature`. */
  mates(signature: Uint32Array): number[] {
    if (this.buckets.size === 0) return [];
    const found: number[] = [];
    for (const { band, hash } of storyBands(signature)) {
      const mates = this.buckets.get(bucketKey(band, hash));
      if (mates) found.push(...mates);
    }
    return found;
  }

  /**
   * Writes the held rows in key order, in transactions of ROWS_PER_TRANSACTION rows with a pause
   * between them (other commands run), and takes the documents off story_resign in the last one.
   */
  async store(db: Db): Promise<void> {
    if (this.ids.length === 0) return;
    const rows = this.rows.splice(0).sort((a, b) => a.band - b.band || Buffer.compare(a.hash, b.hash));
    const ids = this.ids.splice(0);
    this.buckets.clear();
    const insert = db.prepare<[number, Buffer, number]>(
      'INSERT OR IGNORE INTO story_bands (band, hash, document_id) VALUES (?, ?, ?)',
    );
    const dequeue = db.prepare<[number]>('DELETE FROM story_resign WHERE document_id = ?');
    for (let from = 0; from < rows.length || from === 0; from += ROWS_PER_TRANSACTION) {
      const last = from + ROWS_PER_TRANSACTION >= rows.length;
      db.transaction(() => {
        for (const { band, hash, id } of rows.slice(from, from + ROWS_PER_TRANSACTION))
          insert.run(band, hash, id);
        if (last) for (const id of ids) dequeue.run(id);
      }).immediate();
      if (!last) await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

function bucketKey(band: number, hash: Buffer): string {
  return `${band}:${hash.toString('latin1')}`;
}
