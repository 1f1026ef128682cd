import type { Db } from '../db/open';
import { BANDS, hasBands, ROWS, storyBands } from './groupStories';
import { storyBandStatements } from './storySignatures';

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
 *
 * Held compactly — the signatures, and each bucket as a 30-bit number — because the import's
 * memory is bounded: a row object, a buffer and a string key per band made the 100,000-article
 * import's peak 140 MB higher. Two buckets sharing a number only make an extra candidate, which
 * grouping compares in full anyway.
 */
export class PendingStoryBands {
  private readonly buckets = new Map<number, number | number[]>();
  private readonly signatures = new Map<number, Uint32Array>();

  /** Documents held back. */
  get size(): number {
    return this.signatures.size;
  }

  add(id: number, signature: Uint32Array): void {
    // An empty text has no buckets, but it still leaves story_resign when the others are stored.
    this.signatures.set(id, signature);
    if (!hasBands(signature)) return;
    for (let band = 0; band < BANDS; band++) {
      const key = bucketNumber(signature, band);
      const mates = this.buckets.get(key);
      if (mates === undefined) this.buckets.set(key, id);
      else if (typeof mates === 'number') this.buckets.set(key, [mates, id]);
      else mates.push(id);
    }
  }

  /** Held-back documents that may share a bucket with `signature`. */
  mates(signature: Uint32Array): number[] {
    if (this.buckets.size === 0 || !hasBands(signature)) return [];
    const found: number[] = [];
    for (let band = 0; band < BANDS; band++) {
      const mates = this.buckets.get(bucketNumber(signature, band));
      if (typeof mates === 'number') found.push(mates);
      else if (mates) found.push(...mates);
    }
    return found;
  }

  /**
   * Writes the held rows in key order, in transactions of ROWS_PER_TRANSACTION rows with a pause
   * between them (other commands run), and takes the documents off story_resign in the last one.
   */
  async store(db: Db): Promise<void> {
    if (this.signatures.size === 0) return;
    const rows: Array<{ band: number; hash: Buffer; id: number }> = [];
    for (const [id, signature] of this.signatures)
      for (const { band, hash } of storyBands(signature)) rows.push({ band, hash, id });
    rows.sort((a, b) => a.band - b.band || Buffer.compare(a.hash, b.hash));
    const ids = [...this.signatures.keys()];
    this.signatures.clear();
    this.buckets.clear();
    const { addBand, dequeue } = storyBandStatements(db);
    for (let from = 0; from < rows.length || from === 0; from += ROWS_PER_TRANSACTION) {
      const last = from + ROWS_PER_TRANSACTION >= rows.length;
      db.transaction(() => {
        for (const { band, hash, id } of rows.slice(from, from + ROWS_PER_TRANSACTION))
          addBand.run(band, hash, id);
        if (last) for (const id of ids) dequeue.run(id);
      }).immediate();
      if (!last) await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

/** A band's bucket as a small integer (a V8 Smi, so the map allocates nothing per key). */
function bucketNumber(signature: Uint32Array, band: number): number {
  let key = Math.imul(band + 1, 0x27d4eb2f);
  for (let row = 0; row < ROWS; row++)
    key = Math.imul(key ^ signature[band * ROWS + row]!, 0x9e3779b1) ^ (key >>> 15);
  return key >>> 2;
}
