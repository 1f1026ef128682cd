import type { CooccurrenceResult } from '../../shared/analysis';
import type { Paragraph } from '../../shared/model';
import type { Db } from '../db/open';
import { documentScope, drillQuery, passagesInScope, tagFilter, tagPaths } from './documentScope';
import { elapsed } from './frequencyOverTime';

type Row = { id: number; document_id: number; start: number; end: number; tag_id: number };

/**
 * Which tags are coded together, for every pair of tags:
 *   overlap   — pairs of passages that share text (one passage carrying both tags counts once);
 *   paragraph — paragraphs holding a passage of each;
 *   document  — documents holding a passage of each.
 * With `subtags` (the default) a passage coded Actors/Russia counts for Actors too, and a tag is
 * never paired with its own ancestor. A pair opens the passages of both tags coded together.
 */
export function codeCooccurrence(
  db: Db,
  args: { query?: string; scope?: CooccurrenceResult['scope']; subtags?: boolean },
): CooccurrenceResult {
  const started = performance.now();
  const kind = args.scope ?? 'document';
  const subtags = args.subtags !== false;
  const scope = documentScope(db, args.query);
  const coded = `SELECT p.id, p.document_id, p.start, p."end", pt.tag_id
     FROM passages p JOIN passage_tags pt ON pt.passage_id = p.id WHERE 1${passagesInScope(scope)}`;
  // The coded passages are read once; counts and same-document pairs are tallied from them here.
  const coding = db
    .prepare<Array<string | number>, Row>(`${coded} ORDER BY p.document_id`)
    .all(...scope.params);
  const ancestors = ancestorsOf(db);
  const rows = subtags ? withAncestors(coding, ancestors) : coding;
  // Only with sub-tags can a tag meet its own ancestor; that pair says nothing.
  const related = (a: number, b: number) => subtags && (ancestors(a).includes(b) || ancestors(b).includes(a));
  const tagCounts = new Map<number, number>();
  for (const row of rows) tagCounts.set(row.tag_id, (tagCounts.get(row.tag_id) ?? 0) + 1);
  let pairs: Array<{ a: number; b: number; n: number }>;
  if (kind === 'document') {
    const tally = new Map<string, number>();
    for (let i = 0; i < rows.length;) {
      const documentId = rows[i]!.document_id;
      const tags = new Set<number>();
      for (; i < rows.length && rows[i]!.document_id === documentId; i++) tags.add(rows[i]!.tag_id);
      countPairs(tags, tally, related);
    }
    pairs = unpack(tally);
  } else if (kind === 'overlap') {
    pairs = overlapPairs(rows, related);
  } else {
    pairs = paragraphPairs(db, rows, related);
  }
  const counts = [...tagCounts].map(([tag_id, n]) => ({ tag_id, n }));
  const paths = tagPaths(db);
  const name = (id: number) => paths.get(id) ?? String(id);
  const unit = { overlap: 'on overlapping text', paragraph: 'in one paragraph', document: 'in one document' }[
    kind
  ];
  return {
    scope: kind,
    tags: counts
      .map((row) => ({ tag: name(row.tag_id), passages: row.n }))
      .sort((x, y) => x.tag.localeCompare(y.tag)),
    pairs: pairs
      .map((pair) => {
        const [first, second] =
          name(pair.a).localeCompare(name(pair.b)) <= 0 ? [pair.a, pair.b] : [pair.b, pair.a];
        return {
          a: name(first),
          b: name(second),
          count: pair.n,
          drill: {
            passages: {
              tag_id: first,
              include_subtags: subtags,
              with_tag: { tag_id: second, scope: kind },
              ...(scope.query ? { query: scope.query } : {}),
            },
            label: `${name(first)} + ${name(second)}, coded together ${unit}${scope.query ? ` · in “${scope.query}”` : ''}`,
            query: drillQuery(scope, tagFilter(paths, first), tagFilter(paths, second)).query,
          },
        };
      })
      .sort((x, y) => y.count - x.count || x.a.localeCompare(y.a) || x.b.localeCompare(y.b)),
    subtags,
    elapsed_ms: elapsed(started),
  };
}

