import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { DocumentDetail } from '../../src/shared/model';
import { REPO_ROOT, tempWorkbench } from './helpers/tempProject';

const HTML_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'formats', 'html');

async function importPage(name: string): Promise<DocumentDetail> {
  const workbench = tempWorkbench();
  const report = await workbench.call('import-paths', { paths: [join(HTML_DIR, name)] });
  assert.equal(report.imported, 1, JSON.stringify(report.outcomes));
  const outcome = report.outcomes[0] as { id: number };
  return workbench.call('documents-get', { id: outcome.id });
}

const asideText = (doc: DocumentDetail) => doc.boilerplate.map((block) => block.text).join('\n');
const asideReasons = (doc: DocumentDetail) => doc.boilerplate.map((block) => block.reason).join(', ');

test('a WordPress post: Yoast JSON-LD metadata, comments and share bar set aside', async () => {
  const doc = await importPage('wordpress-blog-en.html');
  assert.equal(doc.title, 'Water rights dispute reaches the valley councils');
  assert.equal(doc.author, 'Nino Beridze');
  assert.equal(doc.source, 'Caucasus Field Notes');
  assert.equal(doc.published_at, '2023-05-14');
  assert.equal(doc.language, 'en');
  assert.equal(doc.format, 'html');
  assert.ok(doc.body.startsWith('For three summers'), doc.body.slice(0, 80));
  assert.match(doc.body, /publish it on the noticeboard outside the school\.$/);
  assert.ok(!/Leave a Reply|Share this|Recent Posts|Proudly powered/.test(doc.body), doc.body);
  assert.match(asideText(doc), /The same thing happened in our village/);
  assert.match(asideReasons(doc), /comments/);
  assert.match(asideReasons(doc), /share buttons/);
  assert.ok(
    doc.paragraphs.some(
      (p) => p.kind === 'heading' && doc.body.slice(p.start, p.end) === 'A licence nobody has read',
    ),
  );
});

test('an agency page: NewsArticle JSON-LD with two authors; cookie banner, ad and related links set aside', async () => {
  const doc = await importPage('wire-agency-en.html');
  assert.equal(doc.title, 'Austria and Hungary agree gas transit terms after overnight talks');
  assert.equal(doc.author, 'Anna Leitner, Gergely Szabo');
  assert.equal(doc.source, 'Wire Agency');
  assert.equal(doc.published_at, '2024-03-03');
  assert.match(doc.body, /VIENNA, March 3 \(Reuters\) - Austria and Hungary agreed/);
  assert.ok(!/Accept All Cookies|Advertisement|Related Coverage|EU gas storage/.test(doc.body), doc.body);
  assert.match(asideReasons(doc), /cookie notice/);
  assert.match(asideReasons(doc), /advertisement/);
  assert.match(asideReasons(doc), /related links/);
});

test('a German outlet: meta tags, German cookie banner, "Mehr zum Thema" and reader comments', async () => {
  const doc = await importPage('regional-news-de.html');
  assert.equal(doc.title, 'Stadtrat stimmt für neue Straßenbahnlinie nach Ostheim');
  assert.equal(doc.author, 'Katrin Vogel');
  assert.equal(doc.source, 'Rheinische Tagespost');
  assert.equal(doc.published_at, '2024-02-21');
  assert.equal(doc.language, 'de');
  assert.match(doc.body, /Mit 41 zu 23 Stimmen/);
  assert.match(doc.body, /Anwohner fürchten Bauarbeiten/);
  assert.ok(!/Wir verwenden Cookies|Mehr zum Thema|Endlich! Darauf|Impressum/.test(doc.body), doc.body);
  assert.match(asideText(doc), /Wir verwenden Cookies/);
  assert.match(asideText(doc), /Endlich! Darauf warten wir/);
});

