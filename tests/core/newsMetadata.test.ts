import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { boilerplateReason } from '../../src/core/import/boilerplate';
import { detectLanguage } from '../../src/core/import/detectLanguage';
import { creditTag, findByline, headByline } from '../../src/core/import/findByline';
import { completeYear, dateLine, findDate, findWeekdayDate } from '../../src/core/import/findDate';
import { parseDateline, parsePlaceDateline } from '../../src/core/import/parseDateline';
import { HELD_OUT_DIR, formatScores, scoreNewsMetadata } from './helpers/scoreNewsMetadata';

describe('agency datelines', () => {
  const cases: Array<[string, { place: string | null; published_at: string | null; source: string }]> = [
    [
      'VIENNA, March 3 (Reuters) - Austria said',
      { place: 'Vienna', published_at: '--03-03', source: 'Reuters' },
    ],
    [
      'WASHINGTON/LONDON, Feb 29 (Reuters) - The',
      { place: 'Washington/London', published_at: '--02-29', source: 'Reuters' },
    ],
    ['KYIV, Ukraine (AP) — Russian forces', { place: 'Kyiv', published_at: null, source: 'AP' }],
    ['SPRINGFIELD, Ill. (AP) — Lawmakers', { place: 'Springfield', published_at: null, source: 'AP' }],
    ['PARIS (AFP) - France will', { place: 'Paris', published_at: null, source: 'AFP' }],
    ['PARIS, 3 mars 2022 (AFP) - La France', { place: 'Paris', published_at: '2022-03-03', source: 'AFP' }],
    ['Wien (dpa) - Die Regierung', { place: 'Wien', published_at: null, source: 'dpa' }],
    ['Berlin (dpa/AFP) - Die Regierung', { place: 'Berlin', published_at: null, source: 'dpa/AFP' }],
    ['Frankfurt/Main (dpa/lhe) - Der Pegel', { place: 'Frankfurt/Main', published_at: null, source: 'dpa' }],
    ['Berlin, 3. März (dpa) - Die Zahl', { place: 'Berlin', published_at: '--03-03', source: 'dpa' }],
    ['Wien (APA) - Die Zahl', { place: 'Wien', published_at: null, source: 'APA' }],
    ['MOSCOW. March 3 (Interfax) - Russia', { place: 'Moscow', published_at: '--03-03', source: 'Interfax' }],
    ['MOSCOW, March 3. /TASS/. Russia', { place: 'Moscow', published_at: '--03-03', source: 'TASS' }],
    ['МОСКВА, 3 марта. /ТАСС/. Россия', { place: 'Москва', published_at: '--03-03', source: 'TASS' }],
    [
      'МОСКВА, 3 мар — РИА Новости. Банк',
      { place: 'Москва', published_at: '--03-03', source: 'РИА Новости' },
    ],
    [
      'Москва. 3 марта. INTERFAX.RU - Правительство',
      { place: 'Москва', published_at: '--03-03', source: 'Interfax' },
    ],
    ['BEIJING, March 3 (Xinhua) -- China', { place: 'Beijing', published_at: '--03-03', source: 'Xinhua' }],
    ['ANKARA (AA) - Türkiye', { place: 'Ankara', published_at: null, source: 'AA' }],
    ['KYIV, March 3 (UNIAN) - All stations', { place: 'Kyiv', published_at: '--03-03', source: 'UNIAN' }],
    ['Madrid, 3 mar (EFE).- El Consejo', { place: 'Madrid', published_at: '--03-03', source: 'EFE' }],
    ['Ganja/05.11.21/Turan: The', { place: 'Ganja', published_at: '2021-11-05', source: 'Turan' }],
  ];
  for (const [text, expected] of cases) {
    test(text.slice(0, 40), () => {
      const found = parseDateline(text);
      assert.ok(found, 'a dateline is found');
      assert.deepEqual(
        { place: found.place, published_at: found.published_at, source: found.source },
        expected,
      );
    });
  }
  test('clauses in brackets and impossible days are not datelines', () => {
    assert.equal(parseDateline('The minister (who) - said he would'), null);
    assert.equal(parseDateline('On Tuesday (local time) - he said'), null);
    assert.equal(parseDateline('VIENNA, March 32 (Reuters) - Austria'), null);
    assert.equal(parseDateline('Prices rose (see chart) - analysts said'), null);
  });
  test("a newspaper's own dateline gives the place", () => {
    assert.equal(parsePlaceDateline('München - Der Landtag hat')?.place, 'München');
    assert.equal(parsePlaceDateline('BERLIN – Die Regierung')?.place, 'Berlin');
    assert.equal(parsePlaceDateline('The talks - which began'), null);
  });
});

