import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { DocumentDetail } from '../../src/shared/model';
import type { Workbench } from '../../src/core/workbench';
import { SAMPLE_DIR, sampleWorkbench } from './helpers/tempProject';

// Expected metadata, written down by reading the five sample articles.
const EXPECTED = {
  '000_3292b154d6053123.txt': {
    title: "Secret messages of Lavrov's visit to Baku...",
    title_origin: 'heading',
    published_at: '2022-06-27',
    place: 'Baku',
    source: 'Turan',
    author: null,
    language: 'en',
  },
  '001_12199d6413a1dc22.txt': {
    title: 'Expected call of the secretary – 24 hours',
    title_origin: 'heading',
    published_at: null,
    place: null,
    source: 'Azerbaijan news',
    author: null,
    language: 'en',
  },
  '002_be83c4c46d1d8234.txt': {
    title: 'Lavrov on the Armenian-Azerbaijani border clash',
    title_origin: 'heading',
    published_at: null,
    place: null,
    source: 'Caucasus Watch',
    author: null,
    language: 'en',
  },
  '003_b6ffdc464bd14f08.txt': {
    title: 'According to Russian Foreign Minister Sergey Lavrov, the goal of the “collective West,”…',
    title_origin: 'first-sentence',
    published_at: null,
    place: null,
    source: 'Haqqin.az',
    author: 'Farhad Mammadov',
    language: 'en',
  },
  '004_edd3c2eb5472fc7c.txt': {
    title:
      'Aserbaidschanischer Außenminister besucht Moskau, OSZE-Minsk-Gruppe kündigt Besuch in der Region an',
    title_origin: 'heading',
    published_at: null,
    place: null,
    source: 'Caucasus Watch',
    author: null,
    language: 'de',
  },
} as const;

describe('importing the five sample articles', () => {
  let workbench: Workbench;
  const docs = new Map<string, DocumentDetail>();

  before(async () => {
    workbench = await sampleWorkbench();
    for (const summary of await workbench.call('documents-list', {})) {
      const detail = await workbench.call('documents-get', { id: summary.id });
      docs.set(detail.origin_path!.split('/').pop()!, detail);
    }
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    test(`${file}: title, date, place, source, author, language`, () => {
      const doc = docs.get(file);
      assert.ok(doc, `${file} was imported`);
      const { title, title_origin, published_at, place, source, author, language } = doc;
      assert.deepEqual({ title, title_origin, published_at, place, source, author, language }, expected);
    });
  }

  test('the dateline stays in the text; the title line does not repeat in the body', () => {
    const doc = docs.get('000_3292b154d6053123.txt')!;
    assert.ok(doc.body.startsWith('Baku/27.06.22/Turan: Last week, Russian Foreign Minister Sergei Lavrov'));
    assert.ok(!doc.body.includes('Secret messages'));
  });

  test('site boilerplate is set aside, not in the body, and kept', () => {
    const cases: Array<[string, string[]]> = [
      ['000_3292b154d6053123.txt', ['Leave a review', 'Follow us on social networks', 'News Line']],
      [
        '001_12199d6413a1dc22.txt',
        [
          'Leave a Reply',
          'Your email address will not be published.',
          'Back to top button',
          'Newsletter Signup',
        ],
      ],
      ['002_be83c4c46d1d8234.txt', ['Our website uses cookies.', 'seeks local specialists', 'See Also']],
      ['004_edd3c2eb5472fc7c.txt', ['Wir verwenden Cookies', 'Siehe auch', 'sucht lokale Experten']],
    ];
    for (const [file, phrases] of cases) {
      const doc = docs.get(file)!;
      const setAside = doc.boilerplate.map((block) => block.text).join('\n');
      for (const phrase of phrases) {
        assert.ok(!doc.body.includes(phrase), `${file}: "${phrase}" is not in the body`);
        assert.ok(setAside.includes(phrase), `${file}: "${phrase}" is kept as boilerplate`);
      }
    }
    const cookie = docs
      .get('002_be83c4c46d1d8234.txt')!
      .boilerplate.find((block) => block.text.includes('cookies'));
    assert.match(cookie!.reason, /cookie notice/);
  });

  test('the article itself is not taken for boilerplate', () => {
    assert.deepEqual(docs.get('003_b6ffdc464bd14f08.txt')!.boilerplate, []);
    assert.ok(
      docs
        .get('002_be83c4c46d1d8234.txt')!
        .body.endsWith('the political perception of Russia (Caucasus Watch reported).'),
    );
    assert.ok(docs.get('000_3292b154d6053123.txt')!.body.endsWith('circumvent sanctions,” he said.'));
    assert.ok(docs.get('001_12199d6413a1dc22.txt')!.body.endsWith('military operations in Karabakh. “'));
  });

  test('the byline is read as metadata and leaves the body', () => {
    const doc = docs.get('003_b6ffdc464bd14f08.txt')!;
    assert.ok(!doc.body.includes('Farhad Mammadov'));
    assert.ok(!doc.body.includes('Translated from'));
    assert.ok(doc.body.endsWith('the delimitation and demarcation of borders.'));
  });

  test('nothing is lost: every word of the original is in the title, body, boilerplate or byline', () => {
    for (const [file, doc] of docs) {
      const original = readFileSync(join(SAMPLE_DIR, file), 'utf8');
      assert.equal(doc.raw, original, `${file}: raw is the file as imported`);
      const kept = [
        doc.title,
        doc.body,
        ...doc.boilerplate.map((b) => b.text),
        doc.author ?? '',
        doc.source ?? '',
      ].join(' ');
      const keptWords = new Set(kept.match(/[\p{L}\p{N}]+/gu));
      const lost = (original.match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !keptWords.has(word));
      // 003 has no title line, and its byline keeps "Translated from" only as the source's label.
      const allowed = file.startsWith('003') ? ['Translated', 'from'] : [];
      assert.deepEqual(
        [...new Set(lost)].filter((w) => !allowed.includes(w)),
        [],
        `${file}: words dropped`,
      );
    }
  });

  test('paragraphs cover the body and sub-headings are recognised', () => {
    for (const doc of docs.values()) {
      const text = doc.paragraphs.map((p) => doc.body.slice(p.start, p.end)).join('\n\n');
      assert.equal(text, doc.body);
    }
    const german = docs.get('004_edd3c2eb5472fc7c.txt')!;
    const headings = german.paragraphs
      .filter((p) => p.kind === 'heading')
      .map((p) => german.body.slice(p.start, p.end));
    assert.deepEqual(headings, [
      'Lawrow-Mnatsakanjan-Gespräch vor dem Treffen und der Ankündigung der OSZE',
      'Shoigu besucht Aserbaidschan',
    ]);
    // 003 puts one paragraph per line without blank lines: each line is its own paragraph.
    assert.equal(docs.get('003_b6ffdc464bd14f08.txt')!.paragraphs.length, 16);
  });

  test('boilerplate blocks point at offsets inside the body', () => {
    for (const doc of docs.values()) {
      for (const block of doc.boilerplate) assert.ok(block.at >= 0 && block.at <= doc.body.length);
    }
    const news = docs.get('001_12199d6413a1dc22.txt')!;
    assert.deepEqual(
      news.boilerplate.map((b) => [b.at, b.reason]),
      [
        [0, 'site header'],
        [news.body.length, 'site navigation, comment form, newsletter sign-up'],
      ],
    );
  });
});
