import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { DocumentDetail, ImportReport } from '../../src/shared/model';
import type { Workbench } from '../../src/core/workbench';
import { makePdf } from '../fixtures/formats/makePdf';
import { makeRtf } from '../fixtures/formats/makeRtf';
import { makeDocx, makeEpub, makeOdt, makeZip } from '../fixtures/formats/makeZip';
import { tempDir, tempWorkbench } from './helpers/tempProject';

const PARAGRAPHS = [
  'The district council met on Tuesday to discuss the water licences granted to the hydropower company since 2019.',
  'Farmers from three villages asked for the release schedule to be published before the irrigation season begins.',
];

async function importAll(
  files: Record<string, string | Uint8Array>,
): Promise<{ workbench: Workbench; report: ImportReport }> {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  const workbench = tempWorkbench();
  return { workbench, report: await workbench.call('import-paths', { paths: [dir] }) };
}

async function documentFor(
  workbench: Workbench,
  report: ImportReport,
  file: string,
): Promise<DocumentDetail> {
  const outcome = report.outcomes.find((o) => o.file.endsWith(file));
  assert.ok(outcome && outcome.status === 'imported', `${file}: ${JSON.stringify(outcome)}`);
  return workbench.call('documents-get', { id: outcome.id });
}

test('DOCX, ODT, RTF and EPUB: text, headings and the properties each format states', async () => {
  const { workbench, report } = await importAll({
    'minutes.docx': makeDocx(['# Council minutes', ...PARAGRAPHS], {
      title: 'Minutes of the district council',
      author: 'Ana Lomidze',
    }),
    'minutes.odt': makeOdt(
      [
        '# Sitzungsprotokoll',
        'Der Bezirksrat  tagte am Dienstag über die Wasserrechte der Bauern im Tal.',
        'Die Bauern verlangen, dass der Zeitplan veröffentlicht wird.',
      ],
      {
        title: 'Protokoll des Bezirksrats',
        author: 'Jonas Weber',
        language: 'de-DE',
      },
    ),
    'minutes.rtf': makeRtf(
      ['# Council minutes (RTF)', ...PARAGRAPHS.map((p) => p.replace('Tuesday', 'Tuesday – “as planned”'))],
      {
        title: 'Minutes in RTF',
        author: 'Ana Lomidze',
      },
    ),
    'russian.rtf': makeRtf(['Министр иностранных дел России Сергей Лавров встретился с коллегой в Москве.'], {
      cyrillic: true,
    }),
    'book.epub': makeEpub(
      [
        { title: 'Chapter One', paragraphs: [PARAGRAPHS[0]!] },
        { title: 'Chapter Two', paragraphs: [PARAGRAPHS[1]!] },
      ],
      {
        title: 'Water and Power',
        author: 'Nino Beridze',
        language: 'en',
        date: '2021-09-01',
        publisher: 'Mountain Press',
      },
    ),
  });
  assert.equal(report.imported, 5, JSON.stringify(report.outcomes));

  const docx = await documentFor(workbench, report, 'minutes.docx');
  assert.equal(docx.format, 'docx');
  assert.equal(docx.title, 'Minutes of the district council');
  assert.equal(docx.author, 'Ana Lomidze');
  assert.ok(docx.body.includes(PARAGRAPHS[1]!));
  assert.ok(
    docx.paragraphs.some(
      (p) => p.kind === 'heading' && docx.body.slice(p.start, p.end) === 'Council minutes',
    ),
  );

  const odt = await documentFor(workbench, report, 'minutes.odt');
  assert.equal(odt.title, 'Protokoll des Bezirksrats');
  assert.equal(odt.author, 'Jonas Weber');
  assert.equal(odt.language, 'de');
  assert.match(odt.body, /Der Bezirksrat {2}tagte/, 'ODT spaces (<text:s/>) are kept');
  assert.ok(!odt.body.includes("reviewer's comment"), 'comments are not reading text');

  const rtf = await documentFor(workbench, report, 'minutes.rtf');
  assert.equal(rtf.title, 'Minutes in RTF');
  assert.match(rtf.body, /Tuesday – “as planned” to discuss/);
  const russian = await documentFor(workbench, report, 'russian.rtf');
  assert.match(russian.body, /Сергей Лавров встретился/);

  const epub = await documentFor(workbench, report, 'book.epub');
  assert.equal(epub.title, 'Water and Power');
  assert.equal(epub.author, 'Nino Beridze');
  assert.equal(epub.source, 'Mountain Press');
  assert.equal(epub.published_at, '2021-09-01');
  assert.ok(epub.body.indexOf('Chapter One') < epub.body.indexOf('Chapter Two'), 'chapters in spine order');
});

const EMAIL = [
  'From: "Helen Marsh" <helen.marsh@courier.example>',
  'To: desk@courier.example',
  'Subject: =?UTF-8?Q?Border_talks_resume_=E2=80=93_notes?=',
  'Date: Mon, 27 Jun 2022 09:12:00 +0200',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'The foreign ministers met in Moscow for two hours. The commissions will meet a=',
  'gain before the end of the summer.',
  '',
  'Officials described the talks as constructive.',
  '',
].join('\r\n');

