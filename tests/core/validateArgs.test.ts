// Every command of the contract is checked at the boundary by its schema: a wrong type and an
// unknown key are refused with invalid-argument naming the field, and valid arguments pass. The
// loop is over the runtime `commands` list, so a command added without a schema fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commands, type Command } from '../../src/shared/api';
import { LecternError } from '../../src/shared/errors';
import { commandSchemas } from '../../src/shared/schemas/commandSchemas';
import { validateArgs } from '../../src/core/validateArgs';
import { minimalArgs } from '../fixtures/minimalArgs';

const refused = (command: Command, args: unknown, pattern: RegExp) =>
  assert.throws(
    () => validateArgs(command, args),
    (error: unknown) =>
      error instanceof LecternError && error.code === 'invalid-argument' && pattern.test(error.message),
    `${command} accepted ${JSON.stringify(args)}`,
  );

/** A value of another type than `value`: text for a number, a number for text, … */
function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 12;
  if (typeof value === 'number') return 'twelve';
  if (typeof value === 'boolean') return 'yes';
  if (Array.isArray(value)) return 'not a list';
  if (value === null) return 'null';
  return 7;
}

test('every command of the contract has a schema', () => {
  const missing = commands.filter((command) => !(command in commandSchemas));
  assert.deepEqual(missing, [], 'commands without an argument schema');
});

test('every command accepts its valid arguments', () => {
  const args = minimalArgs();
  for (const command of commands) assert.doesNotThrow(() => validateArgs(command, args[command]), command);
});

test('every command refuses an unknown key, naming it', () => {
  const args = minimalArgs();
  for (const command of commands) {
    refused(command, { ...args[command], surprise_key: 1 }, /surprise_key is not an argument/);
  }
});

test('every command refuses a wrong type, for each of its fields or as a whole', () => {
  const args = minimalArgs();
  let fieldChecks = 0;
  for (const command of commands) {
    refused(command, 'not an object', /must be an object/);
    refused(command, [1, 2], /must be an object/);
    const valid = args[command] as Record<string, unknown>;
    for (const [key, value] of Object.entries(valid)) {
      refused(command, { ...valid, [key]: wrongType(value) }, new RegExp(`^${command}: ${key}\\b`));
      fieldChecks++;
    }
  }
  assert.ok(fieldChecks >= 40, `checked ${fieldChecks} fields`);
});

test('impossible dates and out-of-range numbers are refused', () => {
  refused('passages-list', { date_from: '2022-13-45' }, /date_from must be a real date/);
  refused('passages-list', { date_to: '2023-02-29' }, /date_to must be a real date/);
  assert.doesNotThrow(() => validateArgs('passages-list', { date_from: '2024-02-29', date_to: '2024-03' }));
  refused('search', { query: 'x', limit: 0 }, /limit must be 1 or more/);
  refused('search', { query: 'x', limit: 1.5 }, /limit must be a whole number/);
  refused('tags-move', { id: 1 }, /parent_id is required/);
  refused('notes-list', { sort: 'random' }, /sort must be updated or title/);
  refused(
    'import-uploads',
    { files: [{ name: 'a.txt', data_base64: '', path: '/etc/passwd' }] },
    /path is not an argument/,
  );
});
