import type { CodingHandlers } from '../../shared/api';
import { LecternError } from '../../shared/errors';
import { textQuote } from '../annotate/textQuote';
import { findAutocodeHits } from '../autocode/findAutocodeHits';
import { reimportDocument } from '../documents/reimportDocument';
import { passageQueries } from '../passages/passageQueries';
import type { CodingContext } from './CodingContext';

/** Undo/redo across the session, auto-coding from a search, and re-import with re-anchoring. */
export function codingHandlers(context: CodingContext): CodingHandlers {
  const { db, journal } = context;
  const queries = passageQueries(db);
  const everyDocument = () =>
    (db.prepare('SELECT id FROM documents').all() as Array<{ id: number }>).map((row) => row.id);
  const afterReplay = <T>(state: T) => {
    // An undo may touch any document; windows refresh what they show.
    context.codingChanged(everyDocument());
    return state;
  };

  return {
    'coding-undo': async () => afterReplay(journal.undo()),
    'coding-redo': async () => afterReplay(journal.redo()),
    'coding-undo-state': async () => journal.state(),

    'autocode-preview': async ({ query, scope = 'sentence', tag_id }) =>
      findAutocodeHits(db, query, scope, tag_id),

    'autocode-apply': async ({ query, scope = 'sentence', tag_id, skip = [] }) => {
      const tag = db.prepare<[number], { name: string }>('SELECT name FROM tags WHERE id = ?').get(tag_id);
      if (!tag) throw new LecternError('not-found', `Tag ${tag_id} does not exist.`);
      const skipped = new Set(skip.map((hit) => `${hit.document_id}:${hit.start}`));
      const hits = findAutocodeHits(db, query, scope, tag_id).filter(
        (hit) => !hit.already_coded && !skipped.has(`${hit.document_id}:${hit.start}`),
      );
      const before = (db.prepare('SELECT count(*) AS n FROM passages').get() as { n: number }).n;
      journal.record(`auto-code “${query}” as “${tag.name}”`, () => {
        for (const hit of hits) {
          const body = queries.body(hit.document_id)!;
          queries.upsert({
            document_id: hit.document_id,
            ...textQuote(body, hit.start, hit.end),
            kind: 'highlight',
            speaker: null,
            memo: '',
            tag_ids: [tag_id],
          });
        }
      });
      const after = (db.prepare('SELECT count(*) AS n FROM passages').get() as { n: number }).n;
      context.codingChanged([...new Set(hits.map((hit) => hit.document_id))]);
      return { created: after - before, tagged: hits.length };
    },

    'documents-reimport': async ({ id }) => {
      const report = await reimportDocument(context, id);
      // The text changed as well as the codes: windows showing the document reload it.
      context.emit('on-documents-changed', { ids: [id] });
      context.codingChanged([id]);
      return report;
    },
  };
}
