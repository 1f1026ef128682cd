import { LecternError } from '../../shared/errors';
import { parseSearchQuery, onlyExcludes } from '../../shared/search/parseSearchQuery';
import {
  positiveTerms,
  type QueryFilter,
  type QueryNode,
  type SearchQuery,
  type TermNode,
} from '../../shared/search/searchQuery';
import type { Db } from '../db/open';
import { cachedStatement } from '../db/cachedStatement';
import { tagReferences } from '../tags/tagReferences';
import { queryStemKeys, stemKey } from './stemWord';

/** A term as the snippet matcher needs it: per word, the keys a token may have to match. */
export interface MatchTerm {
  words: string[];
  prefix: boolean;
  /** Per word: accepted stem keys (stems in EN/DE, compounds), or null for the exact form only. */
  keys: Array<Set<string> | null>;
}

export interface CompiledQuery {
  parsed: SearchQuery;
  /** FTS5 MATCH over documents_fts; null when the query only filters (or only excludes). */
  match: string | null;
  /** Documents matching this are left out (`lang:de -Putin`). */
  exclude: string | null;
  /** The same words as a MATCH over notes_fts (same columns as documents_fts: exact forms and stems). */
  notesMatch: string | null;
  /** SQL conditions over `documents d`, with their parameters. */
  where: string[];
  params: Array<string | number>;
  /** in:notes (notes only) or in:title/in:body (documents only) narrow what is searched. */
  searchDocuments: boolean;
  searchNotes: boolean;
  terms: MatchTerm[];
}

const MIN_COMPOUND_PART = 5;
const MAX_COMPOUNDS = 40;

/**
 * Parses a query and turns it into FTS5 MATCH expressions and SQL filters. A query with errors
 * is refused with the first error, its place in the query in `detail` ("at 12–18").
 * Unquoted words match any form with the same stem in English or German (and, in German texts,
 * compounds that contain them); quoted phrases and prefix* match the folded form exactly.
 */
export function compileQuery(db: Db, query: string): CompiledQuery {
  const parsed = parseSearchQuery(query);
  const error = parsed.errors[0];
  if (error) throw new LecternError('invalid-argument', error.message, `at ${error.start}–${error.end}`);
  const compounds = compoundLookup(db);
  const inValues = parsed.filters.filter((f) => f.field === 'in').flatMap((f) => f.values);
  const columns = {
    exact:
      inValues.includes('title') && !inValues.includes('body')
        ? '{title}'
        : inValues.includes('body') && !inValues.includes('title')
          ? '{body}'
          : '{title body}',
    stem:
      inValues.includes('title') && !inValues.includes('body')
        ? '{title_stem}'
        : inValues.includes('body') && !inValues.includes('title')
          ? '{body_stem}'
          : '{title_stem body_stem}',
  };
  const text = parsed.text;
  const excludesOnly = text !== null && onlyExcludes(text);
  const toFts = (node: QueryNode) => ftsExpression(node, columns, compounds);
  let match: string | null = null;
  let exclude: string | null = null;
  if (text && !excludesOnly) match = toFts(text);
  if (text && excludesOnly)
    exclude = negatives(text)
      .map((node) => `(${toFts(node)})`)
      .join(' OR ');
  // Notes are indexed like documents (exact and stemmed columns, compounds): the same expression.
  const notesMatch = match;

  const where: string[] = [];
  const params: Array<string | number> = [];
  for (const filter of parsed.filters) addFilter(db, filter, where, params);

  const terms = positiveTerms(text).map((term) => matchTerm(term, compounds));
  const onlyNotes = inValues.length > 0 && inValues.every((value) => value === 'notes');
  return {
    parsed,
    match,
    exclude,
    notesMatch,
    where,
    params,
    searchDocuments: !onlyNotes,
    // Notes have no language, source or date: a filtered search is about documents.
    searchNotes:
      (inValues.length === 0 || inValues.includes('notes')) &&
      notesMatch !== null &&
      parsed.filters.every((f) => f.field === 'in'),
    terms,
  };
}

type Columns = { exact: string; stem: string } | null;

