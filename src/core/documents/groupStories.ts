import type { Db } from '../db/open';
import { SIGNATURE_LENGTH, signatureFrom, similarity } from './minhashSignature';

/** Estimated Jaccard similarity of word 5-shingles above which two texts tell the same story. */
export const SAME_STORY = 0.5;
// Locality-sensitive hashing: 21 bands of 3 hashes. Two texts at similarity 0.5 share a band with
// probability 0.94, at 0.6 with 0.99, at 0.1 with 0.02 — so few pairs are compared in full.
const BANDS = 21;
const ROWS = 3;

/**
 * Groups the given documents with the documents already in the project that tell the same story
 * (the same wire text reprinted by several outlets, a corrected re-post) and stores the group as
 * `story_id` — the lowest document id of the group. Documents are grouped, never merged.
 * Returns the ids whose story changed.
 */
export function groupStories(db: Db, ids: number[]): number[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare<[], { id: number; minhash: Uint8Array; story_id: number | null }>(
      'SELECT id, minhash, story_id FROM documents WHERE minhash IS NOT NULL AND deleted_at IS NULL',
    )
    .all();
  const signatures = new Map<number, Uint32Array>();
  const parent = new Map<number, number>();
  const buckets = new Map<string, number[]>();
  for (const row of rows) {
    if (row.minhash.byteLength < SIGNATURE_LENGTH * 4) continue;
    const signature = signatureFrom(row.minhash);
    signatures.set(row.id, signature);
    parent.set(row.id, row.id);
    for (let band = 0; band < BANDS; band++) {
      const slice = signature.subarray(band * ROWS, band * ROWS + ROWS);
      if (slice[0] === 0xffffffff) break; // an empty text
      const key = `${band}:${slice.join(',')}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(row.id);
      else buckets.set(key, [row.id]);
    }
  }
  const find = (id: number): number => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  };
  // Existing groups stay as they were; only the new documents look for partners.
  for (const row of rows) if (row.story_id !== null && parent.has(row.story_id)) union(row.id, row.story_id);
  for (const id of ids) {
    const signature = signatures.get(id);
    if (!signature) continue;
    const compared = new Set<number>();
    for (let band = 0; band < BANDS; band++) {
      const key = `${band}:${signature.subarray(band * ROWS, band * ROWS + ROWS).join(',')}`;
      for (const other of buckets.get(key) ?? []) {
        if (other === id || compared.has(other)) continue;
        compared.add(other);
        // Already in one story (a bucket of many copies): no need to compare again.
        if (find(other) === find(id)) continue;
        if (similarity(signature, signatures.get(other)!) >= SAME_STORY) union(id, other);
      }
    }
  }
  // Store the story of every document in a group of two or more.
  const size = new Map<number, number>();
  for (const id of parent.keys()) size.set(find(id), (size.get(find(id)) ?? 0) + 1);
  const changed: number[] = [];
  const update = db.prepare('UPDATE documents SET story_id = ? WHERE id = ?');
  db.transaction(() => {
    for (const row of rows) {
      const root = find(row.id);
      const story = (size.get(root) ?? 0) > 1 ? root : null;
      if (story !== row.story_id) {
        update.run(story, row.id);
        changed.push(row.id);
      }
    }
  })();
  return changed;
}
