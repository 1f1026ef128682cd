import * as v from 'valibot';
import type { ArgsOf, Command } from '../shared/api';
import { LecternError } from '../shared/errors';
import { commandSchemas } from '../shared/schemas/commandSchemas';

type Check = (args: Record<string, unknown>) => string | null;

const isString = (value: unknown) => typeof value === 'string';
const optional = (value: unknown, test: (v: unknown) => boolean) => value === undefined || test(value);
const oneOf =
  (...options: string[]) =>
  (value: unknown) =>
    typeof value === 'string' && options.includes(value);
const positiveInt = (value: unknown) => Number.isSafeInteger(value) && (value as number) > 0;
const offset = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
const idList = (value: unknown) => Array.isArray(value) && value.every(positiveInt);
const nullable = (test: (v: unknown) => boolean) => (value: unknown) => value === null || test(value);
const isoDate = (value: unknown) => typeof value === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value);
const scope = oneOf('match', 'sentence', 'paragraph');

/** Checks each listed field (undefined allowed unless `required`) and names the first bad one. */
function fields(spec: Record<string, [(v: unknown) => boolean, string, 'required'?]>): Check {
  return (a) => {
    for (const [name, [test, what, required]] of Object.entries(spec)) {
      const value = a[name];
      if (value === undefined ? required === 'required' : !test(value)) return `${name} must be ${what}`;
    }
    return null;
  };
}
const ID = [positiveInt, 'a positive whole number', 'required'] as [typeof positiveInt, string, 'required'];
// Note JSON can be large (20,000 words with hundreds of quotes): 50 MB is far beyond that.
const NOTE_JSON = [
  (v: unknown) => isString(v) && (v as string).length <= 50_000_000,
  'Lexical JSON text',
] as [(v: unknown) => boolean, string];
const TEXT = (max: number) =>
  [(v: unknown) => isString(v) && (v as string).length <= max, `text of at most ${max} characters`] as [
    (v: unknown) => boolean,
    string,
  ];

type SchemaCommand = keyof typeof commandSchemas;

/**
 * Hand-written checks of the commands that have no schema in src/shared/schemas yet (being
 * replaced area by area). The boundary never trusts the renderer or an HTTP client.
 */
