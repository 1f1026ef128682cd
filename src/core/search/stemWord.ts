import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as germanStemmer } from '@orama/stemmers/german';
import { foldTerm } from '../../shared/text/foldTerm';

/** Languages Lectern stems; every other text is indexed by its folded words only. */
export type StemLanguage = 'en' | 'de';

const STEMMERS: Record<StemLanguage, (word: string) => string> = { en: englishStemmer, de: germanStemmer };
const CACHE_LIMIT = 200_000;
const caches: Record<StemLanguage, Map<string, string>> = { en: new Map(), de: new Map() };

/** The stemmer for a document's language code, if Lectern has one. */
export function stemLanguage(language: string | null | undefined): StemLanguage | null {
  return language === 'en' || language === 'de' ? language : null;
}

/**
 * The key a word is indexed and matched under in the stemmed columns: the Snowball stem of the
 * lower-cased word in the document's language, then folded like the exact index (so Lawrow and
 * Lavrov still meet). Without a language the key is the folded word. Stemming comes before
 * folding because the German stemmer needs its umlauts and ß.
 */
export function stemKey(word: string, language: StemLanguage | null): string {
  const lower = word.toLowerCase();
  if (!language) return foldTerm(lower);
  const cache = caches[language];
  const known = cache.get(lower);
  if (known !== undefined) return known;
  const key = foldTerm(STEMMERS[language](lower));
  // Vocabulary is bounded; each distinct word is stemmed once per language.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(lower, key);
  return key;
}

/** The keys a query word may be indexed under in any document: English, German and unstemmed. */
export function queryStemKeys(word: string): string[] {
  return [...new Set([stemKey(word, 'en'), stemKey(word, 'de'), foldTerm(word.toLowerCase())])];
}
