import type { Drill } from '../../shared/analysis';
import { toCsv } from '../../shared/csv';
import { printJson, stringOption, type CliCommand } from '../CliCommand';
import { formatTable } from '../formatTable';

const drillText = (drill: Drill) => ('query' in drill ? drill.query : `#${drill.document_id}`);

/** One table per view: header and rows, shared by the text, --csv and --json outputs. */
type Table = { header: string[]; rows: Array<Array<string | number>> };

export const statsCommand: CliCommand = {
  usage:
    'stats frequency|matrix|cooccurrence|words ["<query>"]   analysis tables (--json, --csv):\n' +
    '                        frequency [--tag T] [--by year|month|week] [--split none|source|language]; matrix [--columns source|document|speaker|language];\n' +
    '                        cooccurrence [--scope overlap|paragraph|document]; matrix and cooccurrence count sub-tags with their tag\n' +
    '                        (Actors counts Actors/Russia) unless --no-subtags; words (frequencies and keywords of the matches)',
  async run({ workbench, args, options, json }) {
    const [view, ...rest] = args;
    const query = rest.join(' ') || undefined;
    const option = (name: string) => stringOption(options, name);
    const subtags = options.has('no-subtags') ? { subtags: false } : {};
    let table: Table;
    let data: unknown;
    if (view === 'frequency') {
      const by = option('by');
      const split = option('split');
      const tag = option('tag');
      const result = await workbench.call('analysis-frequency', {
        ...(query ? { query } : {}),
        ...(tag ? { tag } : {}),
        ...(by ? { by: by as 'year' | 'month' | 'week' } : {}),
        ...(split ? { split: split as 'none' | 'source' | 'language' } : {}),
      });
      data = result;
      table = {
        header: ['period', ...(result.split === 'none' ? [] : [result.split]), result.unit, 'drill'],
        rows: result.rows.map((row) => [
          row.period,
          ...(result.split === 'none' ? [] : [row.group]),
          row.count,
          drillText(row.drill),
        ]),
      };
    } else if (view === 'matrix') {
      const columns = option('columns');
      const result = await workbench.call('analysis-matrix', {
        ...(query ? { query } : {}),
        ...(columns ? { columns: columns as 'source' | 'document' | 'speaker' | 'language' } : {}),
        ...subtags,
      });
      data = result;
      const count = new Map(result.cells.map((cell) => [`${cell.tag}\u0000${cell.column}`, cell.count]));
      table = {
        header: ['tag', ...result.columns],
        rows: result.tags.map((tag) => [
          tag,
          ...result.columns.map((column) => count.get(`${tag}\u0000${column}`) ?? 0),
        ]),
      };
    } else if (view === 'cooccurrence') {
      const scope = option('scope');
      const result = await workbench.call('analysis-cooccurrence', {
        ...(query ? { query } : {}),
        ...(scope ? { scope: scope as 'overlap' | 'paragraph' | 'document' } : {}),
        ...subtags,
      });
      data = result;
      table = {
        header: ['tag', 'tag', result.scope, 'drill'],
        rows: result.pairs.map((p) => [p.a, p.b, p.count, drillText(p.drill)]),
      };
    } else if (view === 'words') {
      if (!query)
        throw new Error('stats words needs a query: the documents whose words to count (e.g. "lang:de").');
      const result = await workbench.call('analysis-words', { query });
      data = result;
      table = {
        header: ['word', 'count', 'per_10k', 'corpus_count', 'keyness'],
        rows: result.frequent.map((w) => [w.word, w.count, w.per_10k, w.corpus_count, w.keyness]),
      };
    } else {
      throw new Error('stats needs a view: frequency, matrix, cooccurrence or words.');
    }
    if (options.has('csv')) process.stdout.write(toCsv(table.header, table.rows));
    else if (json) printJson(data);
    else
      console.log(
        formatTable(
          table.header,
          table.rows.map((row) => row.map(String)),
          [40, 40, 40, 60],
        ),
      );
    return 0;
  },
};
