import type { DocumentHandlers } from '../../shared/api';
import { LecternError } from '../../shared/errors';
import type { DocumentDetail, DocumentSummary, SortKey } from '../../shared/model';
import type { Context } from '../workbench';

export const SUMMARY_COLUMNS =
  'id, title, title_origin, published_at, source, author, language, place, word_count, imported_at, origin_path';

// Whitelisted ORDER BY expressions; missing values sort last whichever the direction.
const ORDER: Record<SortKey, string> = {
  title: 'title COLLATE NOCASE',
  published_at: 'published_at',
  source: 'source COLLATE NOCASE',
  language: 'language',
  imported_at: 'imported_at',
};

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
  return {
    'documents-list': async ({ sort = 'published_at', direction = 'desc' }) => {
      const column = ORDER[sort];
      const dir = direction === 'asc' ? 'ASC' : 'DESC';
      return db
        .prepare<[], DocumentSummary>(
          `SELECT ${SUMMARY_COLUMNS} FROM documents ORDER BY ${column} IS NULL, ${column} ${dir}, title COLLATE NOCASE, id`,
        )
        .all();
    },
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
