import { kwicCsv } from '../../shared/search/kwicCsv';
import { unrankedNotice } from '../../shared/search/unrankedNotice';
import { publicFields, printJson, stringOption, type CliCommand } from '../CliCommand';
import { markHighlights } from '../markHighlights';

export const searchCommand: CliCommand = {
  usage:
    'search "<query>"      ranked full-text search (--limit N --offset N --sort rank|date --facets); --kwic [--csv] [--width N] for a concordance.\n' +
    '                        Words, "phrases", prefix*, -exclude, a OR b, (groups), a NEAR/5 b; filters lang:de source: author:\n' +
    '                        date:2022-06..2022-08 tag:Actors/Russia speaker:Lavrov has:quote in:title|body|notes\n' +
    '                        --save NAME keeps the search in the project; --saved NAME runs it (words after it narrow it)',
  async run({ workbench, args, options, json }) {
    let query = args.join(' ');
    const savedName = stringOption(options, 'saved');
    const saveAs = stringOption(options, 'save');
    if (savedName !== undefined) {
      const saved = await workbench.call('saved-searches-list', {});
      const found = saved.find((item) => item.name.toLowerCase() === savedName.trim().toLowerCase());
      if (!found)
        throw new Error(
          saved.length > 0
            ? `No saved search is named "${savedName}". Saved: ${saved.map((item) => item.name).join('; ')}.`
            : `No saved search is named "${savedName}"; this project has none yet (save one with --save NAME).`,
        );
      query = [found.query, query].filter(Boolean).join(' ');
    }
    if (saveAs !== undefined) {
      const saved = await workbench.call('saved-searches-save', { query, name: saveAs });
      if (!json) console.log(`Saved "${saved.query}" as "${saved.name}".`);
    }
    const number = (name: string) => {
      const value = stringOption(options, name);
      return value === undefined ? {} : { [name]: Number(value) };
    };
    const sort = stringOption(options, 'sort');
    if (sort !== undefined && sort !== 'rank' && sort !== 'date')
      throw new Error('--sort takes rank or date.');
    if (options.has('kwic')) {
      const kwic = await workbench.call('search-kwic', {
        query,
        ...number('limit'),
        ...number('width'),
        ...(sort ? { sort } : {}),
      });
      if (options.has('csv')) process.stdout.write(kwicCsv(kwic.lines));
      else if (json) printJson(kwic);
      else {
        const left = Math.max(0, ...kwic.lines.map((line) => line.left.trimEnd().length));
        for (const line of kwic.lines)
          console.log(
            `${line.left.trimEnd().padStart(left)} [${line.hit}] ${line.right.trimStart()}   #${line.document_id}`,
          );
        console.log(
          `\n${kwic.lines.length}${kwic.truncated ? '+' : ''} occurrences in ${kwic.documents} documents (${kwic.elapsed_ms} ms)`,
        );
      }
      return 0;
    }
    const result = await workbench.call('search', {
      query,
      ...number('limit'),
      ...number('offset'),
      ...(sort ? { sort } : {}),
    });
    const facets = options.has('facets') ? await workbench.call('search-facets', { query }) : null;
    if (json) {
      printJson({
        query: result.query,
        total: result.total,
        hits: result.hits.map((hit) => ({ ...publicFields(hit), snippet: hit.snippet, score: hit.score })),
        ...(result.notes.length > 0
          ? { notes: result.notes.map(({ id, title, snippet }) => ({ id, title, snippet })) }
          : {}),
        ...(facets ? { facets } : {}),
        ...(result.unranked ? { unranked: result.unranked } : {}),
      });
      return 0;
    }
    for (const hit of result.hits) {
      console.log(
        `#${hit.id} ${hit.title} — ${hit.source ?? 'unknown source'}, ${hit.published_at ?? 'no date'}\n   ${markHighlights(hit.snippet, hit.highlights)}\n`,
      );
    }
    for (const note of result.notes)
      console.log(`note #${note.id} ${note.title}\n   ${markHighlights(note.snippet, note.highlights)}\n`);
    const notes =
      result.notes.length > 0
        ? ` and ${result.notes.length} ${result.notes.length === 1 ? 'note' : 'notes'}`
        : '';
    console.log(`${result.total} documents${notes} match "${query}" (${result.elapsed_ms} ms)`);
    const offset = Number(stringOption(options, 'offset') ?? 0);
    const shown = result.hits.length;
    if (result.total > offset + shown && shown > 0)
      console.log(
        `Showing ${offset + 1}–${offset + shown}: --offset ${offset + shown} for the next ${Math.min(shown, result.total - offset - shown)}, --limit N for more at once.`,
      );
    if (result.unranked) console.log(unrankedNotice(query, result.unranked.share));
    if (facets) {
      for (const [name, counts] of Object.entries({
        language: facets.language,
        source: facets.source,
        year: facets.year,
        month: facets.month,
        tag: facets.tag,
      }))
        if (counts.length > 0)
          console.log(`  ${name}: ${counts.map((c) => `${c.label} ${c.count}`).join(' · ')}`);
    }
    return 0;
  },
};
