import { extname } from 'node:path';
import { printJson, stringOption, type CliCommand, type CliRun } from '../CliCommand';
import { resolveTag } from '../resolveTag';

const TABLES = ['passages', 'quotes', 'codebook', 'matrix'] as const;

export const exportCommand: CliCommand = {
  usage: [
    'export markdown      notes as Markdown files (--out DIR, --note ID[,ID…], --links wiki|relative, --with-sources)',
    '  export qdpx --out FILE.qdpx   the project for NVivo, ATLAS.ti, MAXQDA, QualCoder (REFI-QDA)',
    '  export qdc --out FILE.qdc     the codebook (REFI-QDA)',
    '  export csv --what passages|quotes|codebook|matrix --out FILE.csv|FILE.xlsx',
    '                        (passages take the filters of `passages`: --tag, --speaker, --source, --from, --to)',
  ].join('\n'),
  async run(run) {
    const { args } = run;
    switch (args[0]) {
      case 'markdown':
        return exportMarkdown(run);
      case 'qdpx':
      case 'qdc':
        return exportRefi(run, args[0]);
      case 'csv':
      case 'xlsx':
      case 'table':
        return exportTable(run);
      default:
        throw new Error('Say what to export: `lectern export markdown|qdpx|qdc|csv --out …`.');
    }
  },
};

async function exportRefi({ workbench, options, json }: CliRun, kind: 'qdpx' | 'qdc'): Promise<number> {
  const out = stringOption(options, 'out');
  if (!out) throw new Error(`Name the file to write with --out FILE.${kind}.`);
  const report = await workbench.call(kind === 'qdpx' ? 'export-qdpx' : 'export-qdc', { out_path: out });
  if (json) printJson(report);
  else
    console.log(
      kind === 'qdpx'
        ? `Wrote ${report.sources} documents, ${report.codes} codes, ${report.selections} coded passages and ${report.notes} notes to ${report.out_path} (${(report.bytes / 1024).toFixed(0)} KB, ${report.elapsed_ms} ms)`
        : `Wrote ${report.codes} codes to ${report.out_path}`,
    );
  return 0;
}

async function exportTable({ workbench, options, json }: CliRun): Promise<number> {
  const out = stringOption(options, 'out');
  if (!out) throw new Error('Name the file to write with --out FILE.csv or FILE.xlsx.');
  const what = stringOption(options, 'what') ?? 'passages';
  if (!(TABLES as readonly string[]).includes(what))
    throw new Error(`--what is one of ${TABLES.join(', ')}, not "${what}".`);
  const extension = extname(out).toLowerCase();
  if (extension !== '.csv' && extension !== '.xlsx')
    throw new Error(
      `--out must end in .csv or .xlsx (the format follows the name), not "${extension || out}".`,
    );
  const tagOption = stringOption(options, 'tag');
  const tag = tagOption ? resolveTag(tagOption, await workbench.call('tags-list', {})) : undefined;
  const speaker = stringOption(options, 'speaker');
  const source = stringOption(options, 'source');
  const from = stringOption(options, 'from');
  const to = stringOption(options, 'to');
  const filter = {
    ...(tag ? { tag_id: tag.id } : {}),
    ...(options.has('no-subtags') ? { include_subtags: false } : {}),
    ...(speaker ? { speaker } : {}),
    ...(source ? { source } : {}),
    ...(from ? { date_from: from } : {}),
    ...(to ? { date_to: to } : {}),
  };
  const report = await workbench.call('export-table', {
    what: what as (typeof TABLES)[number],
    format: extension === '.xlsx' ? 'xlsx' : 'csv',
    out_path: out,
    ...(Object.keys(filter).length > 0 ? { filter } : {}),
  });
  if (json) printJson(report);
  else console.log(`Wrote ${report.rows} rows of ${what} to ${report.out_path}`);
  return 0;
}

async function exportMarkdown({ workbench, options, json }: CliRun): Promise<number> {
  const out = stringOption(options, 'out');
  if (!out) throw new Error('Name the folder to write to with --out DIR.');
  const links = stringOption(options, 'links') ?? 'wiki';
  if (links !== 'wiki' && links !== 'relative')
    throw new Error('--links is wiki ([[Title]], as Obsidian) or relative (Title.md).');
  const noteOption = stringOption(options, 'note');
  const noteIds = noteOption?.split(',').map((id) => {
    if (!/^\d+$/.test(id.trim()))
      throw new Error(`--note takes note ids (numbers), not "${id}". \`lectern notes\` lists them.`);
    return Number(id);
  });
  const report = await workbench.call('notes-export-markdown', {
    out_dir: out,
    links,
    with_sources: options.has('with-sources'),
    ...(noteIds ? { note_ids: noteIds } : {}),
  });
  if (json) printJson(report);
  else
    console.log(
      `Wrote ${report.notes} notes${report.sources ? ` and ${report.sources} source documents` : ''} to ${report.out_dir} (${report.elapsed_ms} ms)`,
    );
  return 0;
}
