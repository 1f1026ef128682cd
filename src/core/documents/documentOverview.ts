import type { Db } from '../db/open';
import type { DocumentOverview } from '../../shared/model';
import { LIVE_DOCUMENT_COUNT, notTrashed } from './notTrashed';

/**
 * The corpus at a glance — counts, words, dated documents, languages and the largest sources —
 * as a few aggregate queries, so the overview costs the same whether it shows 5 or 100,000.
 */
export function documentOverview(db: Db): DocumentOverview {
  // One query per figure, so each reads its own small index (documents_word_count,
  // documents_published_at, documents_source …) instead of every document's row.
  // Documents in the trash are out of the library, so out of its overview too; the test reads the
  // trash's own index, not each row.
  const live = `WHERE ${notTrashed('documents')}`;
  const figure = (sql: string) => db.prepare(sql).pluck().get() as number;
  const totals = {
    documents: figure(LIVE_DOCUMENT_COUNT),
    words: figure(`SELECT coalesce(sum(word_count), 0) FROM documents ${live}`),
    dated: figure(`SELECT count(published_at) FROM documents ${live}`),
  };
  const languages = db
    .prepare(
      `SELECT language AS value, count(*) AS count FROM documents ${live} GROUP BY language ORDER BY count DESC, value`,
    )
    .all() as DocumentOverview['languages'];
  const sources = db
    .prepare(
      `SELECT source AS value, count(*) AS count FROM documents ${live} GROUP BY source ORDER BY count DESC, value`,
    )
    .all() as DocumentOverview['sources'];
  return { ...totals, languages, sources };
}
