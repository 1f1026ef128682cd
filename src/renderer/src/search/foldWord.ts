const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi',
  є: 'ye', ґ: 'g',
};

/**
 * A client-side mirror of the engine's folding, good enough to find in the reader the words a
 * search matched: lowercase, Cyrillic transliterated, diacritics stripped, ß→ss, then the
 * spelling merges the engine makes across German/English/Russian spellings of the same name
 * (sch→sh, w→v, j→y, x→ks, a final -ei→-ey), so "Lawrow", "Лавров" and "Lavrov" all fold to "lavrov".
 */
export function foldWord(word: string): string {
  let text = word.toLowerCase().replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? c);
  text = text.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/ß/g, 'ss');
  text = text.replace(/sch/g, 'sh').replace(/w/g, 'v').replace(/j/g, 'y').replace(/x/g, 'ks');
  return text.replace(/ei$/, 'ey');
}

/** Whether a word of the text matches one of the folded query terms (a prefix match counts). */
export function matchesTerm(word: string, terms: readonly string[]): boolean {
  if (terms.length === 0) return false;
  const folded = foldWord(word);
  return terms.some((term) => term.length > 0 && (folded === term || (term.length >= 3 && folded.startsWith(term))));
}
