import { FILTER_FIELDS, FILTER_HELP, type FilterField } from '../../../shared/search/searchQuery';

export interface Suggestion {
  /** What the list shows. */
  label: string;
  detail?: string;
  kind: 'filter' | 'value' | 'saved' | 'recent';
  /** The query after choosing it, and where the caret goes. */
  query: string;
  caret: number;
}

const VALUES: Partial<Record<FilterField, string[]>> = {
  lang: ['en', 'de'],
  has: ['quote', 'passage'],
  in: ['title', 'body', 'notes'],
};

/**
 * What the search box offers for the word at the caret: filter names as they are typed (`la` →
 * `lang:`), values after a filter (`tag:Act` → `tag:Actors/Russia`), and in an empty box the
 * saved and recent searches.
 */
export function searchSuggestions(
  query: string,
  caret: number,
  sources: {
    tags: readonly string[];
    saved: ReadonlyArray<{ name: string; query: string }>;
    history: string[];
  },
): Suggestion[] {
  if (query.trim() === '') {
    const savedQueries = new Set(sources.saved.map((saved) => saved.query));
    return [
      ...sources.saved.map((saved): Suggestion => ({
        label: saved.name,
        ...(saved.name !== saved.query ? { detail: saved.query } : {}),
        kind: 'saved',
        query: saved.query,
        caret: saved.query.length,
      })),
      ...sources.history
        .filter((recent) => !savedQueries.has(recent))
        .slice(0, 8)
        .map((recent): Suggestion => ({
          label: recent,
          kind: 'recent',
          query: recent,
          caret: recent.length,
        })),
    ];
  }
  const start = query.slice(0, caret).search(/\S*$/);
  const word = query.slice(start, caret);
  const replace = (text: string, space: boolean) => {
    const after = query.slice(caret).replace(/^\S*/, '');
    const inserted = text + (space && !after.startsWith(' ') ? ' ' : '');
    return { query: query.slice(0, start) + inserted + after, caret: start + inserted.length };
  };
  const negation = word.startsWith('-') ? '-' : '';
  const bare = word.slice(negation.length);
  const field = /^([a-z]+):(.*)$/i.exec(bare);
  if (field) {
    const name = field[1]!.toLowerCase() as FilterField;
    const typed = field[2]!.replace(/^"/, '').toLowerCase();
    const values = name === 'tag' ? sources.tags : (VALUES[name] ?? []);
    return values
      .filter((value) => value.toLowerCase().includes(typed) && value.toLowerCase() !== typed)
      .slice(0, 8)
      .map((value) => {
        const quoted = /[\s,]/.test(value) ? `"${value}"` : value;
        return {
          label: `${name}:${quoted}`,
          kind: 'value',
          ...replace(`${negation}${name}:${quoted}`, true),
        };
      });
  }
  if (/^[a-z]+$/i.test(bare)) {
    return FILTER_FIELDS.filter(
      (name) => name.startsWith(bare.toLowerCase()) && name !== bare.toLowerCase(),
    ).map((name) => ({
      label: `${name}:`,
      detail: FILTER_HELP[name],
      kind: 'filter',
      ...replace(`${negation}${name}:`, false),
    }));
  }
  return [];
}
