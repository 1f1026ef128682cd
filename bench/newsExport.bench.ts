/**
 * How long one large news-database export takes to read and split: Nexis Uni (TXT, DOCX),
 * LexisNexis Academic (TXT), Factiva with fields (RTF) and in the display format (TXT), each with
 * 250 and 1,000 articles of real text (Brown Corpus), through prepareFile (reader, split,
 * analysis of every article). Splitting must stay linear: the 1,000-article time is printed as a
 * multiple of the 250-article time (4× is linear, 16× would be quadratic). The baseline, measured
 * in the same run: the same 1,000 articles as separate .txt files through prepareFile.
 * Usage: npm run bench:news-export
 */
import { loadavg } from 'node:os';
import { prepareFile } from '../src/core/import/prepareFile';
import { makeDocx } from '../tests/fixtures/formats/makeZip';
import { makeRtf } from '../tests/fixtures/formats/makeRtf';
import {
  factivaArticleExport,
  factivaCodedExport,
  lexisAcademicExport,
  nexisUniExport,
  type ExportArticle,
} from '../tests/fixtures/formats/newsExports';
import { brownArticle, brownParagraphs } from './import/brownCorpus';

const pool = brownParagraphs();
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

function articles(n: number): ExportArticle[] {
  return Array.from({ length: n }, (_, i) => {
    const { title, paragraphs } = brownArticle(pool, i);
    const day = (i % 28) + 1;
    const month = i % 12;
    return {
      headline: `${title} (${i + 1})`,
      outlet: `Outlet ${i % 37}`,
      date: `${MONTHS[month]} ${day}, 2023`,
      iso: `2023-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      byline: 'By Jana Holt',
      author: 'Jana Holt',
      section: 'NEWS; Pg. 3',
      words: paragraphs.join(' ').split(/\s+/).length,
      language: 'ENGLISH',
      body: paragraphs,
    };
  });
}

const FORMATS: Array<[string, (list: ExportArticle[]) => string | Buffer]> = [
  ['Nexis Uni .txt', (list) => nexisUniExport(list).join('\r\n\r\n')],
  ['Nexis Uni .docx', (list) => makeDocx(nexisUniExport(list))],
  ['LexisNexis Academic .txt', (list) => lexisAcademicExport(list).join('\n\n')],
  ['Factiva fields .rtf', (list) => makeRtf(factivaCodedExport(list))],
  ['Factiva display .txt', (list) => factivaArticleExport(list).join('\n\n')],
];

async function time(name: string, bytes: Buffer): Promise<{ ms: number; documents: number }> {
  const start = performance.now();
  const prepared = await prepareFile({ name, path: null, read: () => bytes }, new Date().toISOString());
  const ms = performance.now() - start;
  if ('problem' in prepared) throw new Error(`${name}: ${prepared.problem}`);
  return { ms, documents: prepared.documents.length };
}

void (async () => {
  const large = articles(1000);
  const small = large.slice(0, 250);
  // Warm-up: lazy modules (mammoth) and the JIT.
  await time('warm.docx', makeDocx(nexisUniExport(small.slice(0, 20))));
  await time('warm.txt', Buffer.from(nexisUniExport(small.slice(0, 20)).join('\n\n')));

  let baselineMs = 0;
  for (const article of large) {
    const text = `${article.headline}\n\n${article.body.join('\n\n')}`;
    baselineMs += (await time('article.txt', Buffer.from(text))).ms;
  }
  console.log(
    `load ${loadavg()
      .map((n) => n.toFixed(2))
      .join(
        ' ',
      )} · baseline: the 1,000 articles as separate .txt files: ${baselineMs.toFixed(0)} ms (${((1000 / baselineMs) * 1000).toFixed(0)} articles/s)`,
  );
  console.log('export                     250 articles  1,000 articles  ×250   articles/s  vs baseline');
  for (const [label, build] of FORMATS) {
    const extension = label.split(' ').at(-1)!;
    const a = await time(`small${extension}`, Buffer.from(build(small)));
    const b = await time(`large${extension}`, Buffer.from(build(large)));
    if (a.documents !== 250 || b.documents !== 1000)
      throw new Error(`${label}: ${a.documents} and ${b.documents} documents`);
    console.log(
      `${label.padEnd(26)} ${a.ms.toFixed(0).padStart(9)} ms ${b.ms.toFixed(0).padStart(12)} ms  ${(b.ms / a.ms).toFixed(1).padStart(4)}×  ${((1000 / b.ms) * 1000).toFixed(0).padStart(10)}  ${(b.ms / baselineMs).toFixed(2)}×`,
    );
  }
  process.exit(0);
})();