test('a French daily: OpenGraph date and section; "Lire aussi" and the share bar out of the text', async () => {
  const doc = await importPage('quotidien-fr.html');
  assert.equal(doc.title, 'À Marseille, le port mise sur l’électrification des quais');
  assert.equal(doc.author, 'Claire Fabre');
  assert.equal(doc.source, 'Le Quotidien du Sud');
  assert.equal(doc.published_at, '2023-11-08');
  assert.equal(doc.language, 'fr');
  assert.match(doc.body, /Depuis le quai de la Joliette/);
  assert.ok(!/Lire aussi|Partager|Mentions légales/.test(doc.body), doc.body);
});

test('a Spanish page without metadata tags: author from the visible byline, site from the <title>', async () => {
  const doc = await importPage('diario-es.html');
  assert.equal(doc.title, 'La sequía obliga a Cataluña a restringir el riego agrícola');
  assert.equal(doc.author, 'María García Puig');
  assert.equal(doc.source, 'Diario del Levante');
  assert.equal(doc.language, 'es');
  assert.match(doc.body, /BARCELONA, 12 de febrero\. El Gobierno catalán/);
  assert.ok(!/Utilizamos cookies|Compartir en|En mi pueblo/.test(doc.body), doc.body);
  assert.match(asideReasons(doc), /cookie notice/);
  assert.match(asideReasons(doc), /comments/);
});

test('a byline without "By" and a time line shown as a heading: read as author and date, set aside, kept in the original', async () => {
  const doc = await importPage('guardian-style-en.html');
  assert.equal(doc.title, 'Vienna opens its first heat shelters as temperatures pass 38C');
  assert.equal(doc.author, 'Jana Holt');
  assert.equal(doc.published_at, '2023-07-19');
  assert.equal(doc.field_origins.author, 'byline');
  assert.equal(doc.field_origins.published_at, 'byline');
  assert.ok(doc.body.startsWith('Vienna opened eleven heat shelters'), doc.body.slice(0, 80));
  assert.ok(!/Jana Holt in Vienna|14\.02 BST/.test(doc.body), 'neither line stays in the reading text');
  assert.ok(!doc.paragraphs.some((p) => p.kind === 'heading'), 'the time line is no sub-heading');
  assert.match(asideText(doc), /Jana Holt in Vienna\n\nWed 19 Jul 2023 14\.02 BST/);
  assert.match(asideReasons(doc), /byline, date line/);
  assert.match(doc.raw, /Wed 19 Jul 2023 14\.02 BST/);
});

test('an older Italian page: Windows-1252 declared in http-equiv, schema.org microdata, no OpenGraph', async () => {
  const doc = await importPage('microdata-cp1252-it.html');
  assert.equal(doc.title, 'Sciopero dei trasporti, città ferma per otto ore');
  assert.equal(doc.author, 'Giulia Ferrari');
  assert.equal(doc.published_at, '2023-10-06');
  assert.equal(doc.language, 'it');
  assert.match(doc.body, /“È la terza volta in sei mesi”, ha detto un portavoce dell’azienda/);
  assert.ok(!/Condividi|Articoli correlati|P\.IVA/.test(doc.body), doc.body);
});

test('a <title> of headline, section and site gives the headline that the page’s <h1> shows', async () => {
  const workbench = tempWorkbench();
  const html =
    '<!doctype html><html lang="en"><head><title>Turkey says grain talks resume next week | World news | The Daily Ledger</title></head>' +
    '<body><article><h1>Turkey says grain talks resume next week</h1>' +
    '<p>Turkey said on Wednesday that talks on reviving the Black Sea grain initiative would resume next week, two days after Moscow pulled out of the agreement.</p>' +
    '<p>Officials in Kyiv said exports through the Danube would continue regardless, and wheat prices rose eight per cent in Chicago.</p></article></body></html>';
  const report = await workbench.call('import-uploads', {
    files: [{ name: 'ledger.html', data_base64: Buffer.from(html).toString('base64') }],
  });
  const outcome = report.outcomes[0]!;
  assert.equal(outcome.status, 'imported', JSON.stringify(outcome));
  const doc = await workbench.call('documents-get', { id: (outcome as { id: number }).id });
  assert.equal(doc.title, 'Turkey says grain talks resume next week');
  assert.equal(doc.field_origins.title, 'heading');
  workbench.close();
});

