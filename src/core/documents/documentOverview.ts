import type { Db } from '../db/open';
import type { DocumentOverview } from '../../shared/model';

/**
 * The corpus at a glance — counts, words, dated documents, languages and the largest sources —
 * as a few aggregate queries, so the overview costs the same whether it shows 5 or 100,000.
 */
export function documentOverview(db: Db): DocumentOverview {
  const totals = db
    .prepare(
      'SELECT count(*) AS documents, coalesce(sum(word_count), 0) AS words, count(published_at) AS dated FROM documents',
    )
    .get() as { documents: number; words: number; dated: number };
  const languages = db
    .prepare('SELECT language AS value, count(*) AS count FROM documents GROUP BY language ORDER BY count DESC, value')
    .all() as DocumentOverview['languages'];
  const sources = db
    .prepare('SELECT source AS value, count(*) AS count FROM documents GROUP BY source ORDER BY count DESC, value')
    .all() as DocumentOverview['sources'];
  return { ...totals, languages, sources };
}
