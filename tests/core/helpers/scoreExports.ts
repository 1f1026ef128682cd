import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, type AnalyzedDocument } from '../../../src/core/import/analyzeDocument';
import type { ReadDocument } from '../../../src/core/import/ReadDocument';
import { readerFor } from '../../../src/core/import/readers';
import { exportFiles, type ExpectedArticle } from '../../fixtures/exports-unseen/layouts';

export const EXPORTS_DIR = join(__dirname, '..', '..', 'fixtures', 'exports-unseen');

export const EXPORT_FIELDS = [
  'title',
  'source',
  'published_at',
  'author',
  'word_count',
  'section',
  'language',
] as const;
type Field = (typeof EXPORT_FIELDS)[number];

export interface ExportFieldScore {
  field: Field;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

/** How the files were cut into articles and how clean the reading texts are. */
export interface SplitScore {
  files: number;
  /** Files cut into exactly as many articles as they hold. */
  filesRight: number;
  expected: number;
  found: number;
  /** Expected articles found (matched by their opening words or headline). */
  matched: number;
  /** Found documents that are no article of the file (a cover page, half an article …). */
  spurious: number;
  /** Matched articles whose reading text starts / ends where the article does. */
  startsRight: number;
  endsRight: number;
  /** Matched articles whose reading text runs into another article of the file. */
  runsOn: number;
  /** Matched articles whose reading text carries export furniture (fields, separators, page lines). */
  furniture: number;
}

export interface ExportScores {
  fields: ExportFieldScore[];
  split: SplitScore;
  misses: string[];
}

/** Lines that belong to the export, never to an article's reading text. */
const FURNITURE: Array<[string, RegExp]> = [
  ['separator', /^(end of document|dokumentende)$|^\s*\d+ of \d+ documents?$|^dokument \d+ von \d+$/im],
  ['Factiva number', /^document [a-z0-9]{16,}$/im],
  ['page line', /^(page|seite) \d+ (of|von) \d+$/im],
  [
    'Nexis field',
    /^(load-date|length|länge|byline|section|rubrik|autor|sprache|language|publication-type|subject|geographic|dateline|highlight|graphic|grafik|update|journal-code|notes)\s*:/im,
  ],
  ['Nexis heading', /^(classification|klassifikation|graphic|notes|body)$/im],
  ['Factiva code', /^(SE|HD|BY|CR|WC|PD|ET|SN|SC|ED|PG|LA|CY|LP|TD|CO|IN|NS|RE|IPD|PUB|AN)(\s|$)/m],
  ['copyright', /^(copyright|©|\(c\))/im],
  ['word count', /^\d[\d,.]* (words|wörter)$/im],
  [
    'cover page',
    /^(user name|job number|search terms|results list|documents \(\d+\)|benutzername|suchbegriffe|search summary|download request)/im,
  ],
  ['language line', /^(english|german|russian|azerbaijani|deutsch)$/im],
  ['time or code line', /^(\d{1,2}:\d{2}|[A-Z]{5,8}|final( edition)?)$/m],
  ['photo caption', /^photo:/im],
];

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function names(author: string | null | undefined): string {
  if (!author) return '';
  return author
    .split(/\s*(?:;|,|&)\s*|\s+(?:and|und|и)\s+/iu)
    .map((name) => squash(name).toLowerCase())
    .filter(Boolean)
    .sort()
    .join(' | ');
}

function value(field: Field, doc: AnalyzedDocument, wordCount: number | undefined): string | null {
  if (field === 'word_count') return wordCount === undefined ? null : String(wordCount);
  if (field === 'author') return doc.author ? names(doc.author) : null;
  const found = doc[field];
  if (found === null || found === undefined || found === '') return null;
  return field === 'section' ? squash(String(found)).toLowerCase() : squash(String(found));
}

function want(field: Field, article: ExpectedArticle): string | null {
  if (field === 'word_count') return String(article.word_count);
  if (field === 'author') return article.authors.length ? names(article.authors.join('; ')) : null;
  if (field === 'title') return article.title;
  if (field === 'section') return article.section?.toLowerCase() ?? null;
  return article[field];
}

/** The bytes of one file of the set: checked in (TXT, HTML) or built by the suite's generators. */
async function bytesOf(
  name: string,
  build: () => string | Buffer | Promise<Uint8Array>,
): Promise<Uint8Array> {
  if (/\.(txt|html)$/.test(name)) return readFileSync(join(EXPORTS_DIR, name));
  const built = await build();
  return typeof built === 'string' ? Buffer.from(built, 'utf8') : built;
}

/**
 * Reads every export of the unseen set through the real readers and the analysis (as an import
 * does) and scores the split (articles found, reading texts that start and end right, run into
 * the next article or carry export furniture) and each field an export states.
 */
export async function scoreExports(split: 'tune' | 'fresh' | 'last' | 'all' = 'all'): Promise<ExportScores> {
  const expectations = JSON.parse(readFileSync(join(EXPORTS_DIR, 'expected.json'), 'utf8')) as Record<
    string,
    { articles: ExpectedArticle[] }
  >;
  const fields = new Map<Field, ExportFieldScore>(
    EXPORT_FIELDS.map((field) => [field, { field, tp: 0, fp: 0, fn: 0, precision: 0, recall: 0 }]),
  );
  const cut: SplitScore = {
    files: 0,
    filesRight: 0,
    expected: 0,
    found: 0,
    matched: 0,
    spurious: 0,
    startsRight: 0,
    endsRight: 0,
    runsOn: 0,
    furniture: 0,
  };
  const misses: string[] = [];
  for (const file of exportFiles().filter((f) => split === 'all' || f.split === split)) {
    const articles = expectations[file.name]?.articles;
    if (!articles) throw new Error(`${file.name} has no expectations in expected.json`);
    cut.files++;
    cut.expected += articles.length;
    const bytes = await bytesOf(file.name, file.build);
    let reads: ReadDocument[];
    try {
      reads = await readerFor(file.name)!.read({ bytes, name: file.name });
    } catch (error) {
      misses.push(`${file.name}: not read (${(error as Error).message})`);
      reads = [];
    }
    const docs = reads
      .map((read) => ({ read, doc: analyzeDocument(read, file.name.replace(/\.[^.]+$/, '')) }))
      // An import drops a document with no text at all.
      .filter(({ doc }) => doc.body.trim() !== '' || doc.boilerplate.length > 0);
    cut.found += docs.length;
    if (docs.length === articles.length) cut.filesRight++;
    else misses.push(`${file.name}: ${docs.length} documents, ${articles.length} articles`);
    const used = new Set<number>();
    for (const article of articles) {
      const start = squash(article.body_starts);
      let at = docs.findIndex((d, i) => !used.has(i) && squash(d.doc.body).includes(start));
      if (at < 0) at = docs.findIndex((d, i) => !used.has(i) && d.doc.title === article.title);
      const label = `${file.name} «${article.title.slice(0, 40)}»`;
      if (at < 0) {
        misses.push(`${label}: not found`);
        for (const field of EXPORT_FIELDS) if (want(field, article) !== null) fields.get(field)!.fn++;
        continue;
      }
      used.add(at);
      cut.matched++;
      const { read, doc } = docs[at]!;
      for (const field of EXPORT_FIELDS) {
        const entry = fields.get(field)!;
        const found = value(field, doc, read.meta.word_count);
        const wanted = want(field, article);
        const right = found === wanted;
        if (right && found !== null) entry.tp++;
        if (!right && found !== null) entry.fp++;
        if (!right && wanted !== null) entry.fn++;
        if (!right)
          misses.push(`${label}: ${field} ${JSON.stringify(found)} (expected ${JSON.stringify(wanted)})`);
      }
      const body = doc.body;
      if (squash(body).startsWith(start)) cut.startsRight++;
      else misses.push(`${label}: reading text starts ${JSON.stringify(body.slice(0, 60))}`);
      if (squash(body).endsWith(squash(article.body_ends))) cut.endsRight++;
      else misses.push(`${label}: reading text ends ${JSON.stringify(body.slice(-60))}`);
      const others = articles.filter((other) => other !== article);
      if (
        others.some((other) => squash(body).includes(squash(other.body_starts)) || body.includes(other.title))
      ) {
        cut.runsOn++;
        misses.push(`${label}: reading text runs into another article`);
      }
      const furniture = FURNITURE.filter(([, re]) => re.test(body)).map(([what]) => what);
      if (body.includes(article.title)) furniture.push('headline repeated');
      if (furniture.length) {
        cut.furniture++;
        misses.push(`${label}: furniture in the reading text (${furniture.join(', ')})`);
      }
    }
    cut.spurious += docs.length - used.size;
  }
  for (const entry of fields.values()) {
    entry.precision = entry.tp + entry.fp === 0 ? 1 : entry.tp / (entry.tp + entry.fp);
    entry.recall = entry.tp + entry.fn === 0 ? 1 : entry.tp / (entry.tp + entry.fn);
  }
  return { fields: [...fields.values()], split: cut, misses };
}

/** The figures as a table for the terminal. */
export function formatExportScores(scores: ExportScores, name = 'Unseen export set'): string {
  const s = scores.split;
  const pct = (n: number, d: number) => `${d === 0 ? '100.0' : ((n / d) * 100).toFixed(1)}%`;
  const lines = [
    `${name}: ${s.files} files, ${s.expected} articles`,
    `split: files cut right ${s.filesRight}/${s.files} · articles found ${s.matched}/${s.expected} (${pct(s.matched, s.expected)}) · documents ${s.found}, spurious ${s.spurious}`,
    `reading text: starts right ${s.startsRight}/${s.matched} · ends right ${s.endsRight}/${s.matched} · runs into next ${s.runsOn} · carries furniture ${s.furniture}`,
    'field          precision  recall   right  wrong  missed',
  ];
  for (const f of scores.fields) {
    lines.push(
      `${f.field.padEnd(14)} ${(f.precision * 100).toFixed(1).padStart(8)}% ${(f.recall * 100).toFixed(1).padStart(6)}%  ${String(f.tp).padStart(5)}  ${String(f.fp).padStart(5)}  ${String(f.fn - f.fp).padStart(6)}`,
    );
  }
  return lines.join('\n');
}