describe('credits and bylines', () => {
  test('Reuters credits name the reporters and writers, not the editors', () => {
    assert.deepEqual(
      findByline(['Text.', 'Reporting by Jana Holt; Editing by Mark Lee']).byline.author,
      'Jana Holt',
    );
    assert.equal(
      findByline([
        'Text.',
        '(Reporting by Jana Holt in Vienna and Tom Smith in Berlin; Writing by Anna Roe; Editing by Mark Lee)',
      ]).byline.author,
      'Jana Holt, Tom Smith, Anna Roe',
    );
    assert.deepEqual(findByline(['Text.', 'Additional reporting by Tom Smith; Editing by Mark Lee']), {
      byline: { author: null, source: null },
      used: 1,
    });
  });
  test('German initials and agency tags', () => {
    assert.deepEqual(creditTag('sagte er. (bsc)'), { author: 'bsc', source: null });
    assert.deepEqual(creditTag('(APA/Reuters)'), { author: null, source: 'APA' });
    assert.deepEqual(findByline(['Text.', 'bsc/dpa']).byline, { author: 'bsc', source: 'dpa' });
    assert.equal(creditTag('sagte er (in Berlin)'), null);
    assert.equal(creditTag('Ende'), null);
  });
  test('head bylines in several languages, all-caps names tidied', () => {
    assert.deepEqual(headByline('By JANA HOLT and TOM SMITH Associated Press'), {
      author: 'Jana Holt, Tom Smith',
      source: 'Associated Press',
      place: null,
    });
    assert.deepEqual(headByline('Von Jana Holt, Tiflis'), {
      author: 'Jana Holt',
      source: null,
      place: 'Tiflis',
    });
    assert.equal(headByline('Par Jeanne Dupont')?.author, 'Jeanne Dupont');
    assert.equal(headByline('Автор: Иван Петров')?.author, 'Иван Петров');
    assert.equal(headByline('By the way, this is not a byline'), null);
  });
  test('a head byline without "By": names and where they wrote from, never a title-case phrase', () => {
    assert.deepEqual(headByline('Jana Holt in Vienna'), {
      author: 'Jana Holt',
      source: null,
      place: 'Vienna',
    });
    assert.deepEqual(headByline('Jana Holt and Tom Smith in Kyiv'), {
      author: 'Jana Holt, Tom Smith',
      source: null,
      place: 'Kyiv',
    });
    assert.equal(headByline('Record Heat in Vienna'), null);
    assert.equal(headByline('Protests in Tbilisi'), null);
    assert.equal(headByline('Jana Holt spoke to farmers in Vienna'), null);
  });
  test('an AP contributor line is metadata, a sentence that happens to say "contributed" is not', () => {
    assert.equal(
      findByline(['Text.', 'Associated Press writer Tom Smith in Berlin contributed to this report.']).used,
      1,
    );
    assert.equal(findByline(['Text.', 'Several factors contributed to the decline.']).used, 0);
  });
});

