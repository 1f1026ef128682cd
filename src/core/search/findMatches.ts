import { wordCharLength, type Token } from '../../shared/text/tokenize';
import { foldTerm } from '../../shared/text/foldTerm';
import type { MatchTerm } from './compileQuery';
import { stemKey, type StemLanguage } from './stemWord';

/** One occurrence of a term: token indexes, first and last inclusive (a phrase is one occurrence). */
export type Occurrence = [number, number];

/** A text's words as offsets (parallel arrays, no object per word), and the query's occurrences in it. */
export interface ScannedText {
  starts: Int32Array;
  ends: Int32Array;
  occurrences: Occurrence[];
}

/** The term words (slots) a spelling fits; most spellings fit none and share this array. */
const NONE: readonly number[] = Object.freeze([]);
/** Scratch space for scan(), reused from text to text (its results are copied out). */
let buffers = { starts: new Int32Array(4096), ends: new Int32Array(4096) };

/** 1 for ASCII letters and digits: tokenize()'s word characters below 128. */
const ASCII_WORD = new Uint8Array(128).map((_, code) =>
  /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(code)) ? 1 : 0,
);
/**
 * The letters a word starting with this ASCII character can start with once folded (foldTerm:
 * lower case; w → v, j → y, x → ks, tsch → ch). A test checks this against foldTerm.
 */
export function foldedInitials(code: number): string[] {
  const lower = String.fromCharCode(code).toLowerCase();
  const changed: Record<string, string> = { w: 'v', j: 'y', x: 'k', t: 'c' };
  return changed[lower] ? [lower, changed[lower]] : [lower];
}

/**
 * Finds a query's terms in texts. Whether a spelling fits a term word is decided once per
 * distinct spelling and language (folding, stemming) and remembered, so matching a page of
 * documents costs one map lookup per word. Make one per search and reuse it for every text.
 */
export class TextMatcher {
  private readonly slots: Array<{ term: number; word: number }> = [];
  /** Per term, the slot of its first word; the slots of a term's words are consecutive. */
  private readonly firstSlot: number[] = [];
  private readonly heads = new Set<string>();
  /** Per ASCII code: 1 if a word starting with it may fold to a form a slot needs. */
  private readonly initials = new Uint8Array(128);
  private readonly memo = new Map<StemLanguage | null, Map<string, readonly number[]>>();

  constructor(private readonly terms: readonly MatchTerm[]) {
    terms.forEach((term, t) => {
      this.firstSlot.push(this.slots.length);
      term.words.forEach((_, k) => this.slots.push({ term: t, word: k }));
      // A Snowball stem keeps the word's first letters: only spellings starting like a key are stemmed.
      for (const keys of term.keys) for (const key of keys ?? []) this.heads.add(key.slice(0, 2));
    });
    // A slot needs a folded form starting with a term word's first letter (equal, or prefix) or
    // with a stem key's (the stem check needs the form to start like a key).
    const needed = new Set<string>();
    for (const term of terms) for (const word of term.words) needed.add(word.charAt(0));
    for (const head of this.heads) needed.add(head.charAt(0));
    for (let code = 0; code < 128; code++)
      if (ASCII_WORD[code] === 1 && foldedInitials(code).some((initial) => needed.has(initial)))
        this.initials[code] = 1;
  }

  /** Occurrences of the terms among a text's words, in order, overlapping ones merged. */
  find(words: readonly string[], language: StemLanguage | null): Occurrence[] {
    if (this.terms.length === 0 || words.length === 0) return [];
    const memo = this.memoFor(language);
    const at: number[] = [];
    const fits: Array<readonly number[]> = [];
    words.forEach((word, i) => {
      const found = memo.get(word) ?? this.fit(memo, word, language);
      if (found.length > 0) {
        at.push(i);
        fits.push(found);
      }
    });
    return this.occurrences(at, fits);
  }

