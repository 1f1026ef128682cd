import type { DocumentHandlers } from '../../shared/api';
import { LecternError } from '../../shared/errors';
import type { DocumentDetail, DocumentSummary } from '../../shared/model';
import type { Context } from '../workbench';
import { documentOverview } from './documentOverview';
import { documentPager, orderBy } from './documentPage';
import { SUMMARY_COLUMNS } from './documentSummary';

export { SUMMARY_COLUMNS };

type DocumentRow = DocumentSummary & {
  body: string;
  raw: string;
  boilerplate: string;
  paragraphs: string;
  format: string;
};

export function documentHandlers({ db }: Context): DocumentHandlers {
  const getById = db.prepare<[number], DocumentRow>(
    `SELECT ${SUMMARY_COLUMNS}, body, raw, boilerplate, paragraphs, format FROM documents WHERE id = ?`,
  );
  const page = documentPager(db);
  return {
    'documents-list': async ({ sort = 'published_at', direction = 'desc' }) =>
      db
        .prepare<[], DocumentSummary>(
          `SELECT ${SUMMARY_COLUMNS} FROM documents ORDER BY ${orderBy(sort, direction)}`,
        )
        .all(),
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
      } satisfies DocumentDetail;
    },
  };
}
