import type { PassageFilter, PassagePage } from '../../shared/model';
import type { Db } from '../db/open';
import { PASSAGE_COLUMNS, toPassage } from './passageQueries';
import { notTrashed } from '../documents/notTrashed';
import { addPassageScope, taggedPassages } from './passageScope';

const CONTEXT = 160;

/**
 * The passage browser's query: passages matching the filter across the corpus, ordered by
 * document date then position, one page at a time with the total, and with the words around
 * each passage cut at word boundaries. Sub-tags count with their tag unless asked otherwise.
 */
export function listPassages(db: Db, args: PassageFilter & { offset?: number; limit?: number }): PassagePage {
  const { offset = 0, limit = 100 } = args;
  const where: string[] = [];
  const params: Array<string | number> = [];
  // With `with_tag` the tag condition is part of addPassageScope's (either tag's passages).
  if (args.tag_id !== undefined && !args.with_tag) {
    where.push(`p.id IN (${taggedPassages(args.include_subtags !== false)})`);
    params.push(args.tag_id);
  }
  if (args.speaker !== undefined) {
    where.push('speaker_key(p.speaker) = speaker_key(?)');
    params.push(args.speaker);
  }
  const equal: Array<[keyof PassageFilter, string]> = [
    ['kind', 'p.kind'],
    ['document_id', 'p.document_id'],
    // '' is "no source", as a chart's "(no source)" column counts it.
    ['source', "coalesce(d.source, '')"],
  ];
  // A literal (validated: anchored | orphaned) lets SQLite use the partial index on orphans.
  if (args.status !== undefined)
    where.push(`p.status = '${args.status === 'orphaned' ? 'orphaned' : 'anchored'}'`);
  for (const [key, column] of equal) {
    const value = args[key];
    if (value !== undefined) {
      where.push(`${column} = ?`);
      params.push(value as string | number);
    }
  }
  if (args.date_from) {
    where.push('d.published_at >= ?');
    params.push(args.date_from);
  }
  if (args.date_to) {
    // A partial bound ("2022-06") includes the whole month.
    where.push("d.published_at <= ? || '\uffff'");
    params.push(args.date_to);
  }
  addPassageScope(db, args, where, params);
  // Documents first, in reading order, then their passages by position: both orders come off
  // indexes (documents_reading_order, passages_document), so a page needs no sort of all matches.
  const onlyTag = args.tag_id !== undefined && where.length === 1 && !anyTrashed(db);
  // Documents in the trash keep their passages, out of sight until restored.
  where.push(notTrashed('d'));
  const from = `FROM documents d JOIN passages p ON p.document_id = d.id WHERE ${where.join(' AND ')}`;
  const total = onlyTag
    ? // Counting codings needs no join when nothing but the tag filters.
      (db.prepare(`SELECT count(*) AS n FROM passages p WHERE ${where[0]}`).get(...params) as { n: number }).n
    : (db.prepare(`SELECT count(*) AS n ${from}`).get(...params) as { n: number }).n;
  const ids = (
    db
      .prepare(
        `SELECT p.id ${from} ORDER BY d.published_at IS NULL, d.published_at, d.title COLLATE NOCASE, d.id, p.start, p.id LIMIT ? OFFSET ?`,
      )
      .all(...params, limit, offset) as Array<{ id: number }>
  ).map((row) => row.id);
  const byId = new Map(
    (
      db
        .prepare(
          `SELECT ${PASSAGE_COLUMNS}, d.title AS document_title, d.source AS document_source, d.published_at AS document_published_at
           FROM passages p JOIN documents d ON d.id = p.document_id WHERE p.id IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify(ids)) as Array<
        Parameters<typeof toPassage>[0] & {
          document_title: string;
          document_source: string | null;
          document_published_at: string | null;
        }
      >
    ).map((row) => [row.id, row]),
  );
  const rows = ids.map((id) => byId.get(id)!);

  const bodies = new Map<number, string>();
  const bodyOf = db.prepare<[number], { body: string }>('SELECT body FROM documents WHERE id = ?');
  const passages = rows.map((row) => {
    const passage = toPassage(row);
    let body = bodies.get(passage.document_id);
    if (body === undefined) {
      body = bodyOf.get(passage.document_id)?.body ?? '';
      bodies.set(passage.document_id, body);
    }
    const anchored = passage.status === 'anchored';
    return {
      ...passage,
      context_before: anchored ? contextBefore(body, passage.start) : passage.prefix,
      context_after: anchored ? contextAfter(body, passage.end) : passage.suffix,
    };
  });
  return { total, offset, passages };
}

function contextBefore(body: string, start: number): string {
  const from = Math.max(0, start - CONTEXT);
  const text = body.slice(from, start);
  const cut = from > 0 ? text.replace(/^\S*\s/, '') : text;
  return (from > 0 ? '…' : '') + cut.replace(/\s+/g, ' ');
}

function contextAfter(body: string, end: number): string {
  const to = Math.min(body.length, end + CONTEXT);
  const text = body.slice(end, to);
  const cut = to < body.length ? text.replace(/\s\S*$/, '') : text;
  return cut.replace(/\s+/g, ' ') + (to < body.length ? '…' : '');
}

function anyTrashed(db: Db): boolean {
  return (
    db
      .prepare('SELECT 1 FROM documents INDEXED BY documents_trashed WHERE deleted_at IS NOT NULL LIMIT 1')
      .get() !== undefined
  );
}
