/**
 * The SQL test "this document is not in the trash", written against the trash's own index
 * (migration 0013: only trashed documents, so it stays tiny). Testing `deleted_at IS NULL` on the
 * row itself means reading the whole record — deleted_at is its last column, after the body and
 * the original text — which made every count of the library read every text.
 */
export function notTrashed(alias: string): string {
  return `${alias}.id NOT IN (${TRASHED_IDS})`;
}

/** The ids of trashed documents, read from the trash's own index. */
export const TRASHED_IDS =
  'SELECT id FROM documents INDEXED BY documents_trashed WHERE deleted_at IS NOT NULL';

/** Documents not in the trash: every document (counted on a small index) minus the trashed ones. */
export const LIVE_DOCUMENT_COUNT = `SELECT (SELECT count(*) FROM documents) -
  (SELECT count(*) FROM documents INDEXED BY documents_trashed WHERE deleted_at IS NOT NULL) AS count`;
