import type { FacetCount, SearchFacets } from '../../shared/model';
import type { Db } from '../db/open';
import { cachedStatement } from '../db/cachedStatement';
import { compileQuery } from './compileQuery';
import { matchingDocuments, withDocuments } from './matchingDocuments';

const TOP_SOURCES = 30;
const TOP_TAGS = 40;

/**
 * Counts of the matching documents by language, source, year, month and tag — the facets beside
 * the results. One grouped pass over the matches' short columns (SQLite groups, not JavaScript),
 * and one over their codings, with tags counting the documents coded with them or a sub-tag.
 */
export function searchFacets(db: Db, query: string): SearchFacets {
  const started = performance.now();
  const compiled = compileQuery(db, query);
  const selection = matchingDocuments(compiled);
  const groups = compiled.searchDocuments
    ? cachedStatement<Array<string | number>, { language: string; source: string; month: string; n: number }>(
        db,
        `SELECT coalesce(d.language, '') AS language, coalesce(d.source, '') AS source,
             substr(coalesce(d.published_at, ''), 1, 7) AS month, count(*) AS n
           FROM ${withDocuments(selection)} WHERE ${selection.where} GROUP BY 1, 2, 3`,
      ).all(...selection.params)
    : [];
  const tally = (key: (row: (typeof groups)[number]) => string) => {
    const counts = new Map<string, number>();
    for (const row of groups) counts.set(key(row), (counts.get(key(row)) ?? 0) + row.n);
    return counts;
  };
  const total = groups.reduce((sum, row) => sum + row.n, 0);
  const facet = (
    counts: Map<string, number>,
    field: string,
    none: string,
    order: 'count' | 'value',
    top = Infinity,
  ): FacetCount[] =>
    [...counts]
      .sort(
        order === 'count'
          ? (a, b) => b[1] - a[1] || a[0].localeCompare(b[0])
          : (a, b) => a[0].localeCompare(b[0]),
      )
      .slice(0, top)
      .map(([value, count]) => ({
        value,
        label: value === '' ? none : value,
        count,
        filter: value === '' ? '' : `${field}:${quoteValue(value)}`,
      }));
  // Without codings there is nothing to count; the search is not run a second time for it.
  const coded = cachedStatement<[], { coded: number }>(
    db,
    'SELECT EXISTS (SELECT 1 FROM passage_tags) AS coded',
  ).get()?.coded;
  const tags =
    compiled.searchDocuments && coded
      ? cachedStatement<Array<string | number>, { tag_id: number; n: number }>(
          db,
          `WITH RECURSIVE closure (ancestor, id) AS (
             SELECT id, id FROM tags UNION ALL SELECT closure.ancestor, t.id FROM tags t JOIN closure ON t.parent_id = closure.id)
           SELECT closure.ancestor AS tag_id, count(DISTINCT p.document_id) AS n
           FROM closure JOIN passage_tags pt ON pt.tag_id = closure.id JOIN passages p ON p.id = pt.passage_id
           WHERE p.document_id IN (SELECT ${selection.id} FROM ${selection.from} WHERE ${selection.where})
           GROUP BY closure.ancestor ORDER BY n DESC LIMIT ${TOP_TAGS}`,
        ).all(...selection.params)
      : [];
  const paths = tagPaths(db);
  return {
    total,
    language: facet(
      tally((row) => row.language),
      'lang',
      'no language',
      'count',
    ),
    source: facet(
      tally((row) => row.source),
      'source',
      'no source',
      'count',
      TOP_SOURCES,
    ),
    year: facet(
      tally((row) => row.month.slice(0, 4)),
      'date',
      'no date',
      'value',
    ),
    month: facet(
      tally((row) => (row.month.length === 7 ? row.month : '')),
      'date',
      'no month',
      'value',
    ).filter((count) => count.value !== ''),
    tag: tags
      .map(({ tag_id, n }) => {
        const path = paths.get(tag_id) ?? String(tag_id);
        return { value: path, label: path, count: n, filter: `tag:${quoteValue(path)}` };
      })
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    elapsed_ms: Math.round((performance.now() - started) * 10) / 10,
  };
}

/** A filter value as the query language reads it: quoted when it has spaces or commas. */
export function quoteValue(value: string): string {
  return /[\s,()"]/.test(value) ? `"${value.replace(/"/g, '')}"` : value;
}

/** Every tag's path, "Actors/Russia". */
export function tagPaths(db: Db): Map<number, string> {
  const tags = cachedStatement<[], { id: number; parent_id: number | null; name: string }>(
    db,
    'SELECT id, parent_id, name FROM tags',
  ).all();
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  const paths = new Map<number, string>();
  for (const tag of tags) {
    const names: string[] = [];
    for (
      let at: typeof tag | undefined = tag;
      at;
      at = at.parent_id === null ? undefined : byId.get(at.parent_id)
    )
      names.unshift(at.name);
    paths.set(tag.id, names.join('/'));
  }
  return paths;
}
