import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { prepareFile } from '../../../src/core/import/prepareFile';
import type { NewDocument } from '../../../src/core/documents/documentStore';

export const NEWS_DIR = join(__dirname, '..', '..', 'fixtures', 'news');
/** Texts written after the rules were frozen, to measure them on text they were not tuned on. */
export const HELD_OUT_DIR = join(__dirname, '..', '..', 'fixtures', 'news-heldout');
/**
 * Texts and saved pages in forms none of the other sets has, written before the rules were read
 * closely; each is marked `tune` (its misses guided fixes), `holdout` (scored before it was
 * opened) or `fresh` (a second batch written after those fixes).
 */
export const UNSEEN_DIR = join(__dirname, '..', '..', 'fixtures', 'news-unseen');
export const FIELDS = ['title', 'published_at', 'source', 'author', 'place', 'language'] as const;
type Field = (typeof FIELDS)[number];

type Expected = Partial<Record<Field, string | null>> & {
  title_prefix?: string;
  set_aside?: string[];
  split?: 'tune' | 'holdout' | 'fresh' | 'last';
};

/** Which part of a split set to score; `all` scores every item. */
export type Split = 'tune' | 'holdout' | 'fresh' | 'last' | 'all';

export interface FieldScore {
  field: string;
  /** Found and right. */
  tp: number;
  /** Found but wrong (a wrong value counts as a false positive and a false negative). */
  fp: number;
  /** Stated in the text but not found, or found wrong. */
  fn: number;
  precision: number;
  recall: number;
  misses: string[];
}

/**
 * Imports every text (and saved page, through the real HTML reader) of a news set without a
 * database and scores each field; with a split, only the items marked so.
 */
export async function scoreNewsMetadata(
  dir = NEWS_DIR,
  split: Split = 'all',
): Promise<{ documents: number; scores: FieldScore[] }> {
  const expectations = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<
    string,
    Expected | string
  >;
  const files = readdirSync(dir)
    .filter((name) => /\.(txt|html)$/.test(name))
    .filter((name) => {
      const expected = expectations[name];
      return split === 'all' || (typeof expected === 'object' && expected.split === split);
    });
  const scores = new Map<string, FieldScore>();
  const score = (field: string) => {
    let entry = scores.get(field);
    if (!entry)
      scores.set(field, (entry = { field, tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, misses: [] }));
    return entry;
  };
  for (const name of files) {
    const expected = expectations[name];
    if (typeof expected !== 'object') throw new Error(`${name} has no expectations in expected.json`);
    const path = join(dir, name);
    const prepared = await prepareFile(
      { name, path, read: () => readFileSync(path) },
      new Date().toISOString(),
    );
    if ('problem' in prepared) throw new Error(`${name}: ${prepared.problem}`);
    const doc: NewDocument = prepared.documents[0]!;
    for (const field of FIELDS) {
      const entry = score(field);
      const found = doc[field] ?? null;
      let want: string | null | undefined = expected[field];
      let right: boolean;
      if (field === 'title' && expected.title_prefix) {
        want = expected.title_prefix;
        right = doc.title.startsWith(expected.title_prefix);
      } else {
        if (want === undefined) continue;
        right = found === want;
      }
      if (right && found !== null) entry.tp++;
      if (!right && found !== null) entry.fp++;
      if (!right && want !== null) entry.fn++;
      if (!right)
        entry.misses.push(`${name}: ${field} ${JSON.stringify(found)} (expected ${JSON.stringify(want)})`);
    }
    for (const phrase of expected.set_aside ?? []) {
      const entry = score('set_aside');
      const setAside = doc.boilerplate.some((block) => block.text.includes(phrase));
      if (setAside && !doc.body.includes(phrase)) entry.tp++;
      else {
        entry.fn++;
        entry.misses.push(`${name}: "${phrase}" stays in the reading text`);
      }
    }
  }
  for (const entry of scores.values()) {
    entry.precision = entry.tp + entry.fp === 0 ? 1 : entry.tp / (entry.tp + entry.fp);
    entry.recall = entry.tp + entry.fn === 0 ? 1 : entry.tp / (entry.tp + entry.fn);
  }
  return { documents: files.length, scores: [...scores.values()] };
}

/** The figures as a table for the terminal. */
export function formatScores(
  result: { documents: number; scores: FieldScore[] },
  name = 'News development set',
): string {
  const lines = [
    `${name}: ${result.documents} texts`,
    'field          precision  recall   right  wrong  missed',
  ];
  for (const s of result.scores) {
    lines.push(
      `${s.field.padEnd(14)} ${(s.precision * 100).toFixed(1).padStart(8)}% ${(s.recall * 100).toFixed(1).padStart(6)}%  ${String(s.tp).padStart(5)}  ${String(s.fp).padStart(5)}  ${String(s.fn - s.fp).padStart(6)}`,
    );
  }
  return lines.join('\n');
}
