import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { compileQuery } from '../../src/core/search/compileQuery';
import { foldedInitials, TextMatcher } from '../../src/core/search/findMatches';
import { stemLanguage } from '../../src/core/search/stemWord';
import type { Workbench } from '../../src/core/workbench';
import { foldTerm } from '../../src/shared/text/foldTerm';
import { tokenize } from '../../src/shared/text/tokenize';
import { REPO_ROOT, tempWorkbench } from './helpers/tempProject';

const CORPUS = join(REPO_ROOT, 'tests', 'fixtures', 'search-corpus');
const texts = readdirSync(CORPUS).map((name) => readFileSync(join(CORPUS, name), 'utf8'));
/** Words and characters tokenize() must split exactly as the fast scanner does. */
const TRICKY = [
  'Лавров и Шойгу — Lawrow, Schoigu; Xi Jinping, Tschetschenien, Wjatscheslaw.',
  'e\u0301te\u0301 café naïve Außenminister 2022-06-01 3½ ①',
  '𝐁𝐨𝐥𝐝 math letters, an emoji 🙂 between, a lone \ud800 surrogate and \udc00 another.',
  "Lavrov's talks\n\nwith Blinken ended; «Getreidekorridor»",
];

describe('the snippet matcher reads words as tokenize() and finds what the full matcher finds', () => {
  let workbench: Workbench;
  before(async () => {
    workbench = tempWorkbench();
    const report = await workbench.call('import-paths', { paths: [CORPUS] });
    assert.equal(report.imported, 6);
  });
  after(() => workbench.close());

  test('word offsets equal tokenize() on every kind of character', () => {
    const matcher = new TextMatcher([]);
    for (const text of [...TRICKY, ...texts]) {
      const scanned = matcher.scan(text, null);
      const tokens = tokenize(text);
      assert.deepEqual(
        [...scanned.starts],
        tokens.map((token) => token.start),
        text.slice(0, 40),
      );
      assert.deepEqual(
        [...scanned.ends],
        tokens.map((token) => token.end),
        text.slice(0, 40),
      );
    }
  });

  test('skipping words by their first letter loses no match (folded spellings, stems, phrases, prefixes)', () => {
    for (const query of [
      'Lavrov',
      'Schoigu',
      'Tschetschenien',
      'Xi',
      'sanction',
      'Korridor',
      '"sergey lavrov"',
      'Wja*',
      'Außenministers',
      'talks OR ende*',
      'cafe naive ete',
    ]) {
      const terms = compileQuery(workbench.db, query).terms;
      for (const text of [...TRICKY, ...texts])
        for (const language of ['en', 'de', null] as const) {
          const full = new TextMatcher(terms).find(
            tokenize(text).map((token) => token.text),
            stemLanguage(language),
          );
          assert.deepEqual(
            new TextMatcher(terms).scan(text, language).occurrences,
            full,
            `${query} in ${text.slice(0, 30)}`,
          );
        }
    }
  });

  test('a folded word starts with one of the letters foldedInitials allows', () => {
    const words = new Set<string>();
    for (const text of [...TRICKY, ...texts]) for (const token of tokenize(text)) words.add(token.text);
    for (let code = 48; code < 123; code++)
      for (const rest of ['', 'sch', 'chen', 'ei', 'ii', 'ai', 'xa', 'ja', 'wa'])
        words.add(String.fromCharCode(code) + rest);
    for (const word of words) {
      const code = word.charCodeAt(0);
      if (code >= 128 || !/[A-Za-z0-9]/.test(word[0]!)) continue;
      const folded = foldTerm(word);
      assert.ok(folded === '' || foldedInitials(code).includes(folded[0]!), `${word} → ${folded}`);
    }
  });
});
