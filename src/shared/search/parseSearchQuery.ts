import { foldTerm } from '../text/foldTerm';
import { tokenize } from '../text/tokenize';
import { isRealPartialDate } from '../schemas/common';
import {
  FILTER_FIELDS,
  FILTER_HELP,
  type FilterField,
  type QueryError,
  type QueryFilter,
  type QueryNode,
  type SearchQuery,
  type TermNode,
} from './searchQuery';

type Lexeme = { start: number; end: number } & (
  | { type: 'lparen' | 'rparen' | 'or' | 'and' | 'minus' }
  | { type: 'near'; distance: number }
  | { type: 'word'; text: string; quoted: boolean; prefix: boolean }
  | { type: 'filter'; field: FilterField; value: string }
);

const DEFAULT_NEAR = 10;

/**
 * Reads the search language into a tree, never throwing: words (all must occur), "exact
 * phrases", prefix*, -excluded, a OR b, (groups), a NEAR/5 b, and filters (lang:de, source:,
 * author:, date:2022-06..2022-08, tag:, speaker:, has:quote, in:title|body|notes). Every mistake
 * becomes an error with its place in the query, so the search box can underline it.
 */
export function parseSearchQuery(query: string): SearchQuery {
  const errors: QueryError[] = [];
  const filters: QueryFilter[] = [];
  const lexemes = lex(query, errors);
  let pos = 0;
  const peek = () => lexemes[pos];

  const fail = (at: { start: number; end: number }, message: string) =>
    errors.push({ start: at.start, end: at.end, message });

  function parseOr(depth: number): QueryNode | null {
    const parts: QueryNode[] = [];
    // Sides of OR; one that holds only filters (lang:de OR lang:en) is an error reported below.
    // A filter beside words on one side (a OR b lang:en) holds for the whole search, as always.
    let sides = 0;
    const filterOnly: QueryFilter[] = [];
    const side = () => {
      const had = filters.length;
      const part = parseAnd(depth);
      if (part) parts.push(part);
      else filterOnly.push(...filters.slice(had));
      if (part || filters.length > had) sides++;
    };
    side();
    while (peek()?.type === 'or') {
      const or = lexemes[pos++]!;
      const next = peek();
      if (sides === 0) fail(or, 'OR needs a word before it: Lavrov OR Lawrow');
      if (!next || next.type === 'rparen' || next.type === 'or') {
        fail(or, 'OR needs a word after it: Lavrov OR Lawrow');
        continue;
      }
      side();
    }
    if (sides > 1) {
      for (const filter of filterOnly)
        fail(
          filter,
          'A filter holds for the whole search and cannot be OR-ed; list values with commas: lang:de,en',
        );
      for (const part of parts)
        if (part.kind === 'not')
          fail(part, 'An excluded word cannot be one side of OR; exclude it outside: (a OR b) -c');
    }
    return parts.length === 0 ? null : parts.length === 1 ? parts[0]! : { kind: 'or', children: parts };
  }

  function parseAnd(depth: number): QueryNode | null {
    const children: QueryNode[] = [];
    for (let next = peek(); next && next.type !== 'rparen' && next.type !== 'or'; next = peek()) {
      if (next.type === 'and') {
        pos++;
        continue;
      }
      const node = parseNear(depth);
      if (node) children.push(node);
    }
    return children.length === 0 ? null : children.length === 1 ? children[0]! : { kind: 'and', children };
  }

  function parseNear(depth: number): QueryNode | null {
    let left = parseUnary(depth);
    while (peek()?.type === 'near') {
      const near = lexemes[pos++] as Extract<Lexeme, { type: 'near' }>;
      const right = peek() && peek()!.type !== 'rparen' && peek()!.type !== 'or' ? parseUnary(depth) : null;
      const leftTerms =
        left?.kind === 'near' && left.distance === near.distance
          ? left.terms
          : left?.kind === 'term'
            ? [left]
            : null;
      if (!leftTerms || right?.kind !== 'term') {
        fail(near, 'NEAR joins two words or phrases: Lavrov NEAR/5 Blinken');
        left = left ?? right;
        continue;
      }
      const start = Math.min(leftTerms[0]!.start, near.start);
      left = { kind: 'near', terms: [...leftTerms, right], distance: near.distance, start, end: right.end };
    }
    return left;
  }

  function parseUnary(depth: number): QueryNode | null {
    const next = peek();
    if (next?.type !== 'minus') return parsePrimary(depth);
    pos++;
    const target = peek();
    if (!target || target.type === 'rparen' || target.type === 'or') {
      fail(next, 'Nothing to exclude: write -word or -"a phrase"');
      return null;
    }
    if (target.type === 'filter') {
      pos++;
      addFilter(target, true, depth, next.start);
      return null;
    }
    const child = parsePrimary(depth);
    return child ? { kind: 'not', child, start: next.start, end: target.end } : null;
  }

  function parsePrimary(depth: number): QueryNode | null {
    const next = lexemes[pos++]!;
    switch (next.type) {
      case 'lparen': {
        const inner = parseOr(depth + 1);
        if (peek()?.type === 'rparen') pos++;
        else fail(next, 'This ( is never closed: add a )');
        if (!inner) fail(next, 'Empty parentheses: put words inside them');
        return inner;
      }
      case 'rparen':
        fail(next, 'This ) has no ( before it');
        return null;
      case 'word':
        return makeTerm(next);
      case 'filter':
        addFilter(next, false, depth, next.start);
        return null;
      case 'near':
        fail(next, 'NEAR joins two words or phrases: Lavrov NEAR/5 Blinken');
        return null;
      default:
        fail(next, `${query.slice(next.start, next.end)} needs a word on each side`);
        return null;
    }
  }

  function addFilter(
    lexeme: Extract<Lexeme, { type: 'filter' }>,
    negated: boolean,
    depth: number,
    start: number,
  ) {
    const filter = readFilter(lexeme, negated, start, errors);
    if (!filter) return;
    if (depth > 0) fail(filter, 'Put filters outside parentheses: they hold for the whole search');
    filters.push(filter);
  }

  const parts: QueryNode[] = [];
  while (pos < lexemes.length) {
    const node = parseOr(0);
    if (node) parts.push(node);
    const stray = peek();
    if (stray?.type === 'rparen') {
      fail(stray, 'This ) has no ( before it');
      pos++;
    }
  }
  const text =
    parts.length === 0 ? null : parts.length === 1 ? parts[0]! : { kind: 'and' as const, children: parts };
  if (text && onlyExcludes(text) && filters.length === 0)
    errors.push({
      start: 0,
      end: query.length,
      message: 'The search only excludes words; add a word to look for (e.g. Lavrov -Putin).',
    });
  if (!text && filters.length === 0 && errors.length === 0)
    errors.push({ start: 0, end: query.length, message: 'Type a word to search for.' });
  return { text, filters, errors: errors.sort((a, b) => a.start - b.start) };
}

