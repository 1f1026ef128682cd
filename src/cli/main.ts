#!/usr/bin/env node
/**
 * `lectern` — the project from a terminal. Runs on the core directly; every command takes
 * --db FILE (default: the app's own default project) and --json for scripts.
 */
import { resolve } from 'node:path';
import { toErrorData } from '../shared/errors';
import { defaultProjectPath, openDefaultProject } from '../core/project/defaultProject';
import { Workbench } from '../core/workbench';
import type { CliCommand } from './CliCommand';
import { autocodeCommand } from './commands/autocodeCommand';
import { docCommand } from './commands/docCommand';
import { entitiesCommand } from './commands/entitiesCommand';
import { backupsUsage, runBackups } from './commands/backupsCommand';
import { exportCommand } from './commands/exportCommand';
import { importCommand } from './commands/importCommand';
import { listCommand } from './commands/listCommand';
import { noteCommand } from './commands/noteCommand';
import { passagesCommand } from './commands/passagesCommand';
import { quotesCommand } from './commands/quotesCommand';
import { searchCommand } from './commands/searchCommand';
import { statsCommand } from './commands/statsCommand';
import { serveCommand } from './commands/serveCommand';
import { tagsCommand } from './commands/tagsCommand';
import { tagCommand } from './commands/tagCommand';
import { codeCommand } from './commands/codeCommand';
import { mergeCommand } from './commands/mergeCommand';
import { agreementCommand } from './commands/agreementCommand';
import { parseArgs } from './parseArgs';
import { SAMPLE_DIR } from './paths';

const COMMANDS: Record<string, CliCommand> = {
  import: importCommand,
  list: listCommand,
  doc: docCommand,
  search: searchCommand,
  stats: statsCommand,
  tags: tagsCommand,
  tag: tagCommand,
  code: codeCommand,
  merge: mergeCommand,
  agreement: agreementCommand,
  passages: passagesCommand,
  quotes: quotesCommand,
  entities: entitiesCommand,
  autocode: autocodeCommand,
  note: noteCommand,
  export: exportCommand,
  serve: serveCommand,
};
const SWITCHES = [
  'json',
  'asc',
  'help',
  'no-subtags',
  'orphaned',
  'dry-run',
  'with-sources',
  'kwic',
  'facets',
  'csv',
  'top',
  'typos',
  'latest',
];

const usage = () => `Usage: lectern <command> [options]

${Object.values(COMMANDS)
  .map((command) => '  ' + command.usage)
  .join('\n')}
  ${backupsUsage}

Options for every command:
  --db FILE             the project database (default: ${defaultProjectPath()})
  --json                machine-readable output with stable field names`;

async function main(argv: string[]): Promise<number> {
  const { positional, options } = parseArgs(argv, SWITCHES);
  const [name, ...args] = positional;
  if (!name || options.has('help') || name === 'help') {
    console.log(usage());
    return name || options.has('help') ? 0 : 1;
  }
  const command = COMMANDS[name];
  const db = options.get('db');
  if (db === true) throw new Error('--db needs a file name.');
  if (name === 'backups')
    return runBackups(db ? resolve(db) : defaultProjectPath(), args, options, options.has('json'));
  if (!command) throw new Error(`Unknown command "${name}".\n\n${usage()}`);
  const workbench = db ? new Workbench(resolve(db)) : await openDefaultProject({ sampleDir: SAMPLE_DIR });
  try {
    return await command.run({ workbench, args, options, json: options.has('json') });
  } finally {
    if (command !== serveCommand) workbench.close();
  }
}

/**
 * Exits once what was written to stdout and stderr has gone out: writes to a pipe are
 * asynchronous, and exiting at once cut a long report short (`lectern import … | less`).
 */
function exitAfterOutput(code: number): void {
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

main(process.argv.slice(2)).then(
  (code) => exitAfterOutput(code),
  (error: unknown) => {
    const data = toErrorData(error);
    const message = data.code === 'internal' && error instanceof Error ? error.message : data.message;
    if (process.argv.includes('--json')) console.error(JSON.stringify({ error: { ...data, message } }));
    else console.error(`lectern: ${message}`);
    exitAfterOutput(1);
  },
);
