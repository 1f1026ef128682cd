import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDocument } from '../../src/core/import/analyzeDocument';
import { boilerplateReason, tailBoilerplateReason } from '../../src/core/import/boilerplate';
import { detectLanguage } from '../../src/core/import/detectLanguage';
import { creditTag, findByline, headByline } from '../../src/core/import/findByline';
import { completeYear, dateLine, findDate, findWeekdayDate } from '../../src/core/import/findDate';
import {
  capitalPlaceLine,
  leadAttribution,
  parseDateline,
  parsePlaceDateline,
  placeAndDateLine,
} from '../../src/core/import/parseDateline';
import { readText } from '../../src/core/import/readText';
import { HELD_OUT_DIR, UNSEEN_DIR, formatScores, scoreNewsMetadata } from './helpers/scoreNewsMetadata';

describe('agency datelines', () => {
  const cases: Array<[string, { place: string | null; published_at: string | null; source: string | null }]> =
    [
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
      [
        'Frankfurt/Main (dpa/lhe) - Der Pegel',
        { place: 'Frankfurt/Main', published_at: null, source: 'dpa' },
      ],
      ['Berlin, 3. März (dpa) - Die Zahl', { place: 'Berlin', published_at: '--03-03', source: 'dpa' }],
      ['Wien (APA) - Die Zahl', { place: 'Wien', published_at: null, source: 'APA' }],
      [
        'MOSCOW. March 3 (Interfax) - Russia',
        { place: 'Moscow', published_at: '--03-03', source: 'Interfax' },
      ],
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
      // Trend: a region after the place and the agency between slashes.
      [
        'BAKU, Azerbaijan, March 5. /Trend/ Azerbaijan and',
        { place: 'Baku', published_at: '--03-05', source: 'Trend' },
      ],
      // Place and date without an agency: translated agency copy, Italian and Spanish papers.
      ['Yerevan, March 5. The Minister of', { place: 'Yerevan', published_at: '--03-05', source: null }],
      ['ROMA, 15 ottobre 2024 - Il Consiglio', { place: 'Roma', published_at: '2024-10-15', source: null }],
      // ANSA puts the agency first and abbreviates the month in capitals.
      [
        '(ANSA) - BOLOGNA, 16 MAG - La Protezione',
        { place: 'Bologna', published_at: '--05-16', source: 'ANSA' },
      ],
      // epd closes the bracket with a full stop; Europa Press gives the day alone on its own line.
      ['Hannover (epd). Die evangelische Kirche', { place: 'Hannover', published_at: null, source: 'epd' }],
      ['MADRID, 5 (EUROPA PRESS)', { place: 'Madrid', published_at: null, source: 'Europa Press' }],
      ['Baku, March 5, AZERTAC', { place: 'Baku', published_at: '--03-05', source: 'AZERTAC' }],
      ['İSTANBUL (AA) - İstanbul’da', { place: 'İstanbul', published_at: null, source: 'AA' }],
      // Reuters from no one city; Kazinform's place and agency in capitals.
      ['(Reuters) - Oil prices fell on', { place: null, published_at: null, source: 'Reuters' }],
      ['ASTANA. KAZINFORM - Kazakhstan and', { place: 'Astana', published_at: null, source: 'Kazinform' }],
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
    assert.equal(parseDateline('Tuesday, March 5. The minister said'), null, 'a weekday is no place');
    assert.equal(
      parseDateline('In Paris, March 5 was declared a holiday.'),
      null,
      'the date runs on into a clause',
    );
    assert.equal(parseDateline('The Associated Press (AP). The agency said'), null, 'an agency is no place');
    assert.equal(parseDateline('The European Union (EU). Its members'), null);
  });
  test("a newspaper's own dateline gives the place", () => {
    assert.equal(parsePlaceDateline('München - Der Landtag hat')?.place, 'München');
    assert.equal(parsePlaceDateline('BERLIN – Die Regierung')?.place, 'Berlin');
    assert.equal(parsePlaceDateline('The talks - which began'), null);
    assert.equal(parsePlaceDateline('BISHKEK -- Kyrgyz authorities')?.place, 'Bishkek');
    assert.equal(parsePlaceDateline('Austin, Texas -- Committee approval of')?.place, 'Austin');
    assert.equal(parsePlaceDateline('Elburn, Ill. -- Farm machinery dealer')?.place, 'Elburn');
  });
  test('a line of place and date; a place in capitals; never a kicker', () => {
    assert.deepEqual(placeAndDateLine('Tbilisi, 14 May 2024'), {
      place: 'Tbilisi',
      published_at: '2024-05-14',
    });
    assert.deepEqual(placeAndDateLine('Salzburg, 31. August 2023'), {
      place: 'Salzburg',
      published_at: '2023-08-31',
    });
    assert.equal(placeAndDateLine('Dienstag, 21. August 2018'), null, 'a weekday is no place');
    assert.equal(placeAndDateLine('Tbilisi, the capital'), null);
    assert.deepEqual(placeAndDateLine('St. Johns, Mich., April 19'), {
      place: 'St. Johns',
      published_at: '--04-19',
    });
    assert.equal(capitalPlaceLine('ANKARA'), 'Ankara');
    assert.equal(capitalPlaceLine('ANALYSIS'), null);
    assert.equal(capitalPlaceLine('Ankara'), null);
  });
  test('an outlet crediting itself in the lead: "informs" after a name, "reports" only after an agency', () => {
    assert.equal(
      leadAttribution('Jeyhun Bayramov met Ian Borg in Vienna, Report informs, citing the Foreign Ministry.'),
      'Report',
    );
    assert.equal(
      leadAttribution("Police detained 11 journalists, RFE/RL's Kyrgyz Service reports."),
      'RFE/RL',
    );
    assert.equal(leadAttribution('Prices rose again, Smith reports.'), null);
    assert.equal(leadAttribution('The parties met, the press service of the ministry reports.'), null);
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
  test('the writer’s part of a shared credit line', () => {
    assert.equal(headByline('Text: Anna Muster / Fotos: Peter Beispiel')?.author, 'Anna Muster');
    assert.equal(headByline('Fotos: Peter Beispiel / Grafik: Jana Holt'), null);
  });
  test('a job title after the name is no second author', () => {
    assert.equal(headByline('By Hamish Reid, Transport Correspondent')?.author, 'Hamish Reid');
    assert.equal(headByline('By Jana Holt and Tom Smith, Staff Writers')?.author, 'Jana Holt, Tom Smith');
    assert.equal(headByline('Von Jana Holt, Tiflis')?.place, 'Tiflis');
  });
  test('a byline above and Reuters credits below: every person once', () => {
    const text =
      'Oil rises as Red Sea attacks disrupt shipping\n\nBy Jane Doe and John Roe\n\nLONDON, Jan 15 (Reuters) - Oil prices rose on Monday as attacks on ships forced tankers to take the longer route.\n\nBrent crude futures were up 62 cents.\n\n(Reporting by Jane Doe in London and John Roe in Singapore; Writing by Mark Smith; Editing by Susan Fenton)';
    const doc = analyzeDocument({ ...readText(text), raw: text }, 'oil');
    assert.equal(doc.author, 'Jane Doe, John Roe, Mark Smith');
  });
  test('a byline and its date on one line', () => {
    assert.deepEqual(headByline('Autor: Jan Kowalski 05.03.2024 10:15'), {
      author: 'Jan Kowalski',
      source: null,
      place: null,
      published_at: '2024-03-05',
    });
    assert.equal(headByline("By Megan O'Neill · March 5, 2024")?.published_at, '2024-03-05');
    assert.equal(headByline("By Megan O'Neill · March 5, 2024")?.author, "Megan O'Neill");
    assert.equal(headByline('Gokhan Ergocun   |03.03.2024 - Update : 03.03.2024')?.author, 'Gokhan Ergocun');
    assert.equal(headByline('Breaking News 03.03.2024'), null, 'a bare phrase needs a bar before the date');
    assert.equal(headByline('Published March 5, 2024'), null);
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
  test('dates written out in Portuguese, Polish, Turkish and Dutch', () => {
    assert.equal(dateLine('5 de março de 2024'), '2024-03-05');
    assert.equal(dateLine('12 października 2023'), '2023-10-12');
    assert.equal(dateLine('12 Şubat 2024'), '2024-02-12');
    assert.equal(dateLine('3 mei 2024'), '2024-05-03');
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
  test('a short Spanish agency lead that character statistics read as Tagalog; Italian and Portuguese leads', () => {
    assert.equal(
      detectLanguage(
        'Tiflis, 19 abr (EFE).- Los gobiernos de Azerbaiyán y Armenia firmaron un acuerdo sobre la delimitación de una parte de su frontera común, informaron ambas partes.\n\nEl acuerdo afecta a cuatro aldeas de la región de Tavush.',
      ),
      'es',
    );
    assert.equal(
      detectLanguage(
        'Il governo ha approvato nella notte la manovra, che conferma il taglio del cuneo fiscale per i redditi più bassi.',
      ),
      'it',
    );
    assert.equal(
      detectLanguage(
        'A Câmara Municipal anunciou um plano para plantar árvores nas ruas da cidade, sobretudo nas freguesias com menos espaços verdes.',
      ),
      'pt',
    );
  });
  test('a headline is too short to tell: no label rather than a wrong one', () => {
    assert.equal(detectLanguage('Lavrov on the Armenian-Azerbaijani border clash'), null);
  });
});

describe('lines around the title', () => {
  const analyze = (text: string) => analyzeDocument({ ...readText(text), raw: text }, 'article');
  test('a text opening with its date: the title is looked for after the date line', () => {
    const doc = analyze(
      'Lunes, 4 de marzo de 2024\n\nEl Ayuntamiento de Valencia aprobó este lunes un plan para plantar árboles. La alcaldesa explicó la medida.\n\nLa medida busca reducir la temperatura.',
    );
    assert.ok(doc.title.startsWith('El Ayuntamiento de Valencia aprobó'), doc.title);
    assert.equal(doc.published_at, '2024-03-04');
    assert.ok(!doc.body.includes('Lunes, 4 de marzo'), 'the date line leaves the reading text');
  });
  test('"Place, date" under a title gives place and date', () => {
    const doc = analyze(
      'PARLIAMENT APPROVES NEW ELECTION LAW\n\nTbilisi, 14 May 2024\n\nGeorgia’s parliament on Tuesday approved amendments to the electoral code.\n\nThe amendments passed by 84 votes to 4.',
    );
    assert.equal(doc.title, 'PARLIAMENT APPROVES NEW ELECTION LAW');
    assert.equal(doc.published_at, '2024-05-14');
    assert.equal(doc.place, 'Tbilisi');
  });
  test('Anadolu’s page shape: byline with date, the place alone in capitals, the subscription notice', () => {
    const doc = analyze(
      "Türkiye's exports hit record high\n\nGokhan Ergocun   |03.03.2024 - Update : 03.03.2024\n\nANKARA\n\nTürkiye's exports rose 13.1% year-on-year to $21.1 billion in February, the trade minister said.\n\nImports fell 5.4% to $27.7 billion.\n\nAnadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.",
    );
    assert.equal(doc.author, 'Gokhan Ergocun');
    assert.equal(doc.published_at, '2024-03-03');
    assert.equal(doc.place, 'Ankara');
    assert.ok(doc.body.startsWith("Türkiye's exports rose"), doc.body.slice(0, 60));
    assert.ok(!doc.body.includes('contact us for subscription'), 'the notice is set aside');
    assert.match(doc.boilerplate.map((b) => b.reason).join(', '), /subscription notice/);
  });
  test('a title from the first sentence does not stop at an initial or an abbreviation', () => {
    assert.equal(
      analyze(
        'Plainfield -- James P. Mitchell, the former Secretary of Labor, said today he would run. He added more.',
      ).title,
      'James P. Mitchell, the former Secretary of Labor, said today he would run',
    );
    assert.equal(
      analyze('Mr. Smith went to Washington on Monday. Then he left again.').title,
      'Mr. Smith went to Washington on Monday',
    );
  });
  test('"Associated Press" on the line under an AP byline is the source, not a sub-heading', () => {
    const doc = analyze(
      'Wildfire forces evacuations near Athens\n\nBy DEREK GATOPOULOS and ELENA BECATOROS\nAssociated Press\n\nA wildfire fanned by gale-force winds raced through pine forests north of Athens on Sunday.\n\nMore than 400 firefighters were battling the blaze.',
    );
    assert.equal(doc.author, 'Derek Gatopoulos, Elena Becatoros');
    assert.equal(doc.source, 'Associated Press');
    assert.ok(!doc.body.includes('Associated Press'), doc.body.slice(0, 80));
  });
  test('wire credits and an editor line at the end are metadata, not text, and name no author', () => {
    for (const credit of ['With reporting by AFP and Reuters', '(mit Material von dpa)', 'Editor: Liu Wei']) {
      const doc = analyze(
        `Security Council discusses Sudan\n\nThe council held a meeting on the humanitarian situation in Sudan on Tuesday.\n\nOfficials called for a ceasefire.\n\n${credit}`,
      );
      assert.ok(!doc.body.includes(credit), credit);
      assert.equal(doc.author, null, credit);
    }
  });
  test('a date inside the prose of the lead is what the text is about, not when it was published', () => {
    assert.equal(
      analyze(
        'Sales and net income for the year ended December 31, 1960 showed a gain over the previous year. The board met.\n\nDividends were raised.',
      ).published_at,
      null,
    );
    assert.equal(
      analyze(
        'Furthermore, as an encouragement to revisionist thinking, it was on January 23, 1843 that the society first met in the town hall and agreed on its rules.\n\nIts members came from six parishes.',
      ).published_at,
      null,
    );
    assert.equal(
      analyze(
        'Armenian PM visits Paris\n\nPosted on October 5, 2023\n\nArmenian Prime Minister Nikol Pashinyan met French President Emmanuel Macron in Paris.\n\nThey talked.',
      ).published_at,
      '2023-10-05',
      'a stamp line still counts',
    );
  });
  test('a section kicker in capitals is no place', () => {
    const doc = analyze(
      'Why the rate cut came late\n\nBy Jana Holt\n\nANALYSIS\n\nThe central bank waited three months longer than markets expected.\n\nEconomists were divided.',
    );
    assert.equal(doc.place, null);
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
  test('in Polish', () => {
    assert.equal(
      boilerplateReason(
        'Ta strona używa plików cookies w celu świadczenia usług na najwyższym poziomie. Dalsze korzystanie ze strony oznacza zgodę na ich użycie.',
      ),
      'cookie notice',
    );
  });
  test('an article sentence about cookies is not a banner', () => {
    assert.equal(boilerplateReason('The bakery sold 300 cookies on Sunday morning.'), null);
  });
  test('news about subscribers is no subscription notice', () => {
    assert.equal(
      tailBoilerplateReason('The streaming service added 9 million subscribers in the quarter.'),
      null,
    );
    assert.equal(
      tailBoilerplateReason(
        'Get unlimited access for $1 a week. Subscribe now or sign in if you are already a subscriber.',
      ),
      'newsletter sign-up',
    );
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

test('unseen texts and pages: no part of the set falls below its floor', async () => {
  // Floors under the figures measured after the fixes of issue 8 (see
  // tests/fixtures/news-unseen/README.md for the figures before, and for which part was read when):
  // a change that loses ground on text it was not written for fails here.
  for (const split of ['tune', 'holdout', 'fresh', 'last'] as const) {
    const result = await scoreNewsMetadata(UNSEEN_DIR, split);
    assert.ok(result.documents >= 10, `${split}: at least 10 items`);
    for (const score of result.scores) {
      assert.ok(
        score.precision >= 0.9 && score.recall >= 0.9,
        `${split} ${score.field}: ${score.misses.join('; ')}`,
      );
    }
  }
});
