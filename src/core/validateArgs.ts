import type { ArgsOf, Command } from '../shared/api';
import { LecternError } from '../shared/errors';

type Check = (args: Record<string, unknown>) => string | null;

const isString = (value: unknown) => typeof value === 'string';
const optional = (value: unknown, test: (v: unknown) => boolean) => value === undefined || test(value);
const oneOf = (...options: string[]) => (value: unknown) => typeof value === 'string' && options.includes(value);
const positiveInt = (value: unknown) => Number.isSafeInteger(value) && (value as number) > 0;

/** One check per command: the boundary never trusts the renderer or an HTTP client. */
const CHECKS: Record<Command, Check> = {
  'project-info': () => null,
  'documents-list': (a) =>
    optional(a.sort, oneOf('title', 'published_at', 'source', 'language', 'imported_at')) &&
    optional(a.direction, oneOf('asc', 'desc'))
      ? null
      : 'sort must be title, published_at, source, language or imported_at; direction asc or desc',
  'documents-get': (a) => (positiveInt(a.id) ? null : 'id must be a positive whole number'),
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
};

/** Returns the arguments typed, or throws an invalid-argument error naming what is wrong. */
export function validateArgs<C extends Command>(command: C, args: unknown): ArgsOf<C> {
  const value = args ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new LecternError('invalid-argument', `${command}: the arguments must be an object.`);
  }
  const problem = CHECKS[command](value as Record<string, unknown>);
  if (problem) throw new LecternError('invalid-argument', `${command}: ${problem}.`);
  return value as ArgsOf<C>;
}