const CHECKS: Record<Exclude<Command, SchemaCommand>, Check> = {
  search: (a) =>
    !isString(a.query)
      ? 'query must be text'
      : (a.query as string).length > 1000
        ? 'query is longer than 1,000 characters'
        : optional(a.limit, (v) => positiveInt(v) && (v as number) <= 10_000)
          ? null
          : 'limit must be a whole number from 1 to 10,000',
  'import-paths': (a) =>
    Array.isArray(a.paths) && a.paths.every(isString) ? null : 'paths must be a list of file or folder paths',
  'import-uploads': (a) =>
    Array.isArray(a.files) &&
    a.files.every((f) => typeof f === 'object' && f !== null && isString(f.name) && isString(f.data_base64))
      ? null
      : 'files must be a list of { name, data_base64 }',
  'tags-list': () => null,
  'tags-create': fields({
    name: [isString, 'text', 'required'],
    parent_id: [nullable(positiveInt), 'a tag id or null'],
    color: [isString, 'a colour like #1c7ed6'],
    memo: TEXT(100_000),
  }),
  'tags-update': fields({
    id: ID,
    name: [isString, 'text'],
    color: [isString, 'a colour like #1c7ed6'],
    memo: TEXT(100_000),
  }),
  'tags-move': (a) =>
    a.parent_id === undefined
      ? 'parent_id must be a tag id or null'
      : fields({
          id: ID,
          parent_id: [nullable(positiveInt), 'a tag id or null'],
          before_id: [nullable(positiveInt), 'a tag id or null'],
        })(a),
  'tags-merge': fields({ id: ID, into_id: ID }),
  'tags-delete': fields({ id: ID }),
  'passages-for-document': fields({ document_id: ID }),
  'passages-create': fields({
    document_id: ID,
    start: [offset, 'an offset (0 or more)', 'required'],
    end: [offset, 'an offset (0 or more)', 'required'],
    tag_ids: [idList, 'a list of tag ids'],
    kind: [oneOf('quote', 'highlight'), 'quote or highlight'],
    speaker: [nullable(isString), 'text or null'],
    memo: TEXT(100_000),
  }),
  'passages-update': fields({
    id: ID,
    start: [offset, 'an offset (0 or more)'],
    end: [offset, 'an offset (0 or more)'],
    memo: TEXT(100_000),
    speaker: [nullable(isString), 'text or null'],
    kind: [oneOf('quote', 'highlight'), 'quote or highlight'],
  }),
  'passages-set-tags': fields({
    id: ID,
    add: [idList, 'a list of tag ids'],
    remove: [idList, 'a list of tag ids'],
  }),
  'passages-delete': fields({ id: ID }),
  'passages-list': fields({
    tag_id: [positiveInt, 'a tag id'],
    include_subtags: [(v) => typeof v === 'boolean', 'true or false'],
    speaker: [isString, 'text'],
    kind: [oneOf('quote', 'highlight'), 'quote or highlight'],
    document_id: [positiveInt, 'a document id'],
    source: [isString, 'text'],
    date_from: [isoDate, 'a date like 2022 or 2022-06 or 2022-06-27'],
    date_to: [isoDate, 'a date like 2022 or 2022-06 or 2022-06-27'],
    status: [oneOf('anchored', 'orphaned'), 'anchored or orphaned'],
    offset: [offset, 'an offset (0 or more)'],
    limit: [(v) => positiveInt(v) && (v as number) <= 10_000, 'a whole number from 1 to 10,000'],
  }),
  'passages-reattach': fields({
    id: ID,
    start: [offset, 'an offset', 'required'],
    end: [offset, 'an offset', 'required'],
  }),
  'coding-undo': () => null,
  'coding-redo': () => null,
  'coding-undo-state': () => null,
  'autocode-preview': fields({
    query: [isString, 'text', 'required'],
    scope: [scope, 'match, sentence or paragraph'],
    tag_id: [positiveInt, 'a tag id'],
  }),
  'autocode-apply': fields({
    query: [isString, 'text', 'required'],
    scope: [scope, 'match, sentence or paragraph'],
    tag_id: ID,
  }),
  'documents-reimport': fields({ id: ID }),
  'notes-list': fields({
    query: TEXT(1000),
    sort: [oneOf('updated', 'title'), 'updated or title'],
    trash: [(v) => typeof v === 'boolean', 'true or false'],
  }),
  'notes-get': fields({ id: ID }),
  'notes-create': fields({ title: TEXT(300), lexical_json: NOTE_JSON }),
  'notes-save': fields({
    id: ID,
    lexical_json: [...NOTE_JSON, 'required'] as [(v: unknown) => boolean, string, 'required'],
    title: TEXT(300),
  }),
  'notes-rename': fields({
    id: ID,
    title: [...TEXT(300), 'required'] as [(v: unknown) => boolean, string, 'required'],
  }),
  'notes-delete': fields({ id: ID }),
  'notes-restore': fields({ id: ID }),
  'notes-purge': fields({ id: ID }),
  'notes-revisions': fields({ id: ID }),
  'notes-revision-restore': fields({ revision_id: ID }),
  'notes-backlinks': fields({
    note_id: [positiveInt, 'a note id'],
    document_id: [positiveInt, 'a document id'],
    passage_id: [positiveInt, 'a passage id'],
    tag_id: [positiveInt, 'a tag id'],
  }),
  'notes-link-targets': fields({
    query: [...TEXT(300), 'required'] as [(v: unknown) => boolean, string, 'required'],
    limit: [(v) => positiveInt(v) && (v as number) <= 200, 'a whole number from 1 to 200'],
  }),
  'notes-resolve-link': fields({
    title: [...TEXT(300), 'required'] as [(v: unknown) => boolean, string, 'required'],
  }),
  'passages-citations': fields({
    ids: [
      (v) => idList(v) && (v as unknown[]).length <= 10_000,
      'a list of up to 10,000 passage ids',
      'required',
    ],
  }),
  'notes-markdown': fields({ id: ID, links: [oneOf('wiki', 'relative'), 'wiki or relative'] }),
  'notes-export-markdown': fields({
    out_dir: [(v) => isString(v) && (v as string).trim() !== '', 'a folder path', 'required'],
    note_ids: [idList, 'a list of note ids'],
    links: [oneOf('wiki', 'relative'), 'wiki or relative', 'required'],
    with_sources: [(v) => typeof v === 'boolean', 'true or false'],
  }),
  'notes-import-markdown': fields({
    name: [isString, 'a file name', 'required'],
    markdown: [...TEXT(50_000_000), 'required'] as [(v: unknown) => boolean, string, 'required'],
  }),
};

/** Returns the arguments typed, or throws an invalid-argument error naming what is wrong. */
export function validateArgs<C extends Command>(command: C, args: unknown): ArgsOf<C> {
  const value = args ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new LecternError('invalid-argument', `${command}: the arguments must be an object.`);
  }
  const schema = (commandSchemas as Partial<Record<Command, v.GenericSchema>>)[command];
  if (schema) {
    const result = v.safeParse(schema, value);
    if (!result.success)
      throw new LecternError('invalid-argument', `${command}: ${describeIssue(result.issues[0])}.`);
    return result.output as ArgsOf<C>;
  }
  const problem = CHECKS[command as Exclude<Command, SchemaCommand>](value as Record<string, unknown>);
  if (problem) throw new LecternError('invalid-argument', `${command}: ${problem}.`);
  return value as ArgsOf<C>;
}

/** "sort must be title, …" — the field's path and what it must be, or the unknown key's name. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  if (issue.type === 'strict_object' && issue.expected === 'never')
    return `${path} is not an argument of this command`;
  if (issue.type === 'strict_object' && issue.received === 'undefined') return `${path} is required`;
  return path ? `${path} ${issue.message}` : issue.message;
}