function ftsExpression(node: QueryNode, columns: Columns, compounds: (key: string) => string[]): string {
  switch (node.kind) {
    case 'term':
      return termExpression(node, columns, compounds);
    case 'near': {
      const near = (phrases: string[]) => `NEAR(${phrases.join(' ')}, ${node.distance})`;
      const exactNear = near(node.terms.map(exactPhrase));
      if (!columns) return exactNear;
      const parts = [`${columns.exact} : ${exactNear}`];
      if (node.terms.every((term) => !term.exact && !term.prefix)) {
        for (const language of ['en', 'de'] as const)
          parts.push(
            `${columns.stem} : ${near(node.terms.map((term) => quote(term.raw.map((w) => stemKey(w, language)))))}`,
          );
      }
      return `(${[...new Set(parts)].join(' OR ')})`;
    }
    case 'or':
      return `(${node.children.map((child) => ftsExpression(child, columns, compounds)).join(' OR ')})`;
    case 'not':
      // A lone exclusion only occurs at the top (handled by the caller) or inside an AND.
      return ftsExpression(node.child, columns, compounds);
    case 'and': {
      const positive = node.children.filter((child) => !onlyExcludes(child));
      const excluded = node.children.filter(onlyExcludes).flatMap(negatives);
      let expression = positive.map((child) => ftsExpression(child, columns, compounds)).join(' AND ');
      if (positive.length > 1) expression = `(${expression})`;
      for (const child of excluded) expression += ` NOT (${ftsExpression(child, columns, compounds)})`;
      return excluded.length > 0 ? `(${expression})` : expression;
    }
  }
}

/** The excluded parts of a node that only excludes: `-a -(b c)` → [a, (b c)]. */
function negatives(node: QueryNode): QueryNode[] {
  if (node.kind === 'not') return [node.child];
  if (node.kind === 'and') return node.children.flatMap(negatives);
  return [];
}

function termExpression(term: TermNode, columns: Columns, compounds: (key: string) => string[]): string {
  const exact = exactPhrase(term);
  if (!columns) return exact;
  if (term.exact || term.prefix) return `${columns.exact} : ${exact}`;
  let stems: string[];
  if (term.raw.length === 1) {
    const keys = queryStemKeys(term.raw[0]!);
    const all = new Set([...keys, ...keys.flatMap(compounds)]);
    const word = term.words[0]!;
    if (term.words.length === 1 && all.has(word)) {
      // The word as written is one of its own keys: one phrase over the exact and the stemmed
      // columns matches what two phrases (exact form, then stem key) did, reading its doclist
      // once instead of twice — half the index work for a common word.
      all.delete(word);
      const both =
        columns.exact === '{title body}' ? quote([word]) : `${bothColumns(columns)} : ${quote([word])}`;
      const rest = [...all].map((key) => quote([key]));
      return rest.length === 0 ? both : `(${both} OR ${columns.stem} : (${rest.join(' OR ')}))`;
    }
    stems = [...all].map((key) => quote([key]));
  } else {
    stems = [
      ...new Set((['en', 'de'] as const).map((language) => quote(term.raw.map((w) => stemKey(w, language))))),
    ];
  }
  return `(${columns.exact} : ${exact} OR ${columns.stem} : (${stems.join(' OR ')}))`;
}

/** The exact and stemmed columns together: `{title title_stem}` for in:title. */
function bothColumns(columns: { exact: string; stem: string }): string {
  return `{${columns.exact.slice(1, -1)} ${columns.stem.slice(1, -1)}}`;
}

function exactPhrase(term: TermNode): string {
  return quote(term.words) + (term.prefix ? '*' : '');
}

/** A phrase of index tokens; tokens hold only letters, marks and digits, so no quote can occur. */
function quote(words: string[]): string {
  return `"${words.join(' ')}"`;
}

function matchTerm(term: TermNode, compounds: (key: string) => string[]): MatchTerm {
  const keys = term.raw.map((word, index) => {
    if (term.exact || (term.prefix && index === term.raw.length - 1)) return null;
    const stems = queryStemKeys(word);
    return new Set(term.raw.length === 1 ? [...stems, ...stems.flatMap(compounds)] : stems);
  });
  return { words: term.words, prefix: term.prefix, keys };
}

