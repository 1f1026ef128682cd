/** Folding shared by the engine (index, queries, snippets) and the reader (highlighting): one rule set, so what search finds is what the reader marks. Pure, no imports. */
/**
 * Folds a word to a key that spellings of the same name share across languages and
 * transliterations: Lawrow/Lavrov/Лавров → lavrov, Sergej/Sergei/Sergey → sergey,
 * Schoigu/Shoigu → shoigu, Alijew/Aliyev → aliyev, Außenminister → aussenminister.
 * Used identically for the index and for queries, so a match needs no alias table; false friends
 * it creates are rare and outranked by exact title/body hits.
 */
export function foldTerm(word: string): string {
  const known = cache.get(word);
  if (known !== undefined) return known;
  const folded = computeFold(word);
  // Vocabulary is bounded (a corpus has some 10^5 distinct words); the cache makes indexing and
  // snippet matching fold each distinct word once instead of once per occurrence.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, folded);
  return folded;
}

const CACHE_LIMIT = 500_000;
const cache = new Map<string, string>();

function computeFold(word: string): string {
  let folded = transliterateCyrillic(word.toLowerCase())
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
  // German transcriptions of Russian and Azerbaijani names → English ones.
  folded = folded
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/j/g, 'y')
    .replace(/ei$/, 'ey')
    .replace(/ii$/, 'iy')
    .replace(/([aeiou])i$/, '$1y');
  return folded;
}

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
};

function transliterateCyrillic(word: string): string {
  if (!/[\u0400-\u04ff]/.test(word)) return word;
  let out = '';
  for (const char of word) out += CYRILLIC[char] ?? char;
  return out;
}
