import { LecternError } from '../../shared/errors';
import type { AgreementFigures, AgreementReport, DisagreementSide, TagAgreement } from '../../shared/model';
import type { Db } from '../db/open';
import { tagPaths } from '../interchange/lecternProject';
import { binaryAlpha, covered, figures, lengthOf, overlapLength, union } from './agreementStats';

interface Row {
  id: number;
  document_id: number;
  start: number;
  end: number;
  exact: string;
  coder_id: number;
  tag_id: number;
}

type Counts = { both: number; onlyA: number; onlyB: number; neither: number };
const zero = (): Counts => ({ both: 0, onlyA: 0, onlyB: 0, neither: 0 });
const add = (into: Counts, a: boolean, b: boolean, weight = 1) => {
  if (a && b) into.both += weight;
  else if (a) into.onlyA += weight;
  else if (b) into.onlyB += weight;
  else into.neither += weight;
};

/**
 * Intercoder agreement between two coders of this project, per tag and overall, over the
 * documents BOTH coded (a document one of them has not touched says nothing about agreement):
 *
 * - document level: per (document, tag), did each coder apply the tag anywhere in it?
 * - segment level: each document is cut at every passage boundary of either coder (any tag);
 *   each piece is one unit, which a coder's tag either covers or not;
 * - characters: each character is a unit (Krippendorff's alpha, and percent/kappa alongside).
 *
 * Overall figures pool the units of every tag. Disagreements list, per tag, each passage of one
 * coder that the other did not code identically, beside the other's overlapping passage if any.
 */
