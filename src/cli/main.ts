#!/usr/bin/env node
/**
 * `lectern` — the project from a terminal: import, list, search, serve. Runs on the core directly.
 * Every command takes --db FILE (default: the app's own default project) and --json for scripts.
 */
import { join, resolve } from 'node:path';
import { toErrorData } from '../shared/errors';
import type { DocumentSummary } from '../shared/model';
import { defaultProjectPath, openDefaultProject } from '../core/project/defaultProject';
import { Workbench } from '../core/workbench';
import { startServer } from '../server/startServer';
import { formatTable } from './formatTable';
import { parseArgs } from './parseArgs';

const REPO_ROOT = resolve(__dirname, '..', '..');
const SAMPLE_DIR = join(REPO_ROOT, 'resources', 'sample');
const USAGE = `Usage: lectern <command> [options]

  import <path…>        import .txt/.md files and folders (recursively)
  list                  list the documents (--sort title|published_at|source|language|imported_at, --asc)
  search "<query>"      ranked full-text search (--limit N); words, "phrases", prefix*, -exclude, a OR b
  serve                 serve the app on http://127.0.0.1 (--port N); prints the URL with its access token

Options for every command:
  --db FILE             the project database (default: ${defaultProjectPath()})
  --json                machine-readable output with stable field names`;

/** Stable, documented field names for --json output. */
function publicFields(doc: DocumentSummary) {
  const { id, title, published_at, source, author, language } = doc;
  return { id, title, published_at, source, author, language };
}

async function main(argv: string[]): Promise<number> {
  const { positional, options } = parseArgs(argv, ['json', 'asc', 'help']);
  const [command, ...rest] = positional;
  if (!command || options.has('help') || command === 'help') {
    console.log(USAGE);
    return command || options.has('help') ? 0 : 1;
  }
  const json = options.has('json');
  const dbOption = options.get('db');
  const open = () =>
    typeof dbOption === 'string' ? new Workbench(resolve(dbOption)) : openDefaultProject({ sampleDir: SAMPLE_DIR });

  switch (command) {
    case 'import': {
      if (rest.length === 0) throw new Error('Name at least one file or folder to import.');
      const workbench = open();
      const report = await workbench.call('import-paths', { paths: rest });
      workbench.close();
      if (json) {
        const ids = report.outcomes.flatMap((outcome) => (outcome.status === 'imported' ? [outcome.id] : []));
        const reopened = new Workbench(workbench.path);
        const docs = (await reopened.call('documents-list', {})).filter((doc) => ids.includes(doc.id));
        reopened.close();
        console.log(JSON.stringify({ ...report, documents: docs.map(publicFields) }, null, 2));
      } else {
        for (const outcome of report.outcomes) {
          const mark = outcome.status === 'imported' ? '✓' : outcome.status === 'duplicate' ? '=' : '✗';
          const text = outcome.status === 'imported' ? `#${outcome.id} ${outcome.title}` : outcome.message;
          console.log(`${mark} ${outcome.file}: ${text}`);
        }
        console.log(
          `${report.imported} imported, ${report.duplicates} duplicates skipped, ${report.failed} failed (${report.elapsed_ms} ms) → ${workbench.path}`,
        );
      }
      return report.failed > 0 ? 2 : 0;
    }
    case 'list': {
      const workbench = open();
      const sort = options.get('sort');
      const docs = await workbench.call('documents-list', {
        ...(typeof sort === 'string' ? { sort: sort as never } : {}),
        direction: options.has('asc') ? 'asc' : 'desc',
      });
      workbench.close();
      if (json) console.log(JSON.stringify(docs.map(publicFields), null, 2));
      else
        console.log(
          formatTable(
            ['ID', 'DATE', 'LANG', 'SOURCE', 'TITLE'],
            docs.map((d) => [String(d.id), d.published_at ?? '—', d.language ?? '?', d.source ?? '—', d.title]),
            [6, 10, 4, 20, 70],
          ),
        );
      return 0;
    }
    case 'search': {
      const query = rest.join(' ');
      const workbench = open();
      const limit = options.get('limit');
      const result = await workbench.call('search', { query, ...(typeof limit === 'string' ? { limit: Number(limit) } : {}) });
      workbench.close();
      if (json) {
        console.log(
          JSON.stringify(
            {
              query: result.query,
              total: result.total,
              hits: result.hits.map((hit) => ({ ...publicFields(hit), snippet: hit.snippet, score: hit.score })),
            },
            null,
            2,
          ),
        );
      } else {
        for (const hit of result.hits) {
          const snippet = markHighlights(hit.snippet, hit.highlights);
          console.log(`#${hit.id} ${hit.title} — ${hit.source ?? 'unknown source'}, ${hit.published_at ?? 'no date'}\n   ${snippet}\n`);
        }
        console.log(`${result.total} documents match "${query}" (${result.elapsed_ms} ms)`);
      }
      return 0;
    }
    case 'serve': {
      const workbench = open();
      const portOption = options.get('port');
      const server = await startServer({
        workbench,
        staticDir: join(REPO_ROOT, 'out', 'renderer'),
        ...(typeof portOption === 'string' ? { port: Number(portOption) } : {}),
      });
      if (json) console.log(JSON.stringify({ url: server.url, port: server.port, db: workbench.path }));
      else console.log(`Lectern is serving ${workbench.path}\nOpen ${server.url}\n(Ctrl+C stops it)`);
      const stop = async () => {
        await server.close();
        workbench.close();
        process.exit(0);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      return new Promise<number>(() => {});
    }
    default:
      throw new Error(`Unknown command "${command}".\n\n${USAGE}`);
  }
}

function markHighlights(snippet: string, highlights: Array<[number, number]>): string {
  const bold = process.stdout.isTTY ? ['\x1b[1;33m', '\x1b[0m'] : ['[', ']'];
  let out = '';
  let at = 0;
  for (const [start, end] of highlights) {
    out += snippet.slice(at, start) + bold[0] + snippet.slice(start, end) + bold[1];
    at = end;
  }
  return out + snippet.slice(at);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const data = toErrorData(error);
    const message = data.code === 'internal' && error instanceof Error ? error.message : data.message;
    if (process.argv.includes('--json')) console.error(JSON.stringify({ error: { ...data, message } }));
    else console.error(`lectern: ${message}`);
    process.exit(1);
  },
);

