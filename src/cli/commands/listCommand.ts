import type { SortKey } from '../../shared/model';
import { publicFields, printJson, stringOption, type CliCommand } from '../CliCommand';
import { formatTable } from '../formatTable';

export const listCommand: CliCommand = {
  usage:
    'list                  list the documents (--sort title|published_at|source|language|imported_at, --asc)',
  async run({ workbench, options, json }) {
    const sort = stringOption(options, 'sort') as SortKey | undefined;
    const docs = await workbench.call('documents-list', {
      ...(sort ? { sort } : {}),
      direction: options.has('asc') ? 'asc' : 'desc',
    });
    if (json) printJson(docs.map(publicFields));
    else
      console.log(
        formatTable(
          ['ID', 'DATE', 'LANG', 'SOURCE', 'TITLE'],
          docs.map((d) => [String(d.id), d.published_at ?? '—', d.language ?? '?', d.source ?? '—', d.title]),
          [6, 10, 4, 20, 70],
        ),
      );
    return 0;
  },
};
