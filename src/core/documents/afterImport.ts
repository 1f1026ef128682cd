import type { Db } from '../db/open';
import { groupStories } from './groupStories';
import type { PendingStoryBands } from './pendingStoryBands';
import { learnSourceBoilerplate } from './sourceBoilerplate';

/**
 * What the corpus learns from newly imported documents, after they are stored: which of them
 * retell a story already present (grouped by MinHash), then which paragraphs their sources repeat
 * (set aside as boilerplate across the source). Returns every document id whose story or text changed.
 * `signatures`: the MinHash signatures of the documents just inserted, if at hand; `heldBack`: the
 * import's story buckets not stored yet (these documents' among them).
 */
export function afterImport(
  db: Db,
  ids: number[],
  signatures?: Map<number, Uint32Array>,
  heldBack?: PendingStoryBands,
): number[] {
  const regrouped = groupStories(db, ids, signatures, heldBack);
  const rewritten = learnSourceBoilerplate(db, ids);
  return [...new Set([...regrouped, ...rewritten])];
}
