/**
 * Quote detection and entity extraction over generated news articles, beside the import of the
 * same articles in the same run (the baseline: what the researcher waits for anyway). The import
 * runs detection and extraction itself; the bench times them again on their own, so the share is
 * detection ÷ import. Target (issue 14): under 10 % of import time for 10,000 articles.
 * Articles are stitched from the paragraphs of the annotated quotation set and the five samples
 * (real news prose with quotes, names, roles and datelines), each with a unique dateline line.
 * Usage: npx tsx bench/quotes.bench.ts [articles=10000]
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { findEntities } from '../src/core/entities/findEntities';
import { analyseQuotes } from '../src/core/quotes/detectQuotes';
import { Workbench } from '../src/core/workbench';
import { readQuoteSet } from '../tests/fixtures/quotes/quoteSet';

const ARTICLES = Number(process.argv[2] ?? 10_000);
const SAMPLE_DIR = join(__dirname, '..', 'resources', 'sample');

function paragraphPool(): string[] {
  const pool: string[] = [];
  for (const document of readQuoteSet()) pool.push(...document.body.split(/\n\n+/));
  for (const file of readdirSync(SAMPLE_DIR)) {
    const text = readFileSync(join(SAMPLE_DIR, file), 'utf8');
    pool.push(...text.split(/\n\n+/).filter((p) => p.length > 80));
  }
  return pool;
}

/** Deterministic pseudo-random numbers, so every run builds the same corpus. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

function main(): void {
  const pool = paragraphPool();
  const next = random(14);
  const dir = mkdtempSync(join(tmpdir(), 'lectern-bench-quotes-'));
  const files = join(dir, 'articles');
  mkdirSync(files);
  const bodies: string[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const paragraphs = [`Report ${i + 1}`, `VIENNA, March ${(i % 28) + 1} (Agency) - Dispatch number ${i}.`];
    const count = 6 + Math.floor(next() * 8);
    for (let p = 0; p < count; p++) paragraphs.push(pool[Math.floor(next() * pool.length)]!);
    const text = paragraphs.join('\n\n');
    bodies.push(text);
    writeFileSync(join(files, `article-${String(i).padStart(5, '0')}.txt`), text);
  }
  const words = bodies.reduce((n, body) => n + body.split(/\s+/).length, 0);

  const workbench = new Workbench(join(dir, 'bench.lectern'));
  try {
    let started = performance.now();
    let cpu = process.cpuUsage();
    // Import: read, metadata, boilerplate, FTS index, quotes and entities, in one transaction.
    const report = workbench.call('import-paths', { paths: [files] });
    void report.then((r) => {
      if (r.imported !== ARTICLES) console.warn(`imported ${r.imported} of ${ARTICLES}`);
    });
    return void report.then(() => {
      const importMs = performance.now() - started;
      const importCpu = cpuMs(process.cpuUsage(cpu));
      started = performance.now();
      cpu = process.cpuUsage();
      let quotes = 0;
      let entities = 0;
      for (const body of bodies) {
        const analysis = analyseQuotes(body);
        quotes += analysis.quotes.length;
        entities += findEntities(body, analysis).length;
      }
      const detectMs = performance.now() - started;
      const detectCpu = cpuMs(process.cpuUsage(cpu));
      started = performance.now();
      for (const body of bodies) analyseQuotes(body);
      const quotesOnlyMs = performance.now() - started;

      console.log(
        `Quote detection + entity extraction, ${ARTICLES.toLocaleString('en')} articles (${words.toLocaleString('en')} words)`,
      );
      console.log(
        `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
      );
      console.log(`  import (baseline, includes detection)   ${(importMs / 1000).toFixed(1)} s`);
      console.log(
        `  quotes + entities on their own          ${(detectMs / 1000).toFixed(1)} s   ${((100 * detectMs) / importMs).toFixed(1)} % of import (target < 10 %)`,
      );
      // CPU time (user + system) is steadier than wall time on a shared, loaded machine.
      console.log(
        `  CPU time: import ${(importCpu / 1000).toFixed(1)} s, quotes + entities ${(detectCpu / 1000).toFixed(1)} s   ${((100 * detectCpu) / importCpu).toFixed(1)} %`,
      );
      console.log(`    of which quotes alone                 ${(quotesOnlyMs / 1000).toFixed(1)} s`);
      console.log(
        `  found: ${quotes.toLocaleString('en')} quotations, ${entities.toLocaleString('en')} entities (per-document)`,
      );
      console.log(`  per article: ${((1000 * detectMs) / ARTICLES / 1000).toFixed(2)} ms`);
      workbench.close();
      rmSync(dir, { recursive: true, force: true });
    });
  } catch (error) {
    workbench.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

main();
