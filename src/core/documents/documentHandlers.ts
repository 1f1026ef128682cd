import type { DocumentHandlers } from '../../shared/api';
import { LecternError } from '../../shared/errors';
import type { DocumentDetail, DocumentSummary } from '../../shared/model';
import type { Context } from '../workbench';
import { documentOverview } from './documentOverview';
import { documentPager, orderBy } from './documentPage';
import { SUMMARY_COLUMNS } from './documentSummary';
import { markParagraph } from './sourceBoilerplate';
import { deleteDocuments, restoreDocuments, updateDocuments } from './updateDocuments';

export { SUMMARY_COLUMNS };

type DocumentRow = DocumentSummary & {
  body: string;
  raw: string;
  boilerplate: string;
  paragraphs: string;
  format: string;
  field_origins: string;
  user_edits: string;
  deleted_at: string | null;
};

export function documentHandlers(context: Context): DocumentHandlers {
  const { db } = context;
  const getById = db.prepare<[number], DocumentRow>(
    `SELECT ${SUMMARY_COLUMNS}, body, raw, boilerplate, paragraphs, format, field_origins, user_edits, deleted_at
     FROM documents WHERE id = ?`,
  );
  const sameStory = db.prepare<[number, number], DocumentDetail['same_story'][number]>(
    `SELECT id, title, source, published_at FROM documents
     WHERE story_id = ? AND id != ? AND deleted_at IS NULL ORDER BY published_at IS NULL, published_at, id`,
  );
  const page = documentPager(db);
  return {
    'documents-list': async ({
      sort = 'published_at',
      direction = 'desc',
      trash = false,
      one_per_story = false,
    }) => {
      const where = [trash ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL'];
      // One row per story: the story's first document stands for its reprints.
      if (one_per_story) where.push('(story_id IS NULL OR story_id = id)');
      return db
        .prepare<[], DocumentSummary>(
          `SELECT ${SUMMARY_COLUMNS} FROM documents WHERE ${where.join(' AND ')}
           ORDER BY ${orderBy(sort, direction)}`,
        )
        .all();
    },
    'documents-page': async (args) => page(args),
    'documents-overview': async () => documentOverview(db),
    'documents-get': async ({ id }) => {
      const row = getById.get(id);
      if (!row)
        throw new LecternError('not-found', `Document ${id} does not exist (it may have been deleted).`);
      return {
        ...row,
        boilerplate: JSON.parse(row.boilerplate),
        paragraphs: JSON.parse(row.paragraphs),
        field_origins: JSON.parse(row.field_origins),
        user_edits: JSON.parse(row.user_edits),
        same_story: row.story_id === null ? [] : sameStory.all(row.story_id, id),
      } satisfies DocumentDetail;
    },
    'documents-update': async ({ ids, set, reset }) => {
      const updated = updateDocuments(db, ids, set, reset ?? []);
      context.emit('on-documents-changed', { ids });
      return updated;
    },
    'documents-delete': async ({ ids }) => {
      const deleted = deleteDocuments(db, ids);
      context.emit('on-documents-changed', { ids });
      return { deleted };
    },
    'documents-restore': async ({ ids }) => {
      const restored = restoreDocuments(db, ids);
      context.emit('on-documents-changed', { ids });
      return { restored };
    },
    'boilerplate-mark': async ({ document_id, text, verdict }) => {
      if (!getById.get(document_id))
        throw new LecternError(
          'not-found',
          `Document ${document_id} does not exist (it may have been deleted).`,
        );
      const { rule, documents } = markParagraph(db, document_id, text, verdict);
      if (documents.length > 0) context.emit('on-documents-changed', { ids: documents });
      return { rule, documents: documents.length };
    },
    'boilerplate-rules': async ({ source }) =>
      db
        .prepare<[string], import('../../shared/model').BoilerplateRule>(
          'SELECT id, source, text, verdict, origin, created_at FROM boilerplate_rules WHERE source = ? ORDER BY origin DESC, id',
        )
        .all(source),
  };
}