/** True when the tree excludes words but looks for none (`-Putin`, `-a -b`). */
export function onlyExcludes(node: QueryNode): boolean {
  if (node.kind === 'not') return true;
  if (node.kind === 'and') return node.children.every(onlyExcludes);
  return false;
}

function makeTerm(lexeme: Extract<Lexeme, { type: 'word' }>): TermNode | null {
  const raw = tokenize(lexeme.text).map((token) => token.text.toLowerCase());
  if (raw.length === 0) return null;
  return {
    kind: 'term',
    raw,
    words: raw.map(foldTerm),
    prefix: lexeme.prefix,
    exact: lexeme.quoted,
    start: lexeme.start,
    end: lexeme.end,
  };
}

function lex(query: string, errors: QueryError[]): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < query.length) {
    const char = query[i]!;
    if (/\s/.test(char)) {
      i++;
    } else if (char === '(' || char === ')') {
      out.push({ type: char === '(' ? 'lparen' : 'rparen', start: i, end: i + 1 });
      i++;
    } else if (char === '-' && i + 1 < query.length && !/[\s)]/.test(query[i + 1]!)) {
      out.push({ type: 'minus', start: i, end: i + 1 });
      i++;
    } else if (char === '"') {
      const [text, end] = readQuoted(query, i, errors);
      const prefix = query[end] === '*';
      out.push({ type: 'word', text, quoted: true, prefix, start: i, end: end + (prefix ? 1 : 0) });
      i = end + (prefix ? 1 : 0);
    } else {
      let end = i;
      while (end < query.length && !/[\s()"]/.test(query[end]!)) end++;
      const run = query.slice(i, end);
      const field = /^([A-Za-z]+):(.*)$/.exec(run);
      if (run === 'OR' || run === 'AND') {
        out.push({ type: run === 'OR' ? 'or' : 'and', start: i, end });
      } else if (run === 'NOT') {
        out.push({ type: 'minus', start: i, end });
      } else if (/^NEAR(\/\d+)?$/.test(run)) {
        out.push({ type: 'near', distance: Number(run.split('/')[1] ?? DEFAULT_NEAR), start: i, end });
      } else if (field && (FILTER_FIELDS as readonly string[]).includes(field[1]!.toLowerCase())) {
        let value = field[2]!;
        // Quoted values, alone or in a list: source:"Die Zeit",AP
        while ((value === '' || value.endsWith(',')) && query[end] === '"') {
          const [quoted, after] = readQuoted(query, end, errors);
          value += quoted.replace(/,/g, ' ');
          end = after;
          while (end < query.length && !/[\s()"]/.test(query[end]!)) value += query[end++];
        }
        out.push({ type: 'filter', field: field[1]!.toLowerCase() as FilterField, value, start: i, end });
      } else if (field && field[2] !== '' && !/^\d/.test(field[2]!)) {
        errors.push({
          start: i,
          end: i + field[1]!.length + 1,
          message: `There is no filter "${field[1]}:"; filters are ${FILTER_FIELDS.map((name) => name + ':').join(' ')}`,
        });
      } else {
        out.push({
          type: 'word',
          text: run.replace(/\*$/, ''),
          quoted: false,
          prefix: run.endsWith('*'),
          start: i,
          end,
        });
      }
      i = end;
    }
  }
  return out;
}

/** Reads "…" from `at` (the opening quote): the text and the index after the closing quote. */
function readQuoted(query: string, at: number, errors: QueryError[]): [string, number] {
  const close = query.indexOf('"', at + 1);
  if (close === -1) {
    errors.push({ start: at, end: query.length, message: 'This phrase has no closing quote "' });
    return [query.slice(at + 1), query.length];
  }
  return [query.slice(at + 1, close), close + 1];
}

function readFilter(
  lexeme: Extract<Lexeme, { type: 'filter' }>,
  negated: boolean,
  start: number,
  errors: QueryError[],
): QueryFilter | null {
  const { field } = lexeme;
  const value = lexeme.value.trim();
  const span = { start, end: lexeme.end };
  const fail = (message: string) => {
    errors.push({ ...span, message });
    return null;
  };
  if (value === '') return fail(`${field}: needs a value — ${FILTER_HELP[field]}`);
  const values = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const filter: QueryFilter = { field, value, values, negated, ...span };
  switch (field) {
    case 'lang': {
      const bad = values.find((code) => !/^[a-z]{2,3}$/i.test(code));
      if (bad !== undefined) return fail(`"${bad}" is not a language code; write lang:de or lang:en,de`);
      filter.values = values.map((code) => code.toLowerCase());
      return filter;
    }
    case 'date':
      return readDateRange(filter, fail);
    case 'has':
      if (!values.every((kind) => ['quote', 'passage'].includes(kind.toLowerCase())))
        return fail('has: takes quote or passage: has:quote');
      filter.values = values.map((kind) => kind.toLowerCase());
      return filter;
    case 'in':
      if (!values.every((where) => ['title', 'body', 'notes'].includes(where.toLowerCase())))
        return fail('in: takes title, body or notes: in:title');
      if (negated) return fail('in: cannot be excluded; say where to look instead: in:body');
      filter.values = values.map((where) => where.toLowerCase());
      return filter;
    default:
      return filter;
  }
}

function readDateRange(filter: QueryFilter, fail: (message: string) => null): QueryFilter | null {
  const parts = filter.value.split('..');
  if (parts.length > 2) return fail('Write a date range as date:2022-06..2022-08');
  const [first, second] = parts.length === 2 ? parts : [parts[0], parts[0]];
  for (const part of [first, second]) {
    if (part && !isRealPartialDate(part))
      return fail(`"${part}" is not a date; write 2022, 2022-06 or 2022-06-27 (date:2022-06..2022-08)`);
  }
  if (!first && !second) return fail('Give at least one end of the range: date:2022.. or date:..2022');
  if (first && second && first > second && !second.startsWith(first))
    return fail(`The range starts (${first}) after it ends (${second})`);
  // Partial dates sort as prefixes: 2022-06 ≤ 2022-06-15 < 2022-06~ — so "until the end of June"
  // is "up to 2022-06~". The engine compares a document's date plus "~" with it, so a document
  // dated only 2022 (the whole year) is not taken to be in June.
  if (first) filter.from = first;
  if (second) filter.until = second + '~';
  return filter;
}
