import type { WordCount, WordsResult } from '../../shared/analysis';
import { foldTerm } from '../../shared/text/foldTerm';
import type { Db } from '../db/open';
import { compileQuery } from '../search/compileQuery';
import { matchingDocuments } from '../search/matchingDocuments';
import { pageTexts } from '../search/searchDocuments';
import { elapsed } from './frequencyOverTime';
import { STOP_WORDS } from './stopWords';

/** Letters, marks and digits: the words tokenize() reads. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** At most this many documents are read (the best-ranked); the result says how many. */
export const WORDS_SAMPLE = 500;

/**
 * Word frequencies of the documents a query matches, and their keywords: words over-represented
 * against the rest of the corpus by log-likelihood (G², Dunning 1993), as AntConc and Voyant
 * rank them. Words are counted folded (Lawrow = Lavrov) without EN/DE stop words, numbers or
 * single letters; corpus counts come from the full-text index's vocabulary, not a second scan.
 */
export function wordFrequencies(db: Db, args: { query: string; limit?: number }): WordsResult {
  const started = performance.now();
  const limit = args.limit ?? 100;
  const compiled = compileQuery(db, args.query);
  const selection = matchingDocuments(compiled);
  const order = selection.rank ?? 'd.published_at DESC';
  const ids = db
    .prepare<Array<string | number>, { id: number }>(
      `SELECT ${selection.id} AS id FROM ${selection.from} WHERE ${selection.where} ORDER BY ${order} LIMIT ${WORDS_SAMPLE}`,
    )
    .all(...selection.params)
    .map((row) => row.id);
  const total =
    ids.length < WORDS_SAMPLE
      ? ids.length
      : (db
          .prepare<Array<string | number>, { n: number }>(
            `SELECT count(*) AS n FROM ${selection.from} WHERE ${selection.where}`,
          )
          .get(...selection.params)?.n ?? 0);
  // Counted by spelling first (one map operation per word), then folded once per distinct spelling.
  const spellings = new Map<string, number>();
  let tokens = 0;
  for (let at = 0; at < ids.length; at += 200) {
    for (const doc of pageTexts(db, ids.slice(at, at + 200)).values()) {
      // The words alone (one native match per text), as tokenize() splits them: no offsets needed.
      for (const text of [doc.title, doc.body])
        for (const word of text.match(WORD) ?? []) {
          tokens++;
          spellings.set(word, (spellings.get(word) ?? 0) + 1);
        }
    }
  }
  const counts = new Map<string, { count: number; forms: Map<string, number> }>();
  for (const [spelling, n] of spellings) {
    const key = foldTerm(spelling);
    if (key.length < 2 || STOP_WORDS.has(key) || /^\d+$/.test(key)) continue;
    const entry = counts.get(key) ?? { count: 0, forms: new Map<string, number>() };
    entry.count += n;
    entry.forms.set(spelling, n);
    counts.set(key, entry);
  }
  const corpus = db
    .prepare<[], { documents: number; last: number | null; words: number | null }>(
      'SELECT count(*) AS documents, max(id) AS last, sum(word_count) AS words FROM documents',
    )
    .get();
  const corpusTokens = corpus?.words ?? 0;
  const corpusCount = corpusCounts(db, `${corpus?.documents}:${corpus?.last}:${corpusTokens}`);
  // Keyness needs corpus counts; read them for the most frequent words of the selection only.
  const candidates = [...counts].sort((a, b) => b[1].count - a[1].count).slice(0, Math.max(limit * 5, 500));
  const words: WordCount[] = candidates.map(([key, entry]) => {
    const corpus = Math.max(corpusCount(key), entry.count);
    const word = [...entry.forms].sort((a, b) => b[1] - a[1])[0]![0];
    return {
      word,
      count: entry.count,
      per_10k: Math.round((entry.count / Math.max(tokens, 1)) * 100_000) / 10,
      corpus_count: corpus,
      keyness:
        Math.round(
          logLikelihood(entry.count, corpus - entry.count, tokens, Math.max(corpusTokens - tokens, 1)) * 10,
        ) / 10,
      drill: { query: `${args.query.trim()} "${word}"` },
    };
  });
  return {
    documents: ids.length,
    selection_documents: total,
    tokens,
    corpus_tokens: corpusTokens,
    frequent: words.slice(0, limit),
    keywords: words
      .filter((word) => word.keyness > 0)
      .sort((a, b) => b.keyness - a.keyness)
      .slice(0, limit),
    elapsed_ms: elapsed(started),
  };
}

const vocabCaches = new WeakMap<Db, { version: string; counts: Map<string, number> }>();

/**
 * A word's occurrences in the whole corpus (titles and bodies), from the full-text index's
 * vocabulary. Reading a frequent word's count walks its whole list of documents, so counts are
 * kept per database until the corpus changes (`version`: documents, last id and total words).
 */
function corpusCounts(db: Db, version: string): (key: string) => number {
  let cache = vocabCaches.get(db);
  if (!cache || cache.version !== version) vocabCaches.set(db, (cache = { version, counts: new Map() }));
  const { counts } = cache;
  const vocab = db.prepare<[string], { n: number | null }>(
    "SELECT sum(cnt) AS n FROM documents_vocab WHERE term = ? AND col IN ('title', 'body')",
  );
  return (key) => {
    let n = counts.get(key);
    if (n === undefined) {
      n = vocab.get(key)?.n ?? 0;
      counts.set(key, n);
    }
    return n;
  };
}

/**
 * Signed G²: a occurrences in c selection words, b in d other words. Positive when the word is
 * more frequent in the selection than in the rest.
 */
export function logLikelihood(a: number, b: number, c: number, d: number): number {
  const e1 = (c * (a + b)) / (c + d);
  const e2 = (d * (a + b)) / (c + d);
  const term = (observed: number, expected: number) =>
    observed > 0 ? observed * Math.log(observed / expected) : 0;
  const g2 = 2 * (term(a, e1) + term(b, e2));
  return a / c >= b / d ? g2 : -g2;
}
