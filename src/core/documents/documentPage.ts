import type { Db } from '../db/open';
import type {
  DocumentFilter,
  DocumentPage,
  DocumentSummary,
  SortDirection,
  SortKey,
} from '../../shared/model';
import { LecternError } from '../../shared/errors';
import { SUMMARY_COLUMNS } from './documentSummary';
import { LIVE_DOCUMENT_COUNT, notTrashed } from './notTrashed';

export interface PageArgs {
  sort?: SortKey;
  direction?: SortDirection;
  filter?: DocumentFilter;
  offset?: number;
  after?: number;
  limit?: number;
  count?: boolean;
}

/** Each sort key's SQL expression and whether it may be missing (NULL). */
const KEYS: Record<SortKey, { expr: string; nullable: boolean }> = {
  title: { expr: 'title COLLATE NOCASE', nullable: false },
  published_at: { expr: 'published_at', nullable: true },
  source: { expr: 'source COLLATE NOCASE', nullable: true },
  language: { expr: 'language', nullable: true },
  imported_at: { expr: 'imported_at', nullable: false },
};

/**
 * The ORDER BY of one sort: missing values last whichever the direction, ties by title then id —
 * written exactly as the indexes of migration 0005 are, so SQLite walks an index instead of
 * sorting. (Title's own ties go by id.)
 */
export function orderBy(sort: SortKey, direction: SortDirection): string {
  const { expr, nullable } = KEYS[sort];
  const dir = direction === 'asc' ? 'ASC' : 'DESC';
  const tail = sort === 'title' ? 'id' : 'title COLLATE NOCASE, id';
  return `${nullable ? `${sort} IS NULL, ` : ''}${expr} ${dir}, ${tail}`;
}

type Params = Array<string | number | null>;

/** The index that serves each order (migrations 0004 and 0005). */
/** A filter with at most this many matches fetches them by id and sorts them. */
const FETCH_BY_ID_UP_TO = 2000;

const ORDER_INDEX: Record<SortKey, Record<SortDirection, string>> = {
  title: { asc: 'documents_title_asc', desc: 'documents_title_desc' },
  published_at: { asc: 'documents_reading_order', desc: 'documents_published_desc' },
  source: { asc: 'documents_source_asc', desc: 'documents_source_desc' },
  language: { asc: 'documents_language_asc', desc: 'documents_language_desc' },
  imported_at: { asc: 'documents_imported_asc', desc: 'documents_imported_desc' },
};

/**
 * The filter's WHERE terms. A title filter is a substring test (case-insensitive for Latin
 * letters) on `title`, which every order index holds: SQLite tests it on the index entries and
 * reads a document's row only for the rows it returns — a scan of ~6 MB of titles at 100,000,
 * whatever the filter matches.
 */
