import type { CooccurrenceResult } from '../../shared/analysis';
import type { Paragraph } from '../../shared/model';
import type { Db } from '../db/open';
import { documentScope, drillQuery, passagesInScope, tagFilter, tagPaths } from './documentScope';
import { elapsed } from './frequencyOverTime';

/**
 * Which tags are coded together, for every pair of tags (each tag itself, not its sub-tags):
 *   overlap   — pairs of passages that share text (one passage carrying both tags counts once);
 *   paragraph — paragraphs holding a passage of each;
 *   document  — documents holding a passage of each.
 * A pair opens the documents coded with both.
 */
export function codeCooccurrence(
  db: Db,
  args: { query?: string; scope?: CooccurrenceResult['scope'] },
): CooccurrenceResult {
  const started = performance.now();
  const kind = args.scope ?? 'document';
  const scope = documentScope(db, args.query);
  const coded = `SELECT p.id, p.document_id, p.start, p."end", pt.tag_id
     FROM passages p JOIN passage_tags pt ON pt.passage_id = p.id WHERE 1${passagesInScope(scope)}`;
  // The coded passages are read once; counts and same-document pairs are tallied from them here.
  const rows = db
    .prepare<
      Array<string | number>,
      { id: number; document_id: number; start: number; end: number; tag_id: number }
    >(`${coded} ORDER BY p.document_id`)
    .all(...scope.params);
  const tagCounts = new Map<number, number>();
  for (const row of rows) tagCounts.set(row.tag_id, (tagCounts.get(row.tag_id) ?? 0) + 1);
  let pairs: Array<{ a: number; b: number; n: number }>;
  if (kind === 'document') {
    const tally = new Map<string, number>();
    for (let i = 0; i < rows.length;) {
      const documentId = rows[i]!.document_id;
      const tags = new Set<number>();
      for (; i < rows.length && rows[i]!.document_id === documentId; i++) tags.add(rows[i]!.tag_id);
      const ids = [...tags].sort((x, y) => x - y);
      for (let x = 0; x < ids.length; x++)
        for (let y = x + 1; y < ids.length; y++)
          tally.set(`${ids[x]},${ids[y]}`, (tally.get(`${ids[x]},${ids[y]}`) ?? 0) + 1);
    }
    pairs = unpack(tally);
  } else if (kind === 'overlap') {
    pairs = overlapPairs(rows);
  } else {
    pairs = paragraphPairs(db, rows);
  }
  const counts = [...tagCounts].map(([tag_id, n]) => ({ tag_id, n }));
  const paths = tagPaths(db);
  const name = (id: number) => paths.get(id) ?? String(id);
  return {
    scope: kind,
    tags: counts
      .map((row) => ({ tag: name(row.tag_id), passages: row.n }))
      .sort((x, y) => x.tag.localeCompare(y.tag)),
    pairs: pairs
      .map((pair) => {
        const [a, b] = [name(pair.a), name(pair.b)].sort((x, y) => x.localeCompare(y)) as [string, string];
        return {
          a,
          b,
          count: pair.n,
          drill: drillQuery(scope, tagFilter(paths, pair.a), tagFilter(paths, pair.b)),
        };
      })
      .sort((x, y) => y.count - x.count || x.a.localeCompare(y.a) || x.b.localeCompare(y.b)),
    elapsed_ms: elapsed(started),
  };
}

/** Pairs of tags per paragraph: a passage belongs to every paragraph it touches. */
function paragraphPairs(
  db: Db,
  rows: Array<{ document_id: number; start: number; end: number; tag_id: number }>,
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
    for (const set of tagsByParagraph.values()) {
      const ids = [...set].sort((a, b) => a - b);
      for (let x = 0; x < ids.length; x++)
        for (let y = x + 1; y < ids.length; y++)
          counts.set(`${ids[x]},${ids[y]}`, (counts.get(`${ids[x]},${ids[y]}`) ?? 0) + 1);
    }
  }
  return unpack(counts);
}

/**
 * Pairs of differently tagged passages that share text, per document: a sweep over the passages
 * in order of their start (one passage with two tags is two rows at the same place: one pair).
 */
function overlapPairs(
  rows: Array<{ document_id: number; start: number; end: number; tag_id: number }>,
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
