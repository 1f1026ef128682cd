import type { PassageHandlers } from '../../shared/api';
import { LecternError } from '../../shared/errors';
import type { Passage } from '../../shared/model';
import { nudgeRange } from '../../shared/text/wordMotion';
import { textQuote } from '../annotate/textQuote';
import type { CodingContext } from '../coding/CodingContext';
import { listPassages } from './listPassages';
import { PASSAGE_COLUMNS, passageQueries, toPassage } from './passageQueries';

/** Coding in the reader: create, re-shape, tag, annotate and delete passages — each one undo step. */
export function passageHandlers(context: CodingContext): PassageHandlers {
  const { db, journal } = context;
  const queries = passageQueries(db);
  const forDocument = db.prepare<[number], Parameters<typeof toPassage>[0]>(
    `SELECT ${PASSAGE_COLUMNS} FROM passages p WHERE p.document_id = ? ORDER BY p.start, p."end" DESC, p.id`,
  );
  const now = () => new Date().toISOString();

  const requirePassage = (id: number): Passage => {
    const passage = queries.get(id);
    if (!passage)
      throw new LecternError('not-found', `Passage ${id} does not exist (it may have been deleted).`);
    return passage;
  };
  const requireBody = (documentId: number): string => {
    const body = queries.body(documentId);
    if (body === undefined) throw new LecternError('not-found', `Document ${documentId} does not exist.`);
    return body;
  };
  const checkRange = (body: string, start: number, end: number) => {
    if (!(start >= 0 && end <= body.length && start < end)) {
      throw new LecternError(
        'invalid-argument',
        `The range ${start}–${end} is not inside the text (0–${body.length}), or is empty. Select some text first.`,
      );
    }
  };
  const checkTags = (ids: number[]) => {
    for (const id of ids) {
      if (!db.prepare('SELECT 1 FROM tags WHERE id = ?').get(id))
        throw new LecternError('not-found', `Tag ${id} does not exist.`);
    }
  };
  const describe = (passage: Pick<Passage, 'exact'>) => {
    const words = passage.exact.trim().split(/\s+/);
    return `“${words.slice(0, 4).join(' ')}${words.length > 4 ? '…' : ''}”`;
  };
  const changed = (passage: Passage) => {
    context.codingChanged([passage.document_id], [passage.id]);
    return requirePassage(passage.id);
  };

  return {
    'passages-for-document': async ({ document_id }) => forDocument.all(document_id).map(toPassage),

    'passages-create': async ({
      document_id,
      start,
      end,
      tag_ids = [],
      kind = 'highlight',
      speaker = null,
      memo = '',
    }) => {
      const body = requireBody(document_id);
      checkRange(body, start, end);
      checkTags(tag_ids);
      const anchor = textQuote(body, start, end);
      const id = journal.record(`code ${describe(anchor)}`, () =>
        queries.upsert({ document_id, ...anchor, kind, speaker, memo, tag_ids }),
      );
      return changed(requirePassage(id));
    },

    'passages-update': async ({ id, start, end, memo, speaker, kind }) => {
      const passage = requirePassage(id);
      const body = requireBody(passage.document_id);
      const range = { start: start ?? passage.start, end: end ?? passage.end };
      const rangeChanged = range.start !== passage.start || range.end !== passage.end;
      if (rangeChanged) checkRange(body, range.start, range.end);
      const anchor = rangeChanged ? textQuote(body, range.start, range.end) : passage;
      const label = rangeChanged
        ? `resize ${describe(passage)}`
        : memo !== undefined
          ? `memo on ${describe(passage)}`
          : `edit ${describe(passage)}`;
      journal.record(label, () =>
        db
          .prepare(
            `UPDATE passages SET start = ?, "end" = ?, exact = ?, prefix = ?, suffix = ?, memo = ?, speaker = ?, kind = ?,
             status = CASE WHEN ? THEN 'anchored' ELSE status END, updated_at = ? WHERE id = ?`,
          )
          .run(
            anchor.start,
            anchor.end,
            anchor.exact,
            anchor.prefix,
            anchor.suffix,
            memo ?? passage.memo,
            speaker === undefined ? passage.speaker : speaker,
            kind ?? passage.kind,
            rangeChanged ? 1 : 0,
            now(),
            id,
          ),
      );
      return changed(passage);
    },

    'passages-nudge': async ({ id, edge, direction }) => {
      const passage = requirePassage(id);
      const body = requireBody(passage.document_id);
      const range = nudgeRange(body, passage, edge, direction);
      if (!range) return passage;
      const anchor = textQuote(body, range.start, range.end);
      journal.record(`resize ${describe(passage)}`, () =>
        db
          .prepare(
            `UPDATE passages SET start = ?, "end" = ?, exact = ?, prefix = ?, suffix = ?, status = 'anchored', updated_at = ? WHERE id = ?`,
          )
          .run(anchor.start, anchor.end, anchor.exact, anchor.prefix, anchor.suffix, now(), id),
      );
      return changed(passage);
    },

    'passages-set-tags': async ({ id, add = [], remove = [] }) => {
      const passage = requirePassage(id);
      checkTags(add);
      journal.record(`${add.length > 0 ? 'tag' : 'untag'} ${describe(passage)}`, () => {
        const insert = db.prepare<[number, number]>(
          'INSERT OR IGNORE INTO passage_tags (passage_id, tag_id) VALUES (?, ?)',
        );
        const drop = db.prepare<[number, number]>(
          'DELETE FROM passage_tags WHERE passage_id = ? AND tag_id = ?',
        );
        for (const tagId of add) insert.run(id, tagId);
        for (const tagId of remove) drop.run(id, tagId);
        db.prepare('UPDATE passages SET updated_at = ? WHERE id = ?').run(now(), id);
      });
      return changed(passage);
    },

    'passages-delete': async ({ id }) => {
      const passage = requirePassage(id);
      journal.record(`delete passage ${describe(passage)}`, () =>
        db.prepare('DELETE FROM passages WHERE id = ?').run(id),
      );
      context.codingChanged([passage.document_id], [passage.id]);
      return { deleted: 1 };
    },

    'passages-get': async ({ ids }) =>
      ids.map((id) => queries.get(id)).filter((passage): passage is Passage => passage !== undefined),

    'passages-list': async (args) => listPassages(db, args),

    'passages-reattach': async ({ id, start, end }) => {
      const passage = requirePassage(id);
      const body = requireBody(passage.document_id);
      checkRange(body, start, end);
      const anchor = textQuote(body, start, end);
      journal.record(`re-attach ${describe(passage)}`, () =>
        db
          .prepare(
            `UPDATE passages SET start = ?, "end" = ?, exact = ?, prefix = ?, suffix = ?, status = 'anchored', updated_at = ? WHERE id = ?`,
          )
          .run(anchor.start, anchor.end, anchor.exact, anchor.prefix, anchor.suffix, now(), id),
      );
      return changed(passage);
    },
  };
}