/** A tag's ancestors, nearest first (read from the codebook once). */
function ancestorsOf(db: Db): (id: number) => number[] {
  const parent = new Map(
    db
      .prepare<[], { id: number; parent_id: number | null }>('SELECT id, parent_id FROM tags')
      .all()
      .map((tag) => [tag.id, tag.parent_id]),
  );
  const cache = new Map<number, number[]>();
  return (id) => {
    let found = cache.get(id);
    if (!found) {
      found = [];
      const seen = new Set([id]);
      for (let at = parent.get(id); at != null && !seen.has(at); at = parent.get(at)) {
        seen.add(at);
        found.push(at);
      }
      cache.set(id, found);
    }
    return found;
  };
}

/** Each coding row once more for every ancestor of its tag; a passage counts once per tag. */
function withAncestors(rows: Row[], ancestors: (id: number) => number[]): Row[] {
  const out: Row[] = [];
  const seen = new Set<string>();
  for (const row of rows)
    for (const tag_id of [row.tag_id, ...ancestors(row.tag_id)]) {
      const key = `${row.id},${tag_id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...row, tag_id });
    }
  return out;
}

function countPairs(
  tags: Set<number>,
  tally: Map<string, number>,
  related: (a: number, b: number) => boolean,
): void {
  const ids = [...tags].sort((x, y) => x - y);
  for (let x = 0; x < ids.length; x++)
    for (let y = x + 1; y < ids.length; y++) {
      if (related(ids[x]!, ids[y]!)) continue;
      const key = `${ids[x]},${ids[y]}`;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
}

/** Pairs of tags per paragraph: a passage belongs to every paragraph it touches. */
function paragraphPairs(
  db: Db,
  rows: Row[],
  related: (a: number, b: number) => boolean,
): Array<{ a: number; b: number; n: number }> {
  const paragraphsOf = db.prepare<[number], { paragraphs: string }>(
    'SELECT paragraphs FROM documents WHERE id = ?',
  );
  const counts = new Map<string, number>();
  for (let i = 0; i < rows.length;) {
    const documentId = rows[i]!.document_id;
    const from = i;
    while (i < rows.length && rows[i]!.document_id === documentId) i++;
    const own = rows.slice(from, i);
    // Only documents with two tags or more can hold a pair: the others' paragraphs are not read.
    if (new Set(own.map((row) => row.tag_id)).size < 2) continue;
    const paragraphs = JSON.parse(paragraphsOf.get(documentId)?.paragraphs ?? '[]') as Paragraph[];
    const tagsByParagraph = new Map<number, Set<number>>();
    for (const row of own) {
      paragraphs.forEach((paragraph, index) => {
        if (row.start < paragraph.end && paragraph.start < Math.max(row.end, row.start + 1)) {
          const set = tagsByParagraph.get(index) ?? new Set<number>();
          set.add(row.tag_id);
          tagsByParagraph.set(index, set);
        }
      });
    }
    for (const set of tagsByParagraph.values()) countPairs(set, counts, related);
  }
  return unpack(counts);
}

/**
 * Pairs of differently tagged passages that share text, per document: a sweep over the passages
 * in order of their start (one passage with two tags is two rows at the same place: one pair).
 */
function overlapPairs(
  rows: Row[],
  related: (a: number, b: number) => boolean,
): Array<{ a: number; b: number; n: number }> {
  const counts = new Map<string, number>();
  for (let i = 0; i < rows.length;) {
    const documentId = rows[i]!.document_id;
    const from = i;
    while (i < rows.length && rows[i]!.document_id === documentId) i++;
    const own = rows.slice(from, i).sort((x, y) => x.start - y.start);
    for (let x = 0; x < own.length; x++) {
      const first = own[x]!;
      for (let y = x + 1; y < own.length && own[y]!.start < first.end; y++) {
        const second = own[y]!;
        if (second.tag_id === first.tag_id || !(first.start < second.end)) continue;
        if (related(first.tag_id, second.tag_id)) continue;
        const key =
          first.tag_id < second.tag_id
            ? `${first.tag_id},${second.tag_id}`
            : `${second.tag_id},${first.tag_id}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return unpack(counts);
}

function unpack(counts: Map<string, number>): Array<{ a: number; b: number; n: number }> {
  return [...counts].map(([key, n]) => {
    const [a, b] = key.split(',').map(Number) as [number, number];
    return { a, b, n };
  });
}
