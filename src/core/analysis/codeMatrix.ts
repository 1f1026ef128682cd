import type { MatrixResult, PassageDrill } from '../../shared/analysis';
import type { Db } from '../db/open';
import { DOCUMENTS } from '../search/matchingDocuments';
import { documentScope, drillQuery, passagesInScope, quoteValue, tagFilter, tagPaths } from './documentScope';
import { elapsed } from './frequencyOverTime';
import { TAG_CLOSURE } from './tagSubtree';

const COLUMN = {
  document: { key: 'd.id', label: 'd.title' },
  source: { key: "coalesce(d.source, '')", label: "coalesce(d.source, '')" },
  language: { key: "coalesce(d.language, '')", label: "coalesce(d.language, '')" },
  speaker: { key: 'speaker_key(p.speaker)', label: 'min(p.speaker)' },
} as const;

/**
 * A matrix coding query: for every tag, how many passages coded with it — with its sub-tags by
 * default, each passage once (a researcher who codes Actors/Russia expects Actors to count it) —
 * fall in each document, source, language or speaker (the `limit` columns with most passages).
 * One GROUP BY; each cell opens the passage browser on exactly the passages it counts.
 */
export function codeMatrix(
  db: Db,
  args: { query?: string; columns?: MatrixResult['columns_by']; limit?: number; subtags?: boolean },
): MatrixResult {
  const started = performance.now();
  const by = args.columns ?? 'source';
  const limit = args.limit ?? 30;
  const subtags = args.subtags !== false;
  const scope = documentScope(db, args.query);
  const column = COLUMN[by];
  const speakerOnly = by === 'speaker' ? ' AND p.speaker IS NOT NULL' : '';
  const rows = db
    .prepare<
      Array<string | number>,
      { tag_id: number; col: string | number | null; label: string | null; n: number }
    >(
      subtags
        ? // Every passage counts for its tag and each ancestor of it, once per ancestor.
          `WITH RECURSIVE ${TAG_CLOSURE}
           SELECT c.ancestor AS tag_id, ${column.key} AS col, ${column.label} AS label, count(DISTINCT p.id) AS n
           FROM passage_tags pt JOIN closure c ON c.tag = pt.tag_id JOIN passages p ON p.id = pt.passage_id
             JOIN ${DOCUMENTS} ON d.id = p.document_id
           WHERE 1${passagesInScope(scope)}${speakerOnly} GROUP BY 1, 2`
        : `SELECT pt.tag_id, ${column.key} AS col, ${column.label} AS label, count(*) AS n
           FROM passage_tags pt JOIN passages p ON p.id = pt.passage_id JOIN ${DOCUMENTS} ON d.id = p.document_id
           WHERE 1${passagesInScope(scope)}${speakerOnly} GROUP BY 1, 2`,
    )
    .all(...scope.params);
  const totals = new Map<string | number, { label: string; n: number }>();
  for (const row of rows) {
    const key = row.col ?? '';
    const total = totals.get(key) ?? { label: row.label ?? '', n: 0 };
    total.n += row.n;
    totals.set(key, total);
  }
  const kept = [...totals]
    .sort((a, b) => b[1].n - a[1].n || a[1].label.localeCompare(b[1].label))
    .slice(0, limit);
  const keptKeys = new Set(kept.map(([key]) => key));
  const paths = tagPaths(db);
  const label = (key: string | number) => {
    const text = totals.get(key)?.label ?? '';
    return text === '' ? `(no ${by})` : text;
  };
  const cells = rows
    .filter((row) => keptKeys.has(row.col ?? ''))
    .map((row) => {
      const key = row.col ?? '';
      const tag = paths.get(row.tag_id) ?? String(row.tag_id);
      const value = String(totals.get(key)?.label ?? '');
      const filter =
        by === 'source'
          ? `source:${quoteValue(value)}`
          : by === 'language'
            ? `lang:${value}`
            : `speaker:${quoteValue(value)}`;
      const drill: PassageDrill = {
        passages: {
          tag_id: row.tag_id,
          include_subtags: subtags,
          ...(scope.query ? { query: scope.query } : {}),
          ...(by === 'document'
            ? { document_id: Number(key) }
            : by === 'source'
              ? { source: value }
              : by === 'language'
                ? { language: value }
                : { speaker: value }),
        },
        label: [label(key), scope.query ? `in “${scope.query}”` : ''].filter(Boolean).join(' · '),
        query:
          by === 'document' || value === ''
            ? drillQuery(scope, tagFilter(paths, row.tag_id)).query
            : drillQuery(scope, tagFilter(paths, row.tag_id), filter).query,
      };
      return { tag, column: label(key), count: row.n, drill };
    });
  const tags = [...new Set(cells.map((cell) => cell.tag))].sort((a, b) => a.localeCompare(b));
  return {
    columns_by: by,
    tags,
    columns: kept.map(([key]) => label(key)),
    cells,
    subtags,
    elapsed_ms: elapsed(started),
  };
}
