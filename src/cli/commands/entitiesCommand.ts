import { printJson, stringOption, type CliCommand } from '../CliCommand';

const KINDS = ['person', 'organisation', 'place'] as const;

export const entitiesCommand: CliCommand = {
  usage:
    'entities              people, organisations and places with their spellings and counts (--kind person|organisation|place, --query NAME, --limit N, --typos)',
  async run({ workbench, options, json }) {
    // Complete answers: documents whose quotations and entities are not read yet are read first.
    await workbench.call('quotations-catch-up', {});
    const kind = stringOption(options, 'kind');
    if (kind !== undefined && !(KINDS as readonly string[]).includes(kind))
      throw new Error(`--kind must be person, organisation or place, not "${kind}".`);
    const typedKind = kind as (typeof KINDS)[number] | undefined;
    if (options.has('typos')) {
      const typos = await workbench.call('entities-typos', typedKind ? { kind: typedKind } : {});
      if (json) printJson(typos);
      else {
        for (const pair of typos)
          console.log(
            `${pair.other.name}  →  ${pair.keep.name}   (${pair.distance} edit${pair.distance === 1 ? '' : 's'}; merge in the Entities pane to confirm)`,
          );
        console.log(`${typos.length} possible misspellings`);
      }
      return 0;
    }
    const query = stringOption(options, 'query');
    const limitText = stringOption(options, 'limit');
    const limit = limitText === undefined ? 50 : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
      throw new Error('--limit must be a whole number from 1 to 1,000.');
    const page = await workbench.call('entities-list', {
      ...(typedKind ? { kind: typedKind } : {}),
      ...(query ? { query } : {}),
      limit,
    });
    if (json) {
      printJson(page);
      return 0;
    }
    for (const entity of page.items) {
      const also = entity.aliases.length > 0 ? `  also ${entity.aliases.join(', ')}` : '';
      const roles = entity.roles.length > 0 ? `  as ${entity.roles.join(', ')}` : '';
      const quotes =
        entity.quotes + entity.suggested > 0
          ? ` · ${entity.quotes} quotes, ${entity.suggested} suggested`
          : '';
      console.log(
        `#${entity.id} ${entity.name} (${entity.kind}) — ${entity.documents} documents, ${entity.mentions} mentions${quotes}${also}${roles}`,
      );
    }
    console.log(`${page.items.length} of ${page.total} entities`);
    return 0;
  },
};
