import * as v from 'valibot';
import { id, idList, intRange, offset, text } from './common';

// Note JSON can be large (20,000 words with hundreds of quotes): 50 MB is far beyond that.
const lexicalJson = text(50_000_000);
const title = text(300);
const linkStyle = v.picklist(['wiki', 'relative'], 'must be wiki or relative');

/** Argument schemas of the note commands. */
export const noteSchemas = {
  'notes-list': v.strictObject({
    query: v.optional(text(1000)),
    sort: v.optional(v.picklist(['updated', 'title'], 'must be updated or title')),
    trash: v.optional(v.boolean('must be true or false')),
  }),
  'notes-page': v.strictObject({
    query: v.optional(text(1000)),
    sort: v.optional(v.picklist(['updated', 'title'], 'must be updated or title')),
    trash: v.optional(v.boolean('must be true or false')),
    offset: v.optional(offset),
    after: v.optional(id),
    limit: v.optional(intRange(1, 500)),
    count: v.optional(v.boolean('must be true or false')),
  }),
  'notes-get': v.strictObject({ id }),
  'notes-create': v.strictObject({ title: v.optional(title), lexical_json: v.optional(lexicalJson) }),
  'notes-save': v.strictObject({ id, lexical_json: lexicalJson, title: v.optional(title) }),
  'notes-rename': v.strictObject({ id, title }),
  'notes-delete': v.strictObject({ id }),
  'notes-restore': v.strictObject({ id }),
  'notes-purge': v.strictObject({ id }),
  'notes-revisions': v.strictObject({ id }),
  'notes-revision-restore': v.strictObject({ revision_id: id }),
  'notes-backlinks': v.strictObject({
    note_id: v.optional(id),
    document_id: v.optional(id),
    passage_id: v.optional(id),
    tag_id: v.optional(id),
  }),
  'notes-link-targets': v.strictObject({ query: title, limit: v.optional(intRange(1, 200)) }),
  'notes-resolve-link': v.strictObject({ title }),
  'notes-markdown': v.strictObject({ id, links: v.optional(linkStyle) }),
  'notes-export-markdown': v.strictObject({
    out_dir: v.pipe(
      text(4096),
      v.check((s) => s.trim() !== '', 'must be a folder path'),
    ),
    note_ids: v.optional(idList),
    links: linkStyle,
    with_sources: v.optional(v.boolean('must be true or false')),
  }),
  'notes-import-markdown': v.strictObject({ name: text(1000), markdown: text(50_000_000) }),
};
