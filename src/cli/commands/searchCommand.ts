import { publicFields, printJson, stringOption, type CliCommand } from '../CliCommand';
import { markHighlights } from '../markHighlights';

export const searchCommand: CliCommand = {
  usage:
    'search "<query>"      ranked full-text search (--limit N); words, "phrases", prefix*, -exclude, a OR b',
  async run({ workbench, args, options, json }) {
    const query = args.join(' ');
    const limit = stringOption(options, 'limit');
    const result = await workbench.call('search', { query, ...(limit ? { limit: Number(limit) } : {}) });
    if (json) {
      printJson({
        query: result.query,
        total: result.total,
        hits: result.hits.map((hit) => ({ ...publicFields(hit), snippet: hit.snippet, score: hit.score })),
      });
      return 0;
    }
    for (const hit of result.hits) {
      console.log(
        `#${hit.id} ${hit.title} — ${hit.source ?? 'unknown source'}, ${hit.published_at ?? 'no date'}\n   ${markHighlights(hit.snippet, hit.highlights)}\n`,
      );
    }
    console.log(`${result.total} documents match "${query}" (${result.elapsed_ms} ms)`);
    return 0;
  },
};
