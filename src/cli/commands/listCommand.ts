import type { SortKey } from '../../shared/model';
import { publicFields, stringOption, type CliCommand } from '../CliCommand';
import { formatTable } from '../formatTable';

const PAGE = 1000;

export const listCommand: CliCommand = {
  usage:
    'list                  list the documents (--sort title|published_at|source|language|imported_at, --asc)',
  async run({ workbench, options, json }) {
    const sort = stringOption(options, 'sort') as SortKey | undefined;
    const direction = options.has('asc') ? 'asc' : 'desc';
    // Page by page (keyset): 100,000 documents print without holding them all in memory.
    let after: number | undefined;
    let first = true;
    if (json) process.stdout.write('[');
    for (;;) {
      const page = await workbench.call('documents-page', {
        ...(sort ? { sort } : {}),
        direction,
        limit: PAGE,
        ...(after !== undefined ? { after } : {}),
      });
      if (json) {
        const items = page.rows.map((doc) =>
          JSON.stringify(publicFields(doc), null, 2).replace(/\n/g, '\n  '),
        );
        if (items.length > 0) process.stdout.write(`${first ? '' : ','}\n  ${items.join(',\n  ')}`);
      } else {
        const table = formatTable(
          ['ID', 'DATE', 'LANG', 'SOURCE', 'TITLE'],
          page.rows.map((d) => [
            String(d.id),
            d.published_at ?? '—',
            d.language ?? '?',
            d.source ?? '—',
            d.title,
          ]),
          [6, 10, 4, 20, 70],
          true,
        );
        // The header once, at the top.
        process.stdout.write(`${first ? table : table.slice(table.indexOf('\n') + 1)}\n`);
      }
      first = first && page.rows.length === 0;
      if (page.next === null) break;
      after = page.next;
    }
    if (json) process.stdout.write(first ? ']\n' : '\n]\n');
    return 0;
  },
};
