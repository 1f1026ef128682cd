/** The search language's syntax tree, shared so the search box can show errors and completion without a round trip. */

/** Where a piece of the query stands in what the researcher typed (UTF-16 offsets, end exclusive). */
export interface Span {
  start: number;
  end: number;
}

/** A word or a "phrase": folded words in sequence (Lawrow → lavrov), the last maybe a prefix. */
export interface TermNode extends Span {
  kind: 'term';
  /** The words as typed, lower-cased (the stemmer reads these). */
  raw: string[];
  /** The words folded like the index. */
  words: string[];
  prefix: boolean;
  /** Quoted: only this exact form matches (no stemming, no compound parts). */
  exact: boolean;
}

export type QueryNode =
  | TermNode
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | ({ kind: 'not'; child: QueryNode } & Span)
  | ({ kind: 'near'; terms: TermNode[]; distance: number } & Span);

export const FILTER_FIELDS = ['lang', 'source', 'author', 'date', 'tag', 'speaker', 'has', 'in'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

/** What each filter does, for completion in the search box and for error messages. */
export const FILTER_HELP: Record<FilterField, string> = {
  lang: 'language: lang:de, lang:en,de',
  source: 'outlet: source:Reuters, source:"Die Zeit"',
  author: 'author (part of the byline): author:Smith',
  date: 'publication date: date:2022-06, date:2022-06..2022-08, date:..2021',
  tag: 'coded with a tag or its sub-tags: tag:Diplomacy, tag:Actors/Russia',
  speaker: 'has a quote by a speaker (any spelling): speaker:Lavrov',
  has: 'has:quote (a coded quotation), has:passage (anything coded)',
  in: 'where to look: in:title, in:body, in:notes',
};

export interface QueryFilter extends Span {
  field: FilterField;
  /** The value as typed (quotes removed); lists are split into `values`. */
  value: string;
  values: string[];
  negated: boolean;
  /** For `date:`: inclusive lower bound and exclusive upper bound, as ISO prefixes. */
  from?: string;
  until?: string;
}

export interface QueryError extends Span {
  message: string;
}

export interface SearchQuery {
  /** The text part, or null when only filters were given. */
  text: QueryNode | null;
  filters: QueryFilter[];
  errors: QueryError[];
}

/** Every term of the tree that the researcher looks for (excluded ones left out), in order. */
export function positiveTerms(node: QueryNode | null): TermNode[] {
  if (!node) return [];
  switch (node.kind) {
    case 'term':
      return [node];
    case 'near':
      return node.terms;
    case 'not':
      return [];
    default:
      return node.children.flatMap(positiveTerms);
  }
}
