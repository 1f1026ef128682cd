import type { PassageFilter } from '../../shared/model';
import type { Db } from '../db/open';
import { compileQuery } from '../search/compileQuery';
import { matchingDocuments } from '../search/matchingDocuments';

/** The ids of a tag's passages, its sub-tags' too unless `subtags` is false: SQL with one parameter. */
export function taggedPassages(subtags: boolean): string {
  return subtags
    ? `SELECT passage_id FROM passage_tags WHERE tag_id IN (
        WITH RECURSIVE tree (id) AS (SELECT ? UNION ALL SELECT t.id FROM tags t JOIN tree ON t.parent_id = tree.id)
        SELECT id FROM tree)`
    : 'SELECT passage_id FROM passage_tags WHERE tag_id = ?';
}

/**
 * When a passage `q` counts as coded together with `p` (same rules as the co-occurrence view).
 * These read no `d`: listPassages may count a tag's passages without joining their documents.
 */
const TOGETHER = {
  document: 'q.document_id = p.document_id',
  overlap: 'q.document_id = p.document_id AND q.start < p."end" AND p.start < q."end"',
  // A passage belongs to every paragraph it touches (an empty one to the paragraph it sits in).
  paragraph: `q.document_id = p.document_id AND EXISTS (SELECT 1 FROM documents pd, json_each(pd.paragraphs) para
      WHERE pd.id = p.document_id AND p.start < json_extract(para.value, '$.end') AND json_extract(para.value, '$.start') < max(p."end", p.start + 1)
        AND q.start < json_extract(para.value, '$.end') AND json_extract(para.value, '$.start') < max(q."end", q.start + 1))`,
} as const;

/**
 * The passage filters that narrow the browser to what a chart counted: the documents of a search
 * (`query`), a language, and — for a co-occurrence — the passages of two tags coded together.
 * Appends SQL conditions over `documents d JOIN passages p` and their parameters; with `with_tag`
 * these replace the plain tag condition (the caller leaves it out).
 */
export function addPassageScope(
  db: Db,
  filter: PassageFilter,
  where: string[],
  params: Array<string | number>,
): void {
  if (filter.query?.trim()) {
    const selection = matchingDocuments(compileQuery(db, filter.query));
    where.push(`d.id IN (SELECT ${selection.id} FROM ${selection.from} WHERE ${selection.where})`);
    params.push(...selection.params);
  }
  if (filter.language !== undefined) {
    where.push("coalesce(d.language, '') = ?");
    params.push(filter.language);
  }
  if (filter.with_tag && filter.tag_id !== undefined) {
    const tagged = taggedPassages(filter.include_subtags !== false);
    const together = TOGETHER[filter.with_tag.scope];
    const side = `(p.id IN (${tagged}) AND EXISTS (SELECT 1 FROM passages q WHERE q.id IN (${tagged}) AND ${together}))`;
    where.push(`(${side} OR ${side})`);
    params.push(filter.tag_id, filter.with_tag.tag_id, filter.with_tag.tag_id, filter.tag_id);
  }
}
