import type { Drill, FrequencyResult } from '../../shared/analysis';
import { LecternError } from '../../shared/errors';
import type { Db } from '../db/open';
import { DOCUMENTS } from '../search/matchingDocuments';
import { tagSubtreeIds } from './tagSubtree';
import { documentScope, drillQuery, passagesInScope, quoteValue, tagFilter, tagPaths } from './documentScope';

const PERIOD = {
  // A date without a year (--03-03, a dateline's day and month) belongs to no year.
  year: "CASE WHEN d.published_at GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(d.published_at, 1, 4) END",
  month:
    "CASE WHEN d.published_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' THEN substr(d.published_at, 1, 7) END",
  // The Monday of the date's week ('weekday 0' is the Sunday on or after it).
  week: "CASE WHEN length(d.published_at) = 10 THEN date(d.published_at, 'weekday 0', '-6 days') END",
} as const;
const SPLIT = { none: "''", source: "coalesce(d.source, '')", language: "coalesce(d.language, '')" } as const;

/**
 * How often a query matches (documents) or a tag is coded (passages, sub-tags included) per
 * year, month or week of publication, optionally split by source or language: one GROUP BY in
 * SQLite. Each row carries the search that opens the documents behind it.
 */
export function frequencyOverTime(
  db: Db,
  args: {
    query?: string;
    tag?: string;
    by?: 'year' | 'month' | 'week';
    split?: 'none' | 'source' | 'language';
  },
): FrequencyResult {
  const started = performance.now();
  const by = args.by ?? 'month';
  const split = args.split ?? 'none';
  if (!args.query?.trim() && !args.tag?.trim())
    throw new LecternError('invalid-argument', 'Say what to count: a query (Lavrov) or a tag (Diplomacy).');
  const scope = documentScope(db, args.query);
  const paths = tagPaths(db);
  let rows: Array<{ period: string | null; grp: string; n: number }>;
  let tagPart = '';
  let tagId: number | null = null;
  if (args.tag?.trim()) {
    const ids = tagSubtreeIds(db, args.tag);
    tagId = ids[0]!;
    tagPart = tagFilter(paths, tagId);
    rows = db
      .prepare<Array<string | number>, { period: string | null; grp: string; n: number }>(
        `SELECT ${PERIOD[by]} AS period, ${SPLIT[split]} AS grp, count(DISTINCT p.id) AS n
         FROM passage_tags pt JOIN passages p ON p.id = pt.passage_id JOIN ${DOCUMENTS} ON d.id = p.document_id
         WHERE pt.tag_id IN (${ids.join(', ')})${passagesInScope(scope)} GROUP BY 1, 2`,
      )
      .all(...scope.params);
  } else {
    rows = db
      .prepare<Array<string | number>, { period: string | null; grp: string; n: number }>(
        `SELECT ${PERIOD[by]} AS period, ${SPLIT[split]} AS grp, count(*) AS n FROM ${scope.from}
         WHERE ${scope.where} GROUP BY 1, 2`,
      )
      .all(...scope.params);
  }
  let undated = 0;
  const result: FrequencyResult['rows'] = [];
  for (const row of rows.sort(
    (a, b) => (a.period ?? '').localeCompare(b.period ?? '') || a.grp.localeCompare(b.grp),
  )) {
    if (row.period === null || row.period === '') {
      undated += row.n;
      continue;
    }
    const filters = [tagPart, `date:${periodRange(by, row.period)}`];
    if (split !== 'none' && row.grp !== '')
      filters.push(`${split === 'source' ? 'source' : 'lang'}:${quoteValue(row.grp)}`);
    const search = drillQuery(scope, ...filters);
    // A code's bar opens its passages: the same tag (sub-tags included), period, split and scope.
    const [from, to] = periodBounds(by, row.period);
    const drill: Drill =
      tagId === null
        ? search
        : {
            passages: {
              tag_id: tagId,
              include_subtags: true,
              date_from: from,
              date_to: to,
              ...(split === 'source'
                ? { source: row.grp }
                : split === 'language'
                  ? { language: row.grp }
                  : {}),
              ...(scope.query ? { query: scope.query } : {}),
            },
            label: [
              by === 'week' ? `week of ${row.period}` : row.period,
              split === 'none' ? '' : row.grp || `no ${split}`,
              scope.query ? `in “${scope.query}”` : '',
            ]
              .filter(Boolean)
              .join(' · '),
            query: search.query,
          };
    result.push({ period: row.period, group: row.grp, count: row.n, drill });
  }
  return {
    by,
    split,
    unit: args.tag?.trim() ? 'passages' : 'documents',
    rows: result,
    undated,
    elapsed_ms: elapsed(started),
  };
}

/** The date filter value of a period: 2022, 2022-06, or a week's Monday..Sunday. */
function periodRange(by: 'year' | 'month' | 'week', period: string): string {
  if (by !== 'week') return period;
  const sunday = new Date(Date.parse(period + 'T00:00:00Z') + 6 * 86_400_000).toISOString().slice(0, 10);
  return `${period}..${sunday}`;
}

/** First and last day of a period as the passage browser's dates (a partial date is its whole period). */
function periodBounds(by: 'year' | 'month' | 'week', period: string): [string, string] {
  if (by !== 'week') return [period, period];
  const [monday, sunday] = periodRange(by, period).split('..') as [string, string];
  return [monday, sunday];
}

export function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}
