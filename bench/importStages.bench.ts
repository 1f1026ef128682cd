/**
 * Where the CPU time of an import goes, stage by stage, on one thread (no workers, so process
 * CPU time is the stage's own and does not depend on how busy the other core is). The same
 * real-text articles as bench:import (Brown Corpus), written as .txt files; each stage runs over
 * all of them and is timed alone, the write in batches of 100 as importFiles writes them.
 * Printed beside the floor measured in the same run: the same titles and bodies inserted by a
 * bare better-sqlite3 loop into a table and a two-column FTS5 index — and beside the same bare
 * loop writing what Lectern's search cannot do without (the text, the original, and the index of
 * folded words and stems, four columns), which shows how much of "3× the floor" is left for
 * reading, analysis, quotations and stories.
 * Usage: npm run bench:import-stages [-- --docs 3000]
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize, deserialize } from 'node:v8';
import { tokenize } from '../src/shared/text/tokenize';
import { openDatabase } from '../src/core/db/open';
import { documentStore } from '../src/core/documents/documentStore';
import { afterImport } from '../src/core/documents/afterImport';
import { minhashSignature } from '../src/core/documents/minhashSignature';
import { prepareFile } from '../src/core/import/prepareFile';
import type { ReadyDocument } from '../src/core/import/prepareForImport';
import { quoteSuggestionStore, readQuotes } from '../src/core/quotes/storeQuoteSuggestions';
import { indexEntry } from '../src/core/search/searchIndex';
import type { NewDocument } from '../src/core/documents/documentStore';
import { bareLoop } from './import/bareLoop';
import { brownArticle, brownParagraphs } from './import/brownCorpus';

const option = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const DOCS = Number(option('docs') ?? 3000);
const BATCH = 100;

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'lectern-bench-stages-'));
  try {
    console.log(
      `Import CPU by stage, ${DOCS} plain-text articles (Brown Corpus), one thread, Node ${process.version}`,
    );
    console.log(
      `load average before: ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}\n`,
    );
    const pool = brownParagraphs();
    const dir = join(work, 'txt');
    mkdirSync(dir);
    const paths: string[] = [];
    const texts: Array<{ title: string; body: string }> = [];
    for (let i = 0; i < DOCS; i++) {
      const { title, paragraphs } = brownArticle(pool, i);
      const path = join(dir, `article-${i}.txt`);
      writeFileSync(path, `${title}\n\n${paragraphs.join('\n\n')}\n`);
      paths.push(path);
      texts.push({ title, body: paragraphs.join('\n\n') });
    }
    const rows: Array<[string, number]> = [];
    const stage = async <T>(name: string, run: () => T | Promise<T>): Promise<T> => {
      // A warm-up pass would double the run; the first documents' JIT cost is part of an import.
      const before = cpuMs();
      const result = await run();
      rows.push([name, (cpuMs() - before) / DOCS]);
      return result;
    };

    const importedAt = new Date().toISOString();
    const docs = await stage('read, decode, analyse (prepareFile)', async () => {
      const out: NewDocument[] = [];
      for (const path of paths) {
        const prepared = await prepareFile({ name: path, path, read: () => readFileSync(path) }, importedAt);
        if ('problem' in prepared) throw new Error(prepared.problem);
        out.push(...prepared.documents);
      }
      return out;
    });
    const words = await stage('tokenize the body', () => docs.map((doc) => tokenize(doc.body)));
    const quotes = await stage('quotations and entities (readQuotes)', () =>
      docs.map((doc, i) => readQuotes(doc.body, words[i])),
    );
    const entries = await stage('index entry: fold and stem (indexEntry)', () =>
      docs.map((doc, i) => indexEntry(doc.title, doc.body, doc.language, words[i])),
    );
    const signatures = await stage('MinHash signature', () => docs.map((doc) => minhashSignature(doc.body)));
    const ready: ReadyDocument[] = docs.map((doc, i) => ({
      doc,
      quotes: quotes[i]!,
      index: entries[i]!,
      minhash: signatures[i]!,
    }));
    await stage('to the writing thread and back (v8 serialize + deserialize)', () =>
      ready.map((file) => deserialize(serialize({ id: 1, result: { documents: [file] } }))),
    );

    const db = openDatabase(join(work, 'stages.lectern'));
    const store = documentStore(db);
    const suggestions = quoteSuggestionStore(db);
    const batches: number[][] = [];
    const written = new Map<number, Uint32Array>();
    await stage('write: documents, index, quotations, entities (batches of 100)', () => {
      for (let start = 0; start < ready.length; start += BATCH) {
        const ids: number[] = [];
        db.transaction(() => {
          for (const { doc, quotes: found, index, minhash } of ready.slice(start, start + BATCH)) {
            if (store.existingId(doc.content_hash) !== undefined) continue;
            const id = store.insert(doc, index, { minhash, detected: true });
            if (found) suggestions.store(id, doc.body, found, true);
            ids.push(id);
            written.set(id, minhash);
          }
        }).immediate();
        batches.push(ids);
      }
    });
    await stage('after each batch: stories, source boilerplate (afterImport)', () => {
      for (const ids of batches) afterImport(db, ids, new Map(ids.map((id) => [id, written.get(id)!])));
    });
    db.close();

    // The floor as the issue defines it: the titles and bodies into a table and a two-column index.
    const perDoc = ({ cpuSeconds }: { cpuSeconds: number }) => (1000 * cpuSeconds) / DOCS;
    const floor = perDoc(
      bareLoop(
        join(work, 'floor.db'),
        ['title', 'body'],
        texts.map((t) => [t.title, t.body]),
      ),
    );
    // What Lectern's search needs written at the least, by the same bare loop: the reading text
    // and the original in the row, and the four-column index of folded words and their stems
    // (precomputed above, so this is SQLite's share alone).
    const searchable = perDoc(
      bareLoop(
        join(work, 'searchable.db'),
        ['title', 'body', 'title_stem', 'body_stem'],
        ready.map(({ index }) => [
          index.folded.title,
          index.folded.body,
          index.stems.title,
          index.stems.body,
        ]),
        ready.map(({ doc }) => doc.raw),
      ),
    );
    const total = rows.reduce((sum, [, ms]) => sum + ms, 0);
    console.log('stage'.padEnd(66) + 'CPU ms/doc   share   × floor');
    for (const [name, ms] of rows)
      console.log(
        `${name.padEnd(66)}${ms.toFixed(3).padStart(10)}   ${((100 * ms) / total).toFixed(0).padStart(4)} %   ${(ms / floor).toFixed(1).padStart(6)}`,
      );
    console.log(
      `${'all stages'.padEnd(66)}${total.toFixed(3).padStart(10)}   100 %   ${(total / floor).toFixed(1).padStart(6)}`,
    );
    console.log(
      `${'floor: bare better-sqlite3 loop, table + 2-column FTS5'.padEnd(66)}${floor.toFixed(3).padStart(10)}`,
    );
    console.log(
      `${"bare loop writing what Lectern's search needs (text, original, 4-col.)".padEnd(66)}${searchable.toFixed(3).padStart(10)}           ${(searchable / floor).toFixed(1).padStart(6)}`,
    );
    console.log(
      `\nOn 2 cores, all stages bound an import at ${Math.round(2000 / total)} docs/s (if both cores were busy all the time); the floor runs at ${Math.round(1000 / floor)} docs/s, 3× the floor is ${Math.round(1000 / floor / 3)} docs/s.`,
    );
    // What the targets leave room for: the bounds with the quotation stage left out, and the
    // write alone (SQLite writes on one thread, whatever the workers do).
    const msOf = (prefix: string) => rows.find(([name]) => name.startsWith(prefix))?.[1] ?? 0;
    const withoutQuotes = total - msOf('quotations');
    const writing = msOf('write:') + msOf('after each batch');
    console.log(
      `Without reading quotations and entities the stages bound it at ${Math.round(2000 / withoutQuotes)} docs/s; the writing thread's share alone (write + after each batch, one thread) at ${Math.round(1000 / writing)} docs/s.`,
    );
    console.log(
      `load average after: ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

void main();
