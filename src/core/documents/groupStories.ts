import type { Db } from '../db/open';
import { EMPTY, SIGNATURE_LENGTH, signatureFrom, similarity } from './minhashSignature';
import type { PendingStoryBands } from './pendingStoryBands';

/** Estimated Jaccard similarity of word 5-shingles above which two texts tell the same story. */
export const SAME_STORY = 0.5;
// Locality-sensitive hashing: 21 bands of 3 hashes. Two texts at similarity 0.5 share a band with
// probability 0.94, at 0.6 with 0.99, at 0.1 with 0.02 — so few pairs are compared in full.
export const BANDS = 21;
export const ROWS = 3;

/** Whether a signature has buckets: not an empty text's (all 0xFFFFFFFF, matching nothing). */
export function hasBands(signature: Uint32Array): boolean {
  return signature.length >= SIGNATURE_LENGTH && signature[0] !== EMPTY;
}

/**
 * The bucket keys of a signature, as stored in story_bands: band number and the band's bytes.
 * None for an empty text (its signature is all 0xFFFFFFFF and matches nothing).
 */
export function storyBands(signature: Uint32Array): Array<{ band: number; hash: Buffer }> {
  if (!hasBands(signature)) return [];
  const bytes = Buffer.from(signature.buffer, signature.byteOffset, SIGNATURE_LENGTH * 4);
  return Array.from({ length: BANDS }, (_, band) => ({
    band,
    hash: bytes.subarray(band * ROWS * 4, (band + 1) * ROWS * 4),
  }));
}

/**
 * Groups the given documents with the documents already in the project that tell the same story
 * (the same wire text reprinted by several outlets, a corrected re-post) and stores the group as
 * `story_id` — the lowest document id of the group. Documents are grouped, never merged.
 * Only the given documents' bucket-mates (story_bands) and the stories they belong to are read,
 * so the cost follows the batch, not the size of the project. Returns the ids whose story changed.
 * `fresh`: signatures of documents just inserted (no story yet), so their rows need no reading.
 * `heldBack`: buckets an import has not stored yet, searched beside story_bands.
 */
export function groupStories(
  db: Db,
  ids: number[],
  fresh?: Map<number, Uint32Array>,
  heldBack?: PendingStoryBands,
): number[] {
  if (ids.length === 0) return [];
  const sql = statements(db);
  // Live documents met so far: signature (null: none stored) and stored story.
  const docs = new Map<number, { signature: Uint32Array | null; story: number | null } | null>();
  const remember = (id: number, row: { minhash: Uint8Array | null; story_id: number | null } | undefined) => {
    const signed = row?.minhash && row.minhash.byteLength >= SIGNATURE_LENGTH * 4;
    docs.set(
      id,
      row ? { signature: signed ? signatureFrom(row.minhash!) : null, story: row.story_id } : null,
    );
  };
  const load = (id: number) => {
    if (!docs.has(id)) remember(id, sql.document.get(id));
    return docs.get(id)!;
  };
  const parent = new Map<number, number>();
  const find = (id: number): number => {
    if (!parent.has(id)) parent.set(id, id);
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  };
  // Existing groups stay as they were: a document met joins its story's root (the group's lowest
  // id). The other members are not read: they change only if the root does (two groups merge).
  const stories = new Set<number>();
  const join = (id: number) => {
    find(id);
    const story = docs.get(id)?.story;
    // A story whose root was trashed is not joined: the document looks for partners afresh.
    if (story == null || (story !== id && !load(story))) return;
    stories.add(story);
    union(id, story);
  };
  for (const [id, signature] of fresh ?? []) docs.set(id, { signature, story: null });
  for (const id of ids) if (load(id)) join(id);
  // Only the new documents look for partners, among those sharing a bucket with them.
  for (const id of ids) {
    const signature = load(id)?.signature;
    if (!signature) continue;
    const compared = new Set<number>();
    const bands = storyBands(signature);
    if (bands.length === 0) continue;
    // All its buckets in one look-up (the bands' order does not matter: each mate is compared once).
    const stored = sql.buckets.all(bands.flatMap(({ band, hash }) => [band, hash]));
    const mates = stored.map((row) => row.document_id).concat(heldBack?.mates(signature) ?? []);
    for (const other of mates) {
      if (other === id || compared.has(other)) continue;
      compared.add(other);
      const found = load(other);
      if (!found) continue; // trashed
      join(other);
      // Already in one story (a bucket of many copies): no need to compare again.
      if (find(other) === find(id)) continue;
      if (found.signature && similarity(signature, found.signature) >= SAME_STORY) union(id, other);
    }
  }
  // Store the story of every document in a group of two or more, among the groups touched: an
  // existing story is a group already, whatever else joined it.
  const multiple = new Set<number>(stories.size > 0 ? [...stories].map(find) : []);
  const size = new Map<number, number>();
  for (const id of parent.keys()) size.set(find(id), (size.get(find(id)) ?? 0) + 1);
  for (const [root, count] of size) if (count > 1) multiple.add(root);
  const changed = new Set<number>();
  db.transaction(() => {
    // A story merged into one with a lower root: all its members move to that root.
    for (const story of stories) {
      const root = find(story);
      if (root === story) continue;
      for (const { id } of sql.members.all(story)) changed.add(id);
      sql.move.run(root, story);
    }
    for (const [id, doc] of docs) {
      if (!doc || !parent.has(id) || (doc.story !== null && find(doc.story) !== doc.story)) continue;
      const root = find(id);
      const story = multiple.has(root) ? root : null;
      if (story !== doc.story) {
        sql.update.run(story, id);
        changed.add(id);
      }
    }
  })();
  return [...changed];
}

const cache = new WeakMap<Db, ReturnType<typeof build>>();

function statements(db: Db) {
  let prepared = cache.get(db);
  if (!prepared) cache.set(db, (prepared = build(db)));
  return prepared;
}

function build(db: Db) {
  return {
    document: db.prepare<[number], { minhash: Uint8Array | null; story_id: number | null }>(
      `SELECT s.minhash, d.story_id FROM documents d LEFT JOIN story_signatures s ON s.document_id = d.id
       WHERE d.id = ? AND d.deleted_at IS NULL`,
    ),
    members: db.prepare<[number], { id: number }>(
      'SELECT id FROM documents WHERE story_id = ? AND deleted_at IS NULL',
    ),
    move: db.prepare<[number, number]>(
      'UPDATE documents SET story_id = ? WHERE story_id = ? AND deleted_at IS NULL',
    ),
    buckets: db.prepare<[Array<number | Buffer>], { document_id: number }>(
      `SELECT document_id FROM story_bands WHERE (band, hash) IN (VALUES ${Array.from({ length: BANDS }, () => '(?, ?)').join(', ')})`,
    ),
    update: db.prepare<[number | null, number]>('UPDATE documents SET story_id = ? WHERE id = ?'),
  };
}
