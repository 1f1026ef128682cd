import { LecternError } from '../../shared/errors';
import { foldTerm } from '../../shared/text/foldTerm';
import { tokenize } from '../../shared/text/tokenize';

import type { QueryTerm } from '../../shared/text/matchTerms';

export type { QueryTerm };

export interface ParsedQuery {
  /** All must match (AND), unless `anyOf` groups say otherwise. */
  groups: QueryTerm[][];
  excluded: QueryTerm[];
  /** The FTS5 MATCH expression over folded columns. */
  match: string;
}

/**
 * Reads what researchers type: words (all must occur), "exact phrases", prefix*, -excluded,
 * and `a OR b`. Everything is folded like the index (case, accents, Lawrow → lavrov), and the
 * result is an FTS5 expression built from quoted tokens only, so no input can break its syntax.
 */
export function parseQuery(query: string): ParsedQuery {
  const groups: QueryTerm[][] = [];
  const excluded: QueryTerm[] = [];
  let orNext = false;
  for (const match of query.matchAll(/(-?)"([^"]*)"?|(\S+)/g)) {
    const negated = match[1] === '-' || (match[3]?.startsWith('-') ?? false);
    const raw = match[2] ?? match[3]!.replace(/^-/, '');
    if (match[3] === 'OR') {
      orNext = groups.length > 0;
      continue;
    }
    const words = tokenize(raw).map((token) => foldTerm(token.text));
    if (words.length === 0) continue;
    const term: QueryTerm = { words, prefix: match[2] === undefined && raw.endsWith('*') };
    if (negated) excluded.push(term);
    else if (orNext) groups.at(-1)!.push(term);
    else groups.push([term]);
    orNext = false;
  }
  if (groups.length === 0) {
    throw new LecternError(
      'invalid-argument',
      excluded.length > 0
        ? 'The search only excludes words; add a word to look for (e.g. Lavrov -Putin).'
        : 'Type a word to search for.',
    );
  }
  const include = groups.map((group) => '(' + group.map(ftsTerm).join(' OR ') + ')').join(' AND ');
  const match = excluded.length > 0 ? `${include} NOT (${excluded.map(ftsTerm).join(' OR ')})` : include;
  return { groups, excluded, match };
}

function ftsTerm(term: QueryTerm): string {
  return `"${term.words.join(' ')}"${term.prefix ? '*' : ''}`;
}
