/**
 * A coded project for the coding benchmarks, built from the sample articles:
 *   - `documents` copies of the five samples (each copy varied so content hashes differ; every
 *     other copy, up to 1,000, says "archived" — the 1,000-hit auto-code query), with publication
 *     dates spread over five years;
 *   - two long documents with the same text ("Long document A" and "B"): A carries `longPassages`
 *     overlapping passages under several tags, B none (the baseline for the reader);
 *   - a codebook of 19 tags in three levels; `bigTagPassages` passages carry "Diplomacy" itself,
 *     a few more only its sub-tags.
 * Documents and tags go through the Api; passages, for speed, through `workbench.db` in one
 * transaction (setup only — every figure the benchmarks report goes through the Api).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { textQuote } from '../../src/core/annotate/textQuote';
import { Workbench } from '../../src/core/workbench';
import type { Paragraph } from '../../src/shared/model';
import { onInterrupt } from './onInterrupt';
import { msSince, now } from './timing';

export const SAMPLE_DIR = resolve(__dirname, '..', '..', 'resources', 'sample');
export const LONG_TITLE_CODED = 'Long document A: collected coverage';
export const LONG_TITLE_PLAIN = 'Long document B: collected coverage';
/** Matches one sentence in each of 1,000 generated documents (with 2,000 documents or more). */
export const AUTOCODE_QUERY = 'archived';
const LONG_ROUNDS = 8;

const TREE: Array<[string, string | null]> = [
  ['Diplomacy', null],
  ['Visits', 'Diplomacy'],
  ['Talks', 'Diplomacy'],
  ['Bilateral', 'Talks'],
  ['Multilateral', 'Talks'],
  ['Actors', null],
  ['Russia', 'Actors'],
  ['Lavrov', 'Russia'],
  ['Shoigu', 'Russia'],
  ['Azerbaijan', 'Actors'],
  ['Aliyev', 'Azerbaijan'],
  ['Bayramov', 'Azerbaijan'],
  ['Armenia', 'Actors'],
  ['Themes', null],
  ['War', 'Themes'],
  ['Energy', 'Themes'],
  ['Sanctions', 'Themes'],
  ['Peace process', 'Themes'],
  ['Auto-coded', null],
];

export interface CodingProject {
  dir: string;
  dbPath: string;
  workbench: Workbench;
  /** Tag ids by name. */
  tags: Record<string, number>;
  bigTag: number;
  /** "Diplomacy" and its sub-tags. */
  bigTree: number[];
  /** Passages under "Diplomacy" counting its sub-tags. */
  bigTreePassages: number;
  longDocument: number;
  plainLongDocument: number;
  longLength: number;
  documents: number;
  passages: number;
  setup: Array<[string, number, string]>;
  /** Closes the engine and deletes the temp folder. */
  close(): void;
}

export interface BuildOptions {
  documents: number;
  bigTagPassages: number;
  longPassages: number;
  log?: (line: string) => void;
}

