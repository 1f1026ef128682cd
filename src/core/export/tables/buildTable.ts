import { LecternError } from '../../../shared/errors';
import type { PassageFilter } from '../../../shared/model';
import type { Db } from '../../db/open';
import { tagPaths } from '../../interchange/lecternProject';
import { listPassages } from '../../passages/listPassages';
import type { Table } from './toCsv';

export type TableKind = 'passages' | 'quotes' | 'codebook' | 'matrix';

/**
 * The tables a researcher hands on (to a supervisor, a spreadsheet, R): coded passages with their
 * document's metadata, tags, speaker and memo (optionally only those the passage browser's filter
 * shows); the quotations Lectern found; the codebook with counts; a code × document matrix.
 */
export function buildTable(db: Db, what: TableKind, filter: PassageFilter = {}): Table {
  const tags = db.prepare('SELECT id, parent_id, name FROM tags').all() as Array<{
    id: number;
    parent_id: number | null;
    name: string;
  }>;
  const paths = tagPaths(tags);
  switch (what) {
    case 'passages':
      return passagesTable(db, filter, paths);
    case 'quotes':
      return quotesTable(db);
    case 'codebook':
      return codebookTable(db, paths);
    case 'matrix':
      return matrixTable(db, paths);
    default:
      throw new LecternError(
        'invalid-argument',
        `Unknown table "${String(what)}": passages, quotes, codebook or matrix.`,
      );
  }
}

function passagesTable(db: Db, filter: PassageFilter, paths: Map<number, string>): Table {
  const { passages } = listPassages(db, { ...filter, offset: 0, limit: Number.MAX_SAFE_INTEGER });
  const docs = new Map(
    (
      db.prepare('SELECT id, author, place, language FROM documents').all() as Array<{
        id: number;
        author: string | null;
        place: string | null;
        language: string | null;
      }>
    ).map((doc) => [doc.id, doc]),
  );
  const coders = new Map(
    (db.prepare('SELECT id, name FROM coders').all() as Array<{ id: number; name: string }>).map((c) => [
      c.id,
      c.name,
    ]),
  );
  const coderOf = db.prepare<[number], { coder_id: number }>('SELECT coder_id FROM passages WHERE id = ?');
  return {
    name: 'Passages',
    header: [
      'passage_id',
      'document_id',
      'document',
      'date',
      'source',
      'author',
      'place',
      'language',
      'start',
      'end',
      'text',
      'tags',
      'kind',
      'speaker',
      'memo',
      'coder',
      'status',
      'context_before',
      'context_after',
    ],
    rows: passages.map((p) => {
      const doc = docs.get(p.document_id);
      return [
        p.id,
        p.document_id,
        p.document_title,
        p.document_published_at,
        p.document_source,
        doc?.author ?? null,
        doc?.place ?? null,
        doc?.language ?? null,
        p.start,
        p.end,
        p.exact,
        p.tag_ids
          .map((id) => paths.get(id) ?? String(id))
          .sort()
          .join('; '),
        p.kind,
        p.speaker,
        p.memo,
        coders.get(coderOf.get(p.id)?.coder_id ?? 1) ?? null,
        p.status,
        p.context_before,
        p.context_after,
      ];
    }),
  };
}

function quotesTable(db: Db): Table {
  const rows = db
    .prepare(
      `SELECT q.id, q.status, q.speaker, q.confidence, q.exact, q.evidence, q.document_id, d.title, d.published_at, d.source,
         q.start, q."end" AS "end", q.passage_id
       FROM quote_suggestions q JOIN documents d ON d.id = q.document_id
       ORDER BY d.published_at IS NULL, d.published_at, d.title COLLATE NOCASE, q.start`,
    )
    .all() as Array<Record<string, string | number | null>>;
  return {
    name: 'Quotations',
    header: [
      'quote_id',
      'status',
      'speaker',
      'confidence',
      'text',
      'evidence',
      'document_id',
      'document',
      'date',
      'source',
      'start',
      'end',
      'passage_id',
    ],
    rows: rows.map((r) => [
      r.id!,
      r.status!,
      r.speaker!,
      r.confidence!,
      r.exact!,
      r.evidence!,
      r.document_id!,
      r.title!,
      r.published_at!,
      r.source!,
      r.start!,
      r.end!,
      r.passage_id!,
    ]),
  };
}

function codebookTable(db: Db, paths: Map<number, string>): Table {
  const rows = db
    .prepare(
      `WITH RECURSIVE tree (ancestor, id) AS (
         SELECT id, id FROM tags UNION ALL SELECT tree.ancestor, t.id FROM tags t JOIN tree ON t.parent_id = tree.id)
       SELECT tags.id, tags.parent_id, tags.name, tags.color, tags.memo,
         (SELECT count(*) FROM passage_tags WHERE tag_id = tags.id) AS own,
         (SELECT count(DISTINCT pt.passage_id) FROM tree JOIN passage_tags pt ON pt.tag_id = tree.id WHERE tree.ancestor = tags.id) AS total,
         (SELECT count(DISTINCT p.document_id) FROM tree JOIN passage_tags pt ON pt.tag_id = tree.id
            JOIN passages p ON p.id = pt.passage_id WHERE tree.ancestor = tags.id) AS documents
       FROM tags`,
    )
    .all() as Array<{
    id: number;
    parent_id: number | null;
    name: string;
    color: string;
    memo: string;
    own: number;
    total: number;
    documents: number;
  }>;
  rows.sort((a, b) => paths.get(a.id)!.localeCompare(paths.get(b.id)!, 'en', { sensitivity: 'base' }));
  return {
    name: 'Codebook',
    header: [
      'tag_id',
      'path',
      'name',
      'parent',
      'colour',
      'memo',
      'passages',
      'passages_with_subtags',
      'documents',
    ],
    rows: rows.map((r) => [
      r.id,
      paths.get(r.id)!,
      r.name,
      r.parent_id === null ? null : paths.get(r.parent_id)!,
      r.color,
      r.memo,
      r.own,
      r.total,
      r.documents,
    ]),
  };
}

function matrixTable(db: Db, paths: Map<number, string>): Table {
  const tagIds = [...paths.keys()].sort((a, b) =>
    paths.get(a)!.localeCompare(paths.get(b)!, 'en', { sensitivity: 'base' }),
  );
  const column = new Map(tagIds.map((id, index) => [id, index]));
  const docs = db
    .prepare(
      'SELECT id, title, published_at, source FROM documents ORDER BY published_at IS NULL, published_at, title COLLATE NOCASE, id',
    )
    .all() as Array<{ id: number; title: string; published_at: string | null; source: string | null }>;
  const counts = new Map<number, number[]>();
  for (const row of db
    .prepare(
      `SELECT p.document_id AS doc, pt.tag_id AS tag, count(*) AS n FROM passage_tags pt JOIN passages p ON p.id = pt.passage_id
       GROUP BY p.document_id, pt.tag_id`,
    )
    .all() as Array<{ doc: number; tag: number; n: number }>) {
    let line = counts.get(row.doc);
    if (!line) counts.set(row.doc, (line = new Array<number>(tagIds.length).fill(0)));
    line[column.get(row.tag)!] = row.n;
  }
  return {
    name: 'Code x document',
    header: ['document_id', 'document', 'date', 'source', ...tagIds.map((id) => paths.get(id)!), 'total'],
    rows: docs.map((doc) => {
      const line = counts.get(doc.id) ?? new Array<number>(tagIds.length).fill(0);
      return [doc.id, doc.title, doc.published_at, doc.source, ...line, line.reduce((a, b) => a + b, 0)];
    }),
  };
}