describe('dates', () => {
  test('full dates in English, German, French, Spanish and Russian', () => {
    for (const text of [
      '3 March 2022',
      'March 3, 2022',
      'Mar. 3, 2022',
      '3. März 2022',
      '3 mars 2022',
      '3 de marzo de 2022',
      '3 марта 2022 г.',
    ])
      assert.equal(findDate(text), '2022-03-03', text);
  });
  test('a day named with its weekday is a partial date; a day recalled in passing is not', () => {
    assert.equal(findWeekdayDate('Wien (dpa) - Am Dienstag, 21. August, hat der'), '--08-21');
    assert.equal(findWeekdayDate('on Tuesday, August 21 the parliament'), '--08-21');
    assert.equal(findWeekdayDate('Am 26. August führte der Minister'), null);
    assert.equal(findWeekdayDate('On Tuesday the minister said'), null);
  });
  test('date lines under a title', () => {
    assert.equal(dateLine('March 3, 2022 10:42 AM ET'), '2022-03-03');
    assert.equal(dateLine('Dienstag, 21. August 2018, 10:15 Uhr'), '2018-08-21');
    assert.equal(dateLine('Stand: 03.03.2022 14:35 Uhr'), '2022-03-03');
    assert.equal(dateLine('Tuesday, 21 August'), '--08-21');
    assert.equal(dateLine('The minister met his counterpart on 3 March 2022.'), null);
  });
  test('the year of a partial date only from a full date of the same day', () => {
    assert.equal(completeYear('--03-03', ['20220303_reuters_vienna']), '2022-03-03');
    assert.equal(completeYear('--03-03', ['2022-03-03_vienna']), '2022-03-03');
    assert.equal(completeYear('--03-03', ['2022-03-04_vienna']), null);
    assert.equal(completeYear('--03-03', ['2022_vienna']), null);
  });
});

describe('language', () => {
  test('short English and German leads', () => {
    assert.equal(detectLanguage('The minister said talks would continue next week.'), 'en');
    assert.equal(detectLanguage('Die Polizei nahm am Abend zwei Männer fest.'), 'de');
  });
  test('other languages a researcher meets', () => {
    assert.equal(detectLanguage('Министр заявил, что переговоры продолжатся на следующей неделе.'), 'ru');
    assert.equal(detectLanguage('Міністр заявив, що переговори продовжаться наступного тижня.'), 'uk');
    assert.equal(
      detectLanguage('Nazir bildirib ki, danışıqlar gələn həftə davam edəcək və tərəflər razılığa gələcək.'),
      'az',
    );
    assert.equal(
      detectLanguage('El ministro dijo que las conversaciones continuarán la próxima semana.'),
      'es',
    );
    assert.equal(
      detectLanguage('Le ministre a déclaré que les discussions se poursuivraient la semaine prochaine.'),
      'fr',
    );
    assert.equal(
      detectLanguage('საქართველოს პარლამენტმა მიიღო კანონი უცხოური გავლენის გამჭვირვალობის შესახებ.'),
      'ka',
    );
  });
  test('a headline is too short to tell: no label rather than a wrong one', () => {
    assert.equal(detectLanguage('Lavrov on the Armenian-Azerbaijani border clash'), null);
  });
});

describe('cookie banners', () => {
  test('in English, German, French and Spanish', () => {
    for (const text of [
      'We use cookies to ensure that we give you the best experience on our website.',
      'Diese Website verwendet Cookies. Wenn Sie die Website weiter nutzen, stimmen Sie der Verwendung von Cookies zu.',
      "Nous utilisons des cookies pour vous garantir la meilleure expérience. En poursuivant votre navigation, vous acceptez l'utilisation de cookies.",
      'Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.',
    ])
      assert.equal(boilerplateReason(text), 'cookie notice', text);
  });
  test('an article sentence about cookies is not a banner', () => {
    assert.equal(boilerplateReason('The bakery sold 300 cookies on Sunday morning.'), null);
  });
});

test('news development set: precision and recall of each field', async () => {
  const result = await scoreNewsMetadata();
  console.log(formatScores(result));
  assert.ok(result.documents >= 40, 'at least 40 texts');
  for (const score of result.scores) {
    assert.ok(
      score.precision >= 0.95,
      `${score.field} precision ${score.precision}: ${score.misses.join('; ')}`,
    );
    assert.ok(score.recall >= 0.9, `${score.field} recall ${score.recall}: ${score.misses.join('; ')}`);
  }
});

test('held-out texts (written after the rules were frozen): precision and recall of each field', async () => {
  const result = await scoreNewsMetadata(HELD_OUT_DIR);
  console.log(formatScores(result, 'Held-out set'));
  for (const score of result.scores) {
    assert.ok(
      score.precision >= 0.85,
      `${score.field} precision ${score.precision}: ${score.misses.join('; ')}`,
    );
    assert.ok(score.recall >= 0.85, `${score.field} recall ${score.recall}: ${score.misses.join('; ')}`);
  }
});
