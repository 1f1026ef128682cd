import * as v from 'valibot';
import type { ArgsOf, Command } from '../shared/api';
import { LecternError } from '../shared/errors';
import { commandSchemas } from '../shared/schemas/commandSchemas';

// Compile-time proof that every command of the Api has a schema.
type Unschemed = Exclude<Command, keyof typeof commandSchemas>;
const everyCommandHasASchema: Unschemed extends never ? true : Unschemed = true;
void everyCommandHasASchema;

/**
 * Returns the arguments typed, or throws an invalid-argument error naming what is wrong. The
 * boundary never trusts the renderer or an HTTP client: every command's schema is strict (unknown
 * keys are refused) and comes from src/shared/schemas, the same place its TypeScript type does.
 */
export function validateArgs<C extends Command>(command: C, args: unknown): ArgsOf<C> {
  const value = args ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new LecternError('invalid-argument', `${command}: the arguments must be an object.`);
  }
  const schema = (commandSchemas as Partial<Record<string, v.GenericSchema>>)[command];
  if (!schema) throw new LecternError('invalid-argument', `${command} is not a command of this version.`);
  const result = v.safeParse(schema, value);
  if (!result.success)
    throw new LecternError('invalid-argument', `${command}: ${describeIssue(result.issues[0])}.`);
  return result.output as ArgsOf<C>;
}

/** "sort must be title, …" — the field's path and what it must be, or the unknown key's name. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  if (issue.type === 'strict_object' && issue.expected === 'never')
    return `${path} is not an argument of this command`;
  if (issue.type === 'strict_object' && issue.received === 'undefined') return `${path} is required`;
  return path ? `${path} ${issue.message}` : issue.message;
}
