import * as v from 'valibot';
import { id, idList, intRange, isoDate, offset, text } from './common';

export const passageKind = v.picklist(['quote', 'highlight'], 'must be quote or highlight');
const speaker = v.nullable(text(300));
const memo = text(100_000);

/** The passage browser's filter (PassageFilter in model.ts). */
export const passageFilter = {
  tag_id: v.optional(id),
  /** With tag_id: include passages of the tag's descendants (default true). */
  include_subtags: v.optional(v.boolean('must be true or false')),
  speaker: v.optional(text(300)),
  kind: v.optional(passageKind),
  document_id: v.optional(id),
  source: v.optional(text(1000)),
  date_from: v.optional(isoDate),
  date_to: v.optional(isoDate),
  status: v.optional(v.picklist(['anchored', 'orphaned'], 'must be anchored or orphaned')),
  /** Only passages in the documents a search matches (the scope of a chart). */
  query: v.optional(text(1000)),
  /** '' = documents without a language. */
  language: v.optional(text(50)),
  with_tag: v.optional(
    v.strictObject({
      tag_id: id,
      scope: v.picklist(['overlap', 'paragraph', 'document'], 'must be overlap, paragraph or document'),
    }),
  ),
};

/** Argument schemas of the passage commands. */
export const passageSchemas = {
  'passages-for-document': v.strictObject({ document_id: id }),
  'passages-get': v.strictObject({
    ids: v.pipe(v.array(id, 'must be a list of ids'), v.maxLength(1000, 'must list at most 1,000 ids')),
  }),
  /**
   * Moves one end of a passage by one word, from the passage as stored: the step is relative, so
   * quick presses never race a view that has not caught up with the previous answer.
   */
  'passages-nudge': v.strictObject({
    id,
    edge: v.picklist(['start', 'end'], 'must be start or end'),
    direction: v.picklist([-1, 1], 'must be -1 or 1'),
  }),
  'passages-create': v.strictObject({
    document_id: id,
    start: offset,
    end: offset,
    tag_ids: v.optional(idList),
    kind: v.optional(passageKind),
    speaker: v.optional(speaker),
    memo: v.optional(memo),
  }),
  'passages-update': v.strictObject({
    id,
    start: v.optional(offset),
    end: v.optional(offset),
    memo: v.optional(memo),
    speaker: v.optional(speaker),
    kind: v.optional(passageKind),
  }),
  'passages-set-tags': v.strictObject({ id, add: v.optional(idList), remove: v.optional(idList) }),
  'passages-delete': v.strictObject({ id }),
  'passages-list': v.strictObject({
    ...passageFilter,
    offset: v.optional(offset),
    limit: v.optional(intRange(1, 10_000)),
  }),
  'passages-reattach': v.strictObject({ id, start: offset, end: offset }),
  'passages-citations': v.strictObject({
    ids: v.pipe(idList, v.maxLength(10_000, 'must be at most 10,000 passage ids')),
  }),
};