  /**
   * Splits a text into words (as tokenize does) and finds the terms, without a string or an object
   * per word: a word whose first letter cannot begin any term's folded form or stem is skipped
   * unread, so only a few words per text are looked up.
   */
  scan(text: string, language: StemLanguage | null): ScannedText {
    // Words are separated by at least one character: a text has at most (length + 1) / 2 of them.
    const capacity = (text.length >> 1) + 1;
    if (buffers.starts.length < capacity)
      buffers = { starts: new Int32Array(capacity), ends: new Int32Array(capacity) };
    const { starts, ends } = buffers;
    let count = 0;
    const at: number[] = [];
    const fits: Array<readonly number[]> = [];
    const memo = this.memoFor(language);
    const searching = this.terms.length > 0;
    const length = text.length;
    let i = 0;
    while (i < length) {
      const first = text.charCodeAt(i);
      if (first < 128 ? ASCII_WORD[first] === 0 : wordCharLength(text, i) === 0) {
        i += first >= 0xd800 && first < 0xdc00 ? (text.codePointAt(i)! > 0xffff ? 2 : 1) : 1;
        continue;
      }
      const start = i;
      while (i < length) {
        const code = text.charCodeAt(i);
        const size = code < 128 ? ASCII_WORD[code]! : wordCharLength(text, i);
        if (size === 0) break;
        i += size;
      }
      if (searching && (first >= 128 || this.initials[first] === 1)) {
        const word = text.slice(start, i);
        const found = memo.get(word) ?? this.fit(memo, word, language);
        if (found.length > 0) {
          at.push(count);
          fits.push(found);
        }
      }
      starts[count] = start;
      ends[count++] = i;
    }
    return {
      starts: starts.slice(0, count),
      ends: ends.slice(0, count),
      occurrences: searching ? this.occurrences(at, fits) : [],
    };
  }

  private memoFor(language: StemLanguage | null): Map<string, readonly number[]> {
    let memo = this.memo.get(language);
    if (!memo) this.memo.set(language, (memo = new Map()));
    return memo;
  }

  /**
   * The slots a spelling fits: by its folded form, or — for unquoted words — by its stem in the
   * document's language (or a compound containing it), as the index matches.
   */
  private fit(memo: Map<string, readonly number[]>, spelling: string, language: StemLanguage | null) {
    const form = foldTerm(spelling);
    let stem: string | undefined;
    const found: number[] = [];
    this.slots.forEach(({ term: t, word: k }, slot) => {
      const term = this.terms[t]!;
      const word = term.words[k]!;
      const fitting =
        k === term.words.length - 1 && term.prefix
          ? form.startsWith(word)
          : form === word ||
            (term.keys[k] != null &&
              this.heads.has(form.slice(0, 2)) &&
              term.keys[k].has((stem ??= stemKey(spelling, language))));
      if (fitting) found.push(slot);
    });
    const fits = found.length > 0 ? found : NONE;
    memo.set(spelling, fits);
    return fits;
  }

  /** Occurrences from the words that fit a slot: `at` their indexes (ascending), `fits` their slots. */
  private occurrences(at: readonly number[], fits: ReadonlyArray<readonly number[]>): Occurrence[] {
    const found: Occurrence[] = [];
    for (let j = 0; j < at.length; j++) {
      const i = at[j]!;
      for (const slot of fits[j]!) {
        const { term: t, word: k } = this.slots[slot]!;
        if (k !== 0) continue;
        const span = this.terms[t]!.words.length - 1;
        let all = true;
        // A phrase's next words are the next fitting words, at the next indexes.
        for (let w = 1; w <= span && all; w++)
          all = at[j + w] === i + w && fits[j + w]!.includes(this.firstSlot[t]! + w);
        if (all) found.push([i, i + span]);
      }
    }
    // Found per word in order; a word starting two terms' occurrences puts the longer first.
    found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const merged: Occurrence[] = [];
    for (const occurrence of found) {
      const last = merged.at(-1);
      if (last && occurrence[0] <= last[1]) last[1] = Math.max(last[1], occurrence[1]);
      else merged.push(occurrence);
    }
    return merged;
  }
}

/**
 * Every occurrence of the terms in a text, in order, overlapping ones merged: a phrase counts
 * once, not once per word. A token matches a word by its folded form, or — for unquoted words —
 * by its stem in the document's language (or a compound containing it), as the index does.
 */
export function findMatches(
  tokens: readonly Token[],
  language: StemLanguage | null,
  terms: readonly MatchTerm[],
  matcher: TextMatcher = new TextMatcher(terms),
): Occurrence[] {
  return matcher.find(
    tokens.map((token) => token.text),
    language,
  );
}
