// prettier-ignore
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi',
  є: 'ye', ґ: 'g',
};

/**
 * A client-side mirror of the engine's folding (src/core/text/foldTerm.ts, which the renderer may
 * not import), good enough to find in the reader the words a search matched: lowercase, Cyrillic
 * transliterated, ß→ss, diacritics stripped, then the spelling merges the engine makes across
 * German/English/Russian spellings of a name (tsch→ch, sch→sh, x→ks, w→v, j→y, final -ei/-ii/-Vi
 * → -ey/-iy/-Vy), so "Lawrow", "Лавров" and "Lavrov" all fold to "lavrov".
 */
export function foldWord(word: string): string {
  let text = word.toLowerCase().replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? c);
  text = text
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
  return text
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/j/g, 'y')
    .replace(/ei$/, 'ey')
    .replace(/ii$/, 'iy')
    .replace(/([aeiou])i$/, '$1y');
}