test('e-mail, mailbox and saved web archive: headers give title, author and date', async () => {
  const second = EMAIL.replace('Helen Marsh', 'Peter Novak')
    .replace('Border_talks_resume', 'Gas_deal')
    .replace('27 Jun 2022', '4 Mar 2024')
    .replace('foreign ministers met in Moscow', 'energy ministers met in Vienna');
  const first = EMAIL.replace('two hours', 'three hours');
  const mbox = `From helen@courier.example Mon Jun 27 09:12:00 2022\n${first.replace(/\r\n/g, '\n')}\nFrom peter@ledger.example Mon Mar  4 08:00:00 2024\n${second.replace(/\r\n/g, '\n')}\n>From the archive: this line is quoted.\n`;
  const mhtml = [
    'From: <Saved by Blink>',
    'Subject: Stadtrat stimmt für Straßenbahn',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related; type="text/html"; boundary="----MultipartBoundary--abc"',
    '',
    '------MultipartBoundary--abc',
    'Content-Type: text/html',
    'Content-ID: <frame-1@mhtml.blink>',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: https://www.rheinische-tagespost.example.de/lokales/strassenbahn.html',
    '',
    '<html lang=3D"de"><head><meta charset=3D"utf-8"><meta name=3D"author" content=3D"Katrin Vogel"><title>Stadtrat stimmt f=C3=BCr Stra=C3=9Fenbahn</title></head><body><nav>Startseite Lokales</nav><article><h1>Stadtrat stimmt f=C3=BCr Stra=C3=9Fenbahn</h1><p>Nach jahrelanger Debatte hat der Stadtrat am Mittwochabend den Bau der Linie 14 beschlossen. Die ersten Bahnen sollen 2029 fahren, sagte der Oberb=C3=BCrgermeister.</p><p>Mit 41 zu 23 Stimmen fiel die Entscheidung deutlicher aus als erwartet.</p></article></body></html>',
    '------MultipartBoundary--abc--',
    '',
  ].join('\r\n');
  const { workbench, report } = await importAll({
    'notes.eml': EMAIL,
    'desk.mbox': mbox,
    'page.mhtml': mhtml,
  });
  assert.equal(report.imported, 4, JSON.stringify(report.outcomes));
  const eml = await documentFor(workbench, report, 'notes.eml');
  assert.equal(eml.format, 'eml');
  assert.equal(eml.title, 'Border talks resume – notes');
  assert.equal(eml.author, 'Helen Marsh');
  assert.equal(eml.published_at, '2022-06-27');
  assert.match(eml.body, /meet again before the end of the summer/);
  const gas = await documentFor(workbench, report, 'desk.mbox (2 of 2)');
  assert.equal(gas.title, 'Gas deal – notes');
  assert.equal(gas.author, 'Peter Novak');
  assert.equal(gas.published_at, '2024-03-04');
  assert.match(gas.body, /From the archive: this line is quoted\./, 'mboxrd ">From" lines are unquoted');
  const page = await documentFor(workbench, report, 'page.mhtml');
  assert.equal(page.title, 'Stadtrat stimmt für Straßenbahn');
  assert.equal(page.author, 'Katrin Vogel');
  assert.match(page.body, /Mit 41 zu 23 Stimmen/);
  assert.ok(!page.body.includes('Startseite'), page.body);
});

test('a zip of mixed formats (and a zip inside it) imports every document, each named by its path', async () => {
  const inner = makeZip([{ name: 'deep/note.txt', data: `${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}` }]);
  const archive = makeZip([
    {
      name: 'corpus/report.pdf',
      data: Buffer.from(
        await makePdf([{ paragraphs: PARAGRAPHS.map((p) => p.replace('district', 'regional')) }]),
      ),
    },
    {
      name: 'corpus/minutes.docx',
      data: makeDocx(['# Minutes', ...PARAGRAPHS.map((p) => p.replace('Tuesday', 'Friday'))]),
    },
    {
      name: 'corpus/Straßenbahn.html',
      data: '<html lang="de"><body><article><h1>Linie 14 kommt</h1><p>Nach jahrelanger Debatte hat der Stadtrat am Mittwochabend den Bau der Linie 14 beschlossen. Die ersten Bahnen sollen 2029 fahren.</p></article></body></html>',
    },
    { name: 'corpus/picture.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    { name: '__MACOSX/corpus/._minutes.docx', data: 'resource fork' },
    { name: 'corpus/empty.txt', data: '' },
    { name: 'more.zip', data: inner, store: true },
  ]);
  const { workbench, report } = await importAll({ 'corpus.zip': archive });
  assert.equal(report.imported, 4, JSON.stringify(report.outcomes));
  const files = report.outcomes.map((o) => o.file.split('/').slice(-3).join('/'));
  assert.ok(
    files.some((f) => f.endsWith('corpus.zip (1 of 4)')),
    files.join(', '),
  );
  const titles = (await workbench.call('documents-list', {})).map((d) => d.title).sort();
  assert.ok(titles.includes('Linie 14 kommt'), titles.join(' | '));
  assert.ok(titles.includes('Minutes'), titles.join(' | '));
  const warning = report.outcomes.map((o) => (o as { warning?: string }).warning ?? '').join(' ');
  assert.match(warning, /corpus\/empty\.txt: the file is empty/);
});