export function agreementReport(db: Db, coderA = 1, coderB?: number): AgreementReport {
  const coders = db.prepare('SELECT id, name FROM coders ORDER BY id').all() as Array<{
    id: number;
    name: string;
  }>;
  const a = coders.find((c) => c.id === coderA);
  const others = coders.filter((c) => c.id !== coderA);
  const b =
    coderB === undefined
      ? others.length === 1
        ? others[0]
        : undefined
      : coders.find((c) => c.id === coderB);
  if (!a || !b || a.id === b.id) {
    throw new LecternError(
      'invalid-argument',
      others.length === 0
        ? 'Agreement needs two coders, and this project has one. Merge a colleague’s copy first (`lectern merge OTHER.lectern`).'
        : `Say which two coders to compare: ${coders.map((c) => `${c.id} ${c.name}`).join(', ')}.`,
    );
  }
  const rows = db
    .prepare(
      `SELECT p.id, p.document_id, p.start, p."end" AS "end", p.exact, p.coder_id, pt.tag_id
       FROM passages p JOIN passage_tags pt ON pt.passage_id = p.id
       WHERE p.coder_id IN (?, ?) AND p.status = 'anchored'`,
    )
    .all(a.id, b.id) as Row[];
  const docsOf = (coder: number) =>
    new Set(
      (
        db.prepare(`SELECT DISTINCT document_id FROM passages WHERE coder_id = ?`).all(coder) as Array<{
          document_id: number;
        }>
      ).map((row) => row.document_id),
    );
  const docsA = docsOf(a.id);
  const documents = [...docsOf(b.id)].filter((id) => docsA.has(id)).sort((x, y) => x - y);
  const docInfo = new Map(
    documents.map((id) => [
      id,
      db
        .prepare<[number], { title: string; length: number }>(
          'SELECT title, length(body) AS length FROM documents WHERE id = ?',
        )
        .get(id)!,
    ]),
  );
  const allTags = db.prepare('SELECT id, parent_id, name FROM tags').all() as Array<{
    id: number;
    parent_id: number | null;
    name: string;
  }>;
  const paths = tagPaths(allTags);
  const inScope = rows.filter((row) => docInfo.has(row.document_id));
  const tagIds = [...new Set(inScope.map((row) => row.tag_id))].sort((x, y) =>
    paths.get(x)!.localeCompare(paths.get(y)!, 'en', { sensitivity: 'base' }),
  );

  // Segment boundaries per document: every passage edge of either coder, any tag.
  const boundaries = new Map<number, number[]>();
  for (const id of documents) {
    const edges = new Set([0, docInfo.get(id)!.length]);
    for (const row of inScope) if (row.document_id === id) edges.add(row.start).add(row.end);
    boundaries.set(
      id,
      [...edges].sort((x, y) => x - y),
    );
  }

  const overall = { document: zero(), segment: zero(), character: zero() };
  const disagreements: AgreementReport['disagreements'] = [];
  const perTag: TagAgreement[] = tagIds.map((tagId) => {
    const counts = { document: zero(), segment: zero(), character: zero() };
    for (const documentId of documents) {
      const mine = (coder: number) =>
        inScope.filter(
          (row) => row.tag_id === tagId && row.document_id === documentId && row.coder_id === coder,
        );
      const rowsA = mine(a.id);
      const rowsB = mine(b.id);
      add(counts.document, rowsA.length > 0, rowsB.length > 0);
      const rangesA = union(rowsA.map((r) => [r.start, r.end]));
      const rangesB = union(rowsB.map((r) => [r.start, r.end]));
      const edges = boundaries.get(documentId)!;
      for (let i = 0; i + 1 < edges.length; i++) {
        const [start, end] = [edges[i]!, edges[i + 1]!];
        add(counts.segment, covered(rangesA, start, end), covered(rangesB, start, end));
      }
      const both = overlapLength(rangesA, rangesB);
      const lengthA = lengthOf(rangesA);
      const lengthB = lengthOf(rangesB);
      counts.character.both += both;
      counts.character.onlyA += lengthA - both;
      counts.character.onlyB += lengthB - both;
      counts.character.neither += docInfo.get(documentId)!.length - (lengthA + lengthB - both);
      // Side by side: a passage of one coder without an identical one of the other.
      const side = (row: Row): DisagreementSide => ({
        passage_id: row.id,
        start: row.start,
        end: row.end,
        exact: row.exact,
      });
      const overlapping = (row: Row, among: Row[]) =>
        among
          .filter((o) => o.start < row.end && row.start < o.end)
          .sort(
            (x, y) =>
              Math.min(y.end, row.end) -
              Math.max(y.start, row.start) -
              (Math.min(x.end, row.end) - Math.max(x.start, row.start)),
          )[0];
      const identical = (row: Row, among: Row[]) =>
        among.some((o) => o.start === row.start && o.end === row.end);
      const title = docInfo.get(documentId)!.title;
      for (const row of rowsA) {
        if (identical(row, rowsB)) continue;
        const match = overlapping(row, rowsB);
        disagreements.push({
          tag_id: tagId,
          tag_path: paths.get(tagId)!,
          document_id: documentId,
          document_title: title,
          a: side(row),
          b: match ? side(match) : null,
        });
      }
      for (const row of rowsB) {
        if (identical(row, rowsA) || overlapping(row, rowsA)) continue;
        disagreements.push({
          tag_id: tagId,
          tag_path: paths.get(tagId)!,
          document_id: documentId,
          document_title: title,
          a: null,
          b: side(row),
        });
      }
    }
    for (const level of ['document', 'segment', 'character'] as const) {
      overall[level].both += counts[level].both;
      overall[level].onlyA += counts[level].onlyA;
      overall[level].onlyB += counts[level].onlyB;
      overall[level].neither += counts[level].neither;
    }
    const c = counts.character;
    return {
      tag_id: tagId,
      tag_path: paths.get(tagId)!,
      document: toFigures(counts.document),
      segment: toFigures(counts.segment),
      character: toFigures(c),
      alpha: binaryAlpha(c.both, c.onlyA, c.onlyB, c.neither),
    };
  });
  const c = overall.character;
  return {
    coder_a: a,
    coder_b: b,
    documents: documents.length,
    tags: perTag,
    overall: {
      document: toFigures(overall.document),
      segment: toFigures(overall.segment),
      character: toFigures(c),
      alpha: binaryAlpha(c.both, c.onlyA, c.onlyB, c.neither),
    },
    disagreements,
  };
}

function toFigures(counts: Counts): AgreementFigures {
  return figures(counts.both, counts.onlyA, counts.onlyB, counts.neither);
}