function filterSql(filter: DocumentFilter | undefined): {
  where: string[];
  params: Params;
  byTitle: boolean;
} {
  // The trash is a view of its own; the library never shows trashed documents.
  const where: string[] = [filter?.trash ? 'deleted_at IS NOT NULL' : notTrashed('documents')];
  const params: Params = [];
  // One row per story: the story's first document stands for its reprints.
  if (filter?.one_per_story) where.push('(story_id IS NULL OR story_id = id)');
  const text = filter?.text?.trim();
  if (text) {
    where.push("title LIKE ? ESCAPE '\\'");
    params.push(`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  if (filter?.source !== undefined) {
    where.push('source = ?');
    params.push(filter.source);
  }
  if (filter?.language !== undefined) {
    where.push('language = ?');
    params.push(filter.language);
  }
  if (filter?.ids !== undefined) {
    // json_each keeps one statement shape whatever the number of ids.
    where.push('id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.ids));
  }
  return { where, params, byTitle: Boolean(text) };
}

/**
 * Rows strictly after the anchor row in the sort order (keyset paging): the anchor's key, title
 * and id are the bound; NULL keys come after every value.
 */
function afterSql(
  sort: SortKey,
  direction: SortDirection,
  anchor: AnchorRow,
): { sql: string; params: Params } {
  const { expr, nullable } = KEYS[sort];
  const cmp = direction === 'asc' ? '>' : '<';
  const key = anchor.key;
  if (sort === 'title')
    return {
      sql: `(${expr} ${cmp} ? OR (${expr} = ? AND id > ?))`,
      params: [anchor.title, anchor.title, anchor.id],
    };
  const tie = '(title COLLATE NOCASE, id) > (?, ?)';
  if (key === null) return { sql: `(${sort} IS NULL AND ${tie})`, params: [anchor.title, anchor.id] };
  const inKey = `(${expr} ${cmp} ? OR (${expr} = ? AND ${tie}))`;
  return {
    sql: nullable ? `(${sort} IS NULL OR ${inKey})` : inKey,
    params: [key, key, anchor.title, anchor.id],
  };
}

interface AnchorRow {
  id: number;
  title: string;
  key: string | null;
}

/** Pages of the library, sorted and filtered in SQLite; statements are cached per shape. */
export function documentPager(db: Db) {
  // A handful of shapes (sort × direction × which filters), each prepared once.
  const statements = new Map<string, ReturnType<typeof prepare>>();
  const prepare = (sql: string) => db.prepare<Params>(sql);
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = prepare(sql)));
    return statement;
  };

  return function page({
    sort = 'published_at',
    direction = 'desc',
    filter,
    offset,
    after,
    limit = 100,
    count = true,
  }: PageArgs): DocumentPage {
    let { where, params } = filterSql(filter);
    const { byTitle } = filterSql(filter);
    let total: number | null = null;
    let walk = '';
    if (byTitle) {
      // With a title filter, the matches are found on index entries (which hold the title), not
      // documents: one scan. A few matches are then fetched by id and sorted; many are kept
      // while walking the order's own index, which fills a page quickly. The planner cannot
      // know the LIKE is cheap on an index, so it is told which one.
      const ids = prepared(
        `SELECT id FROM documents INDEXED BY documents_title_asc WHERE ${where.join(' AND ')}`,
      )
        .pluck()
        .all(...params) as number[];
      total = ids.length;
      if (total <= FETCH_BY_ID_UP_TO) {
        where = ['id IN (SELECT value FROM json_each(?))'];
        params = [JSON.stringify(ids)];
      } else walk = ` INDEXED BY ${ORDER_INDEX[sort][direction]}`;
    } else if (filter?.trash) {
      // The trash is read from its own small index, never by testing every document's row.
      walk = ' INDEXED BY documents_trashed';
      if (count) {
        const countSql = `SELECT count(*) AS n FROM documents${walk} WHERE ${where.join(' AND ')}`;
        total = (prepared(countSql).get(...params) as { n: number }).n;
      }
    } else if (count) {
      // The whole library: every document (counted on a small index) but the trashed ones.
      const countSql =
        where.length === 1
          ? LIVE_DOCUMENT_COUNT
          : `SELECT count(*) AS count FROM documents WHERE ${where.join(' AND ')}`;
      total = (prepared(countSql).get(...params) as { count: number }).count;
    }
    const pageWhere = [...where];
    const pageParams = [...params];
    const start = offset ?? 0;
    if (after !== undefined) {
      const anchor = prepared(`SELECT id, title, ${sort} AS key FROM documents WHERE id = ?`).get(after) as
        AnchorRow | undefined;
      if (!anchor)
        throw new LecternError(
          'not-found',
          `Document ${after} is no longer in the project; page from the start again.`,
        );
      const bound = afterSql(sort, direction, anchor);
      pageWhere.push(bound.sql);
      pageParams.push(...bound.params);
    }
    // One row per story names how many documents tell it (an indexed count per row shown).
    const columns = filter?.one_per_story
      ? `${SUMMARY_COLUMNS}, CASE WHEN story_id IS NULL THEN 1 ELSE (SELECT count(*) FROM documents s
           WHERE s.story_id = documents.story_id AND ${notTrashed('s')}) END AS story_size`
      : SUMMARY_COLUMNS;
    const sql =
      `SELECT ${columns} FROM documents${walk}${pageWhere.length ? ` WHERE ${pageWhere.join(' AND ')}` : ''}` +
      ` ORDER BY ${orderBy(sort, direction)} LIMIT ? OFFSET ?`;
    const rows = prepared(sql).all(
      ...pageParams,
      limit,
      after !== undefined ? 0 : start,
    ) as DocumentSummary[];
    const last = rows.at(-1);
    return {
      rows,
      offset: after !== undefined ? null : start,
      total,
      next: rows.length === limit && last ? last.id : null,
    };
  };
}