export async function buildCodingProject(options: BuildOptions): Promise<CodingProject> {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-coding-bench-'));
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  const setup: Array<[string, number, string]> = [];
  let workbench: Workbench | undefined;
  const disarm = onInterrupt(() => {
    workbench?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  try {
    const samples = readdirSync(SAMPLE_DIR)
      .sort()
      .map((file) => readFileSync(join(SAMPLE_DIR, file), 'utf8'));
    for (let i = 0; i < options.documents; i++) {
      const mark = i % 2 === 0 && i / 2 < 1000 ? ', archived' : '';
      const text = samples[i % samples.length]!.replace(/\n/, `\nDocument ${i} (series ${i % 97}${mark}).\n`);
      writeFileSync(join(corpus, `doc-${String(i).padStart(6, '0')}.txt`), text);
    }
    const longBody = Array.from({ length: LONG_ROUNDS }, (_, round) =>
      samples.map((text, index) => `Part ${round * samples.length + index + 1}. ${text.trim()}`).join('\n\n'),
    ).join('\n\n');
    writeFileSync(join(corpus, 'long-a.txt'), `${LONG_TITLE_CODED}\n\n${longBody}\n`);
    writeFileSync(join(corpus, 'long-b.txt'), `${LONG_TITLE_PLAIN}\n\n${longBody}\n`);

    const dbPath = join(dir, 'project.lectern');
    workbench = new Workbench(dbPath);
    let start = now();
    const report = await workbench.call('import-paths', { paths: [corpus] });
    if (report.imported !== options.documents + 2) {
      throw new Error(`Imported ${report.imported} of ${options.documents + 2} documents.`);
    }
    setup.push(['import (Api import-paths)', msSince(start), `${report.imported} documents`]);

    const db = workbench.db;
    // Setup only: the samples carry one date between them; spread dates so date filters and the
    // browser's date order have something to do.
    db.prepare(
      `UPDATE documents SET published_at = date('2019-01-01', '+' || ((id * 37) % 1826) || ' days')
       WHERE title NOT LIKE 'Long document%'`,
    ).run();

    start = now();
    const tags: Record<string, number> = {};
    for (const [name, parent] of TREE) {
      tags[name] = (
        await workbench.call('tags-create', { name, parent_id: parent ? tags[parent]! : null })
      ).id;
    }
    setup.push(['codebook (Api tags-create)', msSince(start), `${TREE.length} tags`]);

    const idOf = (title: string) =>
      (db.prepare('SELECT id FROM documents WHERE title = ?').get(title) as { id: number } | undefined)?.id ??
      -1;
    const longDocument = idOf(LONG_TITLE_CODED);
    const plainLongDocument = idOf(LONG_TITLE_PLAIN);
    if (longDocument < 0 || plainLongDocument < 0)
      throw new Error('The long documents were not imported with their titles.');

    start = now();
    const counts = insertPassages(workbench, options, tags, longDocument, plainLongDocument);
    const engine = workbench;
    const passagesMs = msSince(start);
    setup.push([
      'passages (one db transaction)',
      passagesMs,
      `${counts.total.toLocaleString('en')} passages, ${((counts.total / passagesMs) * 1000).toFixed(0)}/s`,
    ]);

    const bigTree = [
      tags['Diplomacy']!,
      tags['Visits']!,
      tags['Talks']!,
      tags['Bilateral']!,
      tags['Multilateral']!,
    ];
    const bigTreePassages = (
      db
        .prepare(
          `SELECT count(DISTINCT passage_id) AS n FROM passage_tags WHERE tag_id IN (${bigTree.join(',')})`,
        )
        .get() as { n: number }
    ).n;
    const longLength = (
      db.prepare('SELECT length(body) AS n FROM documents WHERE id = ?').get(longDocument) as { n: number }
    ).n;
    return {
      dir,
      dbPath,
      workbench: engine,
      tags,
      bigTag: tags['Diplomacy']!,
      bigTree,
      bigTreePassages,
      longDocument,
      plainLongDocument,
      longLength,
      documents: report.imported,
      passages: counts.total,
      setup,
      close() {
        engine.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    workbench?.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  } finally {
    disarm();
  }
}

/** Sentence ranges inside the body's paragraphs (headings skipped). */
export function sentences(body: string, paragraphs: Paragraph[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const paragraph of paragraphs) {
    if (paragraph.kind !== 'paragraph') continue;
    const text = body.slice(paragraph.start, paragraph.end);
    const pattern = /[^.!?…]+(?:[.!?…]+["”“»’)]*|$)/g;
    for (const match of text.matchAll(pattern)) {
      const lead = match[0].length - match[0].trimStart().length;
      const start = paragraph.start + (match.index ?? 0) + lead;
      const end = paragraph.start + (match.index ?? 0) + match[0].trimEnd().length;
      if (end - start >= 12) ranges.push([start, end]);
    }
  }
  return ranges;
}

function insertPassages(
  workbench: Workbench,
  options: BuildOptions,
  tags: Record<string, number>,
  longDocument: number,
  plainLongDocument: number,
): { total: number } {
  const db = workbench.db;
  const stamp = new Date().toISOString();
  const insert =
    db.prepare(`INSERT INTO passages (document_id, start, "end", exact, prefix, suffix, kind, speaker, memo,
    status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', 'anchored', ?, ?)`);
  const tag = db.prepare('INSERT OR IGNORE INTO passage_tags (passage_id, tag_id) VALUES (?, ?)');
  const docs = db
    .prepare('SELECT id, body, paragraphs FROM documents WHERE id NOT IN (?, ?) ORDER BY id')
    .all(longDocument, plainLongDocument) as Array<{ id: number; body: string; paragraphs: string }>;
  const subTags = ['Visits', 'Talks', 'Bilateral', 'Multilateral'].map((name) => tags[name]!);
  const actorTags = ['Lavrov', 'Shoigu', 'Aliyev', 'Bayramov', 'Armenia', 'Russia'].map(
    (name) => tags[name]!,
  );
  const themeTags = ['War', 'Energy', 'Sanctions', 'Peace process'].map((name) => tags[name]!);
  const longTags = [
    'Lavrov',
    'Aliyev',
    'War',
    'Energy',
    'Sanctions',
    'Peace process',
    'Visits',
    'Bilateral',
  ].map((name) => tags[name]!);
  let total = 0;
  const add = (
    document: { id: number; body: string },
    [start, end]: [number, number],
    tagIds: number[],
    kind: 'highlight' | 'quote' = 'highlight',
  ) => {
    const anchor = textQuote(document.body, start, end);
    const speaker = kind === 'quote' ? 'Sergei Lavrov' : null;
    const id = Number(
      insert.run(
        document.id,
        start,
        end,
        anchor.exact,
        anchor.prefix,
        anchor.suffix,
        kind,
        speaker,
        stamp,
        stamp,
      ).lastInsertRowid,
    );
    for (const tagId of tagIds) tag.run(id, tagId);
    total++;
  };
  /** The j-th range of a document: sentence j, then spans of two, three … sentences (overlapping). */
  const rangeAt = (spans: Array<[number, number]>, j: number): [number, number] => {
    const first = j % spans.length;
    const extra = Math.floor(j / spans.length);
    return [spans[first]![0], spans[Math.min(spans.length - 1, first + extra)]![1]];
  };

  db.transaction(() => {
    const perDocument = Math.ceil(options.bigTagPassages / docs.length);
    let coded = 0;
    docs.forEach((document, index) => {
      // The generated "Document 12 (series 12, archived)." line is left to auto-coding.
      const spans = sentences(document.body, JSON.parse(document.paragraphs) as Paragraph[]).filter(
        ([start, end]) => !document.body.slice(start, end).includes('(series '),
      );
      if (spans.length === 0) return;
      for (let j = 0; j < perDocument && coded < options.bigTagPassages; j++, coded++) {
        const ids = [tags['Diplomacy']!];
        if (coded % 5 === 0) ids.push(subTags[coded % subTags.length]!);
        if (coded % 3 === 0) ids.push(actorTags[coded % actorTags.length]!);
        if (coded % 7 === 0) ids.push(themeTags[coded % themeTags.length]!);
        add(document, rangeAt(spans, j), ids);
      }
      // One passage per document under a sub-tag of Diplomacy only (counts with sub-tags).
      if (index % 2 === 0) add(document, rangeAt(spans, perDocument), [subTags[index % subTags.length]!]);
    });
    if (coded < options.bigTagPassages) throw new Error(`Only ${coded} passages fit the corpus.`);

    const long = db.prepare('SELECT id, body, paragraphs FROM documents WHERE id = ?').get(longDocument) as {
      id: number;
      body: string;
      paragraphs: string;
    };
    const spans = sentences(long.body, JSON.parse(long.paragraphs) as Paragraph[]);
    for (let j = 0; j < options.longPassages; j++) {
      const ids = [longTags[j % longTags.length]!];
      if (j % 3 === 0) ids.push(longTags[(j + 3) % longTags.length]!);
      if (j % 4 === 0) ids.push(longTags[(j + 5) % longTags.length]!);
      add(long, rangeAt(spans, j), ids, j % 10 === 0 ? 'quote' : 'highlight');
    }
  })();
  return { total };
}
