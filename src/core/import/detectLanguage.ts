import { detectAll } from 'tinyld';

/**
 * Common function words of English and German, the languages of most corpora Lectern meets: on a
 * short text (a headline, a two-line lead) they are a surer sign than character statistics.
 */
const STOPWORDS: Record<string, Set<string>> = {
  en: new Set(
    'the of and to in is that it was for on are as with his they at be this from have or by had not but what all were when we there can an which their said if will each about how up out them she some so these would other into has more her like him could no than been its who now only after just where most'.split(
      ' ',
    ),
  ),
  de: new Set(
    'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei ihre ihren ihrer ihr wir uns unser damit dann dieser diese dieses seine seiner seinen seinem während wurden zwischen sowie jedoch'.split(
      ' ',
    ),
  ),
};

/**
 * Function words that tell Spanish, French, Italian and Portuguese apart — only those the other
 * three do not share ("de", "la", "que", "il", "da" are left out). tinyld reads a two-sentence
 * Spanish agency lead as Tagalog; a handful of these words is surer.
 */
const ROMANCE: Record<string, Set<string>> = {
  es: new Set('el los las y según pero también hasta muy fue han sido cuando ya donde'.split(' ')),
  fr: new Set(
    'les des du et est une dans pour aux qui ont été pas cette sont avec leur au sur elle'.split(' '),
  ),
  it: new Set(
    'gli della delle degli dei nel nella alla alle che è per sono stato anche più dopo questo hanno'.split(
      ' ',
    ),
  ),
  pt: new Set('os do dos das em não uma com ao pelo pela são foi está seu sua também é'.split(' ')),
};

/**
 * The language of a text as an ISO 639-1 code ("en", "de", "ru", "az", …), or null when the text
 * is too short or the detector is unsure — better no label than a wrong one. A character n-gram
 * detector (tinyld, 62 languages) decides; on English and German the function-word count decides
 * when it is clear, since it is surer on short texts.
 */
export function detectLanguage(text: string): string | null {
  // The opening 3,000 characters decide; longer texts only cost time.
  const sample = text.slice(0, 3_000);
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 4) return null;
  const byStopwords = stopwordLanguage(words);
  if (byStopwords) return byStopwords;
  const byScript = scriptLanguage(sample);
  if (byScript) return byScript;
  const romance = romanceLanguage(words);
  if (romance) return romance;
  // Character statistics need a sentence or two: on a headline tinyld guesses.
  if (words.length < 8) return null;
  // A thousand characters are enough for tinyld, and it costs by the character.
  const [best, second] = detectAll(sample.slice(0, 1_000));
  if (!best) return null;
  // tinyld's accuracy is a relative score; a close second means the text is ambiguous.
  if (second && best.accuracy < second.accuracy * 1.2) return null;
  // tinyld has no Azerbaijani and reads it as Tatar or Turkish; the letter ə tells it apart.
  if ((best.lang === 'tt' || best.lang === 'tr') && /ə/i.test(sample)) return 'az';
  return best.lang;
}

/**
 * Languages that their letters give away even in a headline: Georgian and Armenian scripts,
 * Azerbaijani ə, and Ukrainian і ї є ґ against Russian ы э ъ ё (tinyld confuses the two on short text).
 */
function scriptLanguage(sample: string): string | null {
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const share = (regex: RegExp) => (sample.match(regex)?.length ?? 0) / Math.max(1, letters);
  if (share(/[\u10A0-\u10FF]/gu) > 0.5) return 'ka';
  if (share(/[\u0530-\u058F]/gu) > 0.5) return 'hy';
  if (share(/[ə]/giu) > 0.01 && share(/[a-z]/giu) > 0.5) return 'az';
  if (share(/[\u0400-\u04FF]/gu) > 0.5) {
    const ukrainian = share(/[іїєґ]/giu);
    const russian = share(/[ыэъё]/giu);
    if (ukrainian > 0.01 && russian === 0) return 'uk';
    if (russian > 0.005 && ukrainian === 0) return 'ru';
  }
  return null;
}

/** English or German when their function words are a clear share of the text, else null. */
function stopwordLanguage(words: string[]): string | null {
  // Prose has 30–50 % function words; Dutch or Danish share a few of them, hence the clear lead.
  return functionWordLanguage(words, STOPWORD_LANGUAGES, 0.15);
}

/**
 * Spanish, French, Italian or Portuguese when that language's own function words lead the others
 * twofold and make a fair share of the text (they are rarer than all function words); else null.
 */
function romanceLanguage(words: string[]): string | null {
  return functionWordLanguage(words, ROMANCE_LANGUAGES, 0.06);
}

/**
 * The language whose function words (`byWord`: each word with the languages it belongs to; one
 * look-up per word, as a word may be a function word of several: "in", "so", "é") number at least
 * 3, twice the runner-up's, and `minShare` of the words; else null.
 */
function functionWordLanguage(
  words: string[],
  byWord: Map<string, string[]>,
  minShare: number,
): string | null {
  const counts = new Map<string, number>();
  for (const word of words)
    for (const language of byWord.get(word) ?? []) counts.set(language, (counts.get(language) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 3 || first[1] < (second?.[1] ?? 0) * 2 || first[1] / words.length < minShare)
    return null;
  return first[0];
}

/** Each function word with the languages it belongs to. */
function byWord(lists: Record<string, Set<string>>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [language, words] of Object.entries(lists))
    for (const word of words) index.set(word, [...(index.get(word) ?? []), language]);
  return index;
}

const STOPWORD_LANGUAGES = byWord(STOPWORDS);
const ROMANCE_LANGUAGES = byWord(ROMANCE);