/** German stems that contain a query word's stem (korridor → getreidekorridor), from the index's vocabulary. */
function compoundLookup(db: Db): (key: string) => string[] {
  const find = cachedStatement<[string, string], { term: string }>(
    db,
    `SELECT term FROM compound_fts WHERE compound_fts MATCH ? AND term != ? LIMIT ${MAX_COMPOUNDS}`,
  );
  const cache = new Map<string, string[]>();
  return (key) => {
    if (key.length < MIN_COMPOUND_PART || /\d/.test(key)) return [];
    let found = cache.get(key);
    if (!found) {
      found = find.all(`"${key}"`, key).map((row) => row.term);
      cache.set(key, found);
    }
    return found;
  };
}

function addFilter(db: Db, filter: QueryFilter, where: string[], params: Array<string | number>): void {
  const marks = (values: readonly unknown[]) => values.map(() => '?').join(', ');
  let condition: string;
  switch (filter.field) {
    case 'lang':
      condition = `coalesce(d.language, '') IN (${marks(filter.values)})`;
      params.push(...filter.values);
      break;
    case 'source':
      condition = `(${filter.values.map(() => "coalesce(d.source, '') LIKE ? ESCAPE '\\'").join(' OR ')})`;
      params.push(...filter.values.map(likePattern));
      break;
    case 'author':
      condition = `(${filter.values.map(() => "coalesce(d.author, '') LIKE ? ESCAPE '\\'").join(' OR ')})`;
      params.push(...filter.values.map((value) => `%${likePattern(value)}%`));
      break;
    case 'date': {
      const parts: string[] = [];
      if (filter.from) {
        parts.push('d.published_at >= ?');
        params.push(filter.from);
      }
      if (filter.until) {
        // A partial date is a period (2022 = all of 2022): it is in the range only if all of it is.
        parts.push("d.published_at || '~' <= ?");
        params.push(filter.until);
      }
      condition = `coalesce(${parts.join(' AND ')}, 0)`;
      break;
    }
    case 'tag': {
      const ids = tagSubtree(db, filter.values);
      condition = `d.id IN (SELECT p.document_id FROM passages p JOIN passage_tags pt ON pt.passage_id = p.id WHERE pt.tag_id IN (${ids.join(', ')}))`;
      break;
    }
    case 'speaker':
      // Any spelling (speaker_key folds Lawrow to lavrov), full name or surname alone.
      condition = `d.id IN (SELECT document_id FROM passages WHERE speaker IS NOT NULL AND (${filter.values
        .map(
          () => "speaker_key(speaker) = speaker_key(?) OR speaker_key(speaker) LIKE '% ' || speaker_key(?)",
        )
        .join(' OR ')}))`;
      params.push(...filter.values.flatMap((value) => [value, value]));
      break;
    case 'has':
      condition = `(${filter.values
        .map((kind) =>
          kind === 'quote'
            ? "EXISTS (SELECT 1 FROM passages p WHERE p.document_id = d.id AND p.kind = 'quote')"
            : 'EXISTS (SELECT 1 FROM passages p WHERE p.document_id = d.id)',
        )
        .join(' OR ')})`;
      break;
    case 'in':
      return;
  }
  where.push(filter.negated ? `NOT ${condition}` : condition);
}

/** source:Reuters matches "reuters" (any case); source:Reut* matches what starts with Reut. */
function likePattern(value: string): string {
  const escaped = value.replace(/[%_\\]/g, (char) => '\\' + char);
  return escaped.endsWith('*') ? escaped.slice(0, -1) + '%' : escaped;
}

/** Tags named (by name or path, any case; every tag a name fits) and all their sub-tags. */
function tagSubtree(db: Db, references: string[]): number[] {
  const codebook = tagReferences(db);
  const roots: number[] = [];
  for (const reference of references) {
    const found = codebook.matching(reference);
    if (found.length === 0)
      throw new LecternError(
        'invalid-argument',
        `No tag is named "${reference}"; write tag: with a tag's name or path (Actors/Russia).`,
      );
    roots.push(...found.map((tag) => tag.id));
  }
  return codebook.withSubtags(roots);
}
