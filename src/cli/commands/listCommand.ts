import type { SortKey } from '../../shared/model';
import { publicFields, stringOption, type CliCommand } from '../CliCommand';
import { formatTable } from '../formatTable';
import { forEachPage, moreLine, PAGING_USAGE, pagingOptions } from '../paging';

export const listCommand: CliCommand = {
  usage: `list                  list the documents (--sort title|published_at|source|language|imported_at, --asc, ${PAGING_USAGE})`,
  async run({ workbench, options, json }) {
    const sort = stringOption(options, 'sort') as SortKey | undefined;
    const direction = options.has('asc') ? 'asc' : 'desc';
    const paging = pagingOptions(options, json);
    // Page by page (keyset): 100,000 documents print without holding them all in memory.
    let printed = false;
    if (json) process.stdout.write('[');
    const { shown, total } = await forEachPage(
      paging,
      1000,
      (request) => workbench.call('documents-page', { ...(sort ? { sort } : {}), direction, ...request }),
      (rows, first) => {
        if (json) {
          const items = rows.map((doc) => JSON.stringify(publicFields(doc), null, 2).replace(/\n/g, '\n  '));
          if (items.length > 0) process.stdout.write(`${printed ? ',' : ''}\n  ${items.join(',\n  ')}`);
          printed ||= items.length > 0;
          return;
        }
        const table = formatTable(
          ['ID', 'DATE', 'LANG', 'SOURCE', 'TITLE'],
          rows.map((d) => [String(d.id), d.published_at ?? '—', d.language ?? '?', d.source ?? '—', d.title]),
          [6, 10, 4, 20, 70],
          true,
        );
        // The header once, at the top.
        process.stdout.write(`${first ? table : table.slice(table.indexOf('\n') + 1)}\n`);
      },
    );
    if (json) process.stdout.write(printed ? '\n]\n' : ']\n');
    else console.log(moreLine('Documents', paging, shown, total) ?? `${total ?? shown} documents`);
    return 0;
  },
};