test('an older template: headline in an <h2>, "Headline – Site" title, a cookie banner whose class names say nothing', async () => {
  const workbench = tempWorkbench();
  const html =
    '<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Kraków wprowadza strefę czystego transportu – Gazeta Małopolska</title></head><body>' +
    '<div class="rodo-popup"><p>Ta strona używa plików cookies w celu świadczenia usług na najwyższym poziomie. Dalsze korzystanie ze strony oznacza zgodę na ich użycie.</p><button>Akceptuję</button></div>' +
    '<div id="content"><h2>Kraków wprowadza strefę czystego transportu</h2><p>Autor: Jan Kowalski 05.03.2024 10:15</p>' +
    '<p>Od lipca do centrum Krakowa nie wjadą najstarsze samochody z silnikami Diesla. Radni miasta przyjęli w środę uchwałę o strefie czystego transportu.</p>' +
    '<p>Mieszkańcy, którzy mają starsze auta, dostaną dwa lata na ich wymianę. Miasto zapowiada dopłaty do biletów komunikacji miejskiej.</p></div></body></html>';
  const report = await workbench.call('import-uploads', {
    files: [{ name: 'gazeta.html', data_base64: Buffer.from(html).toString('base64') }],
  });
  const outcome = report.outcomes[0]!;
  assert.equal(outcome.status, 'imported', JSON.stringify(outcome));
  const doc = await workbench.call('documents-get', { id: (outcome as { id: number }).id });
  assert.equal(doc.title, 'Kraków wprowadza strefę czystego transportu');
  assert.equal(doc.source, 'Gazeta Małopolska');
  assert.equal(doc.author, 'Jan Kowalski');
  assert.equal(doc.published_at, '2024-03-05');
  assert.ok(!/cookies|Autor:/.test(doc.body), doc.body);
  assert.match(asideReasons(doc), /cookie notice/);
  assert.match(asideText(doc), /Ta strona używa plików cookies/);
  workbench.close();
});

test('"Site | Headline" titles, "Автор:" and "und" bylines, an agency as JSON-LD author', async () => {
  const workbench = tempWorkbench();
  const page = (lang: string, head: string, body: string) =>
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body><article>${body}</article></body></html>`;
  const prose =
    '<p>The city council voted on Thursday to create dedicated bus lanes along King Street, a move transit officials say will cut journey times by up to a third at rush hour.</p><p>Businesses on the street had asked for more loading bays, which the plan includes.</p>';
  const files = [
    page(
      'en',
      '<title>Metro Herald | Council approves new bus lanes</title>',
      '<h1>Council approves new bus lanes</h1><p>By Sam Okafor</p>' + prose,
    ),
    page(
      'de',
      '<title>Neue Radbrücke freigegeben</title>',
      '<h1>Neue Radbrücke freigegeben</h1><p>Von Jana Holt und Tom Schmidt</p>' + prose,
    ),
    page(
      'ru',
      '<title>Новая станция метро</title>',
      '<h1>Новая станция метро</h1><p class="author">Автор: Иван Петров</p>' + prose,
    ),
    page(
      'en',
      '<title>Japan returns to growth | Global Wire Daily</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Japan returns to growth","author":{"@type":"Organization","name":"Reuters"}}</script>',
      '<h1>Japan returns to growth</h1>' + prose,
    ),
  ];
  const report = await workbench.call('import-uploads', {
    files: files.map((html, i) => ({
      name: `page${i}.html`,
      data_base64: Buffer.from(html).toString('base64'),
    })),
  });
  const docs = await Promise.all(
    report.outcomes.map((outcome) => workbench.call('documents-get', { id: (outcome as { id: number }).id })),
  );
  assert.equal(docs[0]!.source, 'Metro Herald');
  assert.equal(docs[0]!.title, 'Council approves new bus lanes');
  assert.equal(docs[1]!.author, 'Jana Holt, Tom Schmidt');
  assert.equal(docs[2]!.author, 'Иван Петров');
  assert.equal(docs[3]!.author, null, 'an agency is no author');
  workbench.close();
});
