import * as v from 'valibot';
import { id, idList, intRange, isRealPartialDate, none, offset, text } from './common';

export const sortKey = v.picklist(
  ['title', 'published_at', 'source', 'language', 'imported_at'],
  'must be title, published_at, source, language or imported_at',
);
export const sortDirection = v.picklist(['asc', 'desc'], 'must be asc or desc');

/** A date as news text gives it: 2022, 2022-06, 2022-06-27, or --06-27 when the year is unknown. */
export const partialDate = v.pipe(
  v.string('must be a date like 2022, 2022-06, 2022-06-27 or --06-27'),
  v.check(
    (value) => isRealPartialDate(value) || isRealMonthDay(value),
    'must be a real date like 2022, 2022-06, 2022-06-27 or --06-27 (month and day, year unknown)',
  ),
);

/** `--MM-DD` naming a real day of some year (29 February included). */
export function isRealMonthDay(value: string): boolean {
  const match = /^--(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [month, day] = [Number(match[1]), Number(match[2])];
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(2024, month, 0)).getUTCDate();
}

const ids = v.pipe(
  idList,
  v.minLength(1, 'must name at least one document'),
  v.maxLength(100_000, 'must name at most 100,000 documents'),
);
const optionalText = (max: number) => v.optional(v.nullable(v.pipe(text(max), v.trim())));

/** The fields a researcher may set; null clears a field (title cannot be cleared). */
export const documentFields = v.strictObject({
  title: v.optional(v.pipe(text(1000), v.trim(), v.minLength(1, 'must not be empty'))),
  published_at: v.optional(v.nullable(partialDate)),
  source: optionalText(300),
  author: optionalText(500),
  place: optionalText(200),
  language: v.optional(
    v.nullable(
      v.pipe(
        v.string('must be a language code'),
        v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'must be a language code like en, de or pt-BR'),
      ),
    ),
  ),
  url: optionalText(4000),
  section: optionalText(300),
});

/** What narrows the library; new parts (e.g. one row per story) join here. */
export const documentFilter = v.strictObject({
  text: v.optional(text(200)),
  source: v.optional(text(500)),
  language: v.optional(text(20)),
  /** Only these documents (e.g. the ones an import just added). */
  ids: v.optional(v.pipe(idList, v.maxLength(1000, 'must list at most 1,000 ids'))),
  /** The trash instead of the library. */
  trash: v.optional(v.boolean('must be true or false')),
  /** One row per story: reprints and re-posts of one text show as its first document. */
  one_per_story: v.optional(v.boolean('must be true or false')),
});

/** Argument schemas of the project and document commands. */
export const documentSchemas = {
  'project-info': none,
  /**
   * One page of the library, sorted and filtered in SQLite: by position (`offset`, for a
   * virtualised table that jumps) or after a row (`after`: the last id of the previous page).
   */
  'documents-page': v.strictObject({
    sort: v.optional(sortKey),
    direction: v.optional(sortDirection),
    filter: v.optional(documentFilter),
    offset: v.optional(offset),
    after: v.optional(id),
    limit: v.optional(intRange(1, 1000)),
    /** false: skip counting (the caller knows the total for this filter); `total` is then null. */
    count: v.optional(v.boolean('must be true or false')),
  }),
  'documents-overview': none,
  'documents-list': v.strictObject({
    sort: v.optional(sortKey),
    direction: v.optional(sortDirection),
    /** The trash instead of the library. */
    trash: v.optional(v.boolean('must be true or false')),
    /** One row per story: reprints and re-posts of one text show as its first document. */
    one_per_story: v.optional(v.boolean('must be true or false')),
  }),
  'documents-get': v.strictObject({ id }),
  /** Sets fields of one or many documents (bulk edit); every set field counts as the user's. */
  'documents-update': v.strictObject({
    ids,
    set: documentFields,
    /** Fields to give back to what the import found (undoing the user's edit). */
    reset: v.optional(
      v.array(
        v.picklist(['title', 'published_at', 'source', 'author', 'place', 'language', 'url', 'section']),
      ),
    ),
  }),
  /** Moves documents to the trash (out of the library and search); documents-restore brings them back. */
  'documents-delete': v.strictObject({ ids }),
  'documents-restore': v.strictObject({ ids }),
  /**
   * Marks a paragraph of a document as boilerplate or as article text; the choice becomes a rule
   * for every document of the same source. `auto` removes the researcher's rule.
   */
  'boilerplate-mark': v.strictObject({
    document_id: id,
    text: v.pipe(text(20_000), v.minLength(1, 'must not be empty')),
    verdict: v.picklist(['boilerplate', 'content', 'auto'], 'must be boilerplate, content or auto'),
  }),
  /** The boilerplate rules of a source (learnt and the researcher's). */
  'boilerplate-rules': v.strictObject({ source: text(300) }),
};
