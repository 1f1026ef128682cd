import { printJson, stringOption, type CliCommand } from '../CliCommand';

export const exportCommand: CliCommand = {
  usage:
    'export markdown      notes as Markdown files (--out DIR, --note ID[,ID…], --links wiki|relative, --with-sources)',
  async run({ workbench, args, options, json }) {
    if (args[0] !== 'markdown') throw new Error('Say what to export: `lectern export markdown --out DIR`.');
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
  },
};
