/**
 * What the metadata work costs at import, per document, beside a baseline measured in the same
 * run on the same texts:
 *   analysis  — analyzeDocument (datelines, credits, dates, language, boilerplate, origins) vs.
 *               splitParagraphs + countWords (the least any import does);
 *   language  — detectLanguage alone;  minhash — the near-duplicate signature alone;
 *   stories and per-source boilerplate after an import (afterImport) vs. the import itself.
 * Texts: the news development set, each copy varied so no two are equal.
 * Usage: npm run bench:metadata -- [documents=2000]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterImport } from '../src/core/documents/afterImport';
import { minhashSignature } from '../src/core/documents/minhashSignature';
import { analyzeDocument } from '../src/core/import/analyzeDocument';
import { detectLanguage } from '../src/core/import/detectLanguage';
import { readText } from '../src/core/import/readText';
import { splitParagraphs } from '../src/core/import/splitParagraphs';
import { countWords } from '../src/shared/text/tokenize';
import { Workbench } from '../src/core/workbench';

const COUNT = Number(process.argv[2] ?? 2000);
const NEWS_DIR = resolve(__dirname, '..', 'tests', 'fixtures', 'news');
const WORDS = 'river harbour council budget school railway factory harvest border festival'.split(' ');

const files = readdirSync(NEWS_DIR).filter((name) => name.endsWith('.txt'));
const originals = files.map((name) => readFileSync(join(NEWS_DIR, name), 'utf8'));
const texts = Array.from({ length: COUNT }, (_, i) => {
  // Vary every copy: a sentence of its own in the body, so hashes and shingles differ.
  const extra = `The ${WORDS[i % 10]} report number ${i} mentions ${WORDS[(i * 7) % 10]} and ${WORDS[(i * 3) % 10]}.`;
  return originals[i % originals.length]!.replace(/\n\n/, `\n\n${extra}\n\n`);
});

function perDoc(label: string, run: (text: string, i: number) => unknown): number {
  const start = performance.now();
  texts.forEach((text, i) => run(text, i));
  const ms = (performance.now() - start) / COUNT;
  console.log(
    `${label.padEnd(44)} ${(ms * 1000).toFixed(0).padStart(6)} µs/doc  ${Math.round(1000 / ms)
      .toLocaleString('en')
      .padStart(8)} docs/s`,
  );
  return ms;
}

console.log(
  `Metadata bench: ${COUNT} texts from ${files.length} news fixtures · load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} · node ${process.version}`,
);
const base = perDoc('baseline: splitParagraphs + countWords', (text) =>
  countWords(splitParagraphs(text).join('\n\n')),
);
const full = perDoc('analyzeDocument (all metadata and origins)', (text, i) =>
  analyzeDocument({ ...readText(text), raw: text }, files[i % files.length]!),
);
perDoc('  of which detectLanguage', (text) => detectLanguage(text));
perDoc('  minhashSignature (stored at import)', (text) => minhashSignature(text));
console.log(`analysis / baseline: ${(full / base).toFixed(1)}×`);

void (async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-bench-'));
  const workbench = new Workbench(join(dir, 'bench.lectern'));
  const files = texts.map((text, i) => ({
    name: `doc-${i}.txt`,
    data_base64: Buffer.from(text).toString('base64'),
  }));
  let start = performance.now();
  const report = await workbench.call('import-uploads', { files });
  const importMs = performance.now() - start;
  const ids = report.outcomes.flatMap((o) => (o.status === 'imported' ? [o.id] : []));
  start = performance.now();
  afterImport(workbench.db, ids);
  const afterMs = performance.now() - start;
  const stories = workbench.db
    .prepare('SELECT count(DISTINCT story_id) AS n FROM documents WHERE story_id IS NOT NULL')
    .get() as { n: number };
  console.log(
    `import of ${ids.length} documents (incl. stories and boilerplate): ${Math.round(importMs)} ms, ${Math.round((ids.length / importMs) * 1000)} docs/s`,
  );
  console.log(
    `afterImport again (stories + per-source boilerplate): ${Math.round(afterMs)} ms = ${((afterMs / importMs) * 100).toFixed(0)}% of the import; ${stories.n} stories found`,
  );
  workbench.close();
  rmSync(dir, { recursive: true, force: true });
})();
