import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { makePdf, pagePdf, passwordPdf } from '../fixtures/formats/makePdf';
import { ARTICLES, nexisUniExport } from '../fixtures/formats/newsExports';
import { tempDir, tempWorkbench } from './helpers/tempProject';

const TOPICS = [
  'water licences',
  'irrigation channels',
  'hydropower concessions',
  'flood defences',
  'the upper weir',
];
const PARAGRAPH = (page: number, n: number) =>
  `Paragraph ${n} on page ${page}: the commission reviewed ${TOPICS[(page + n) % TOPICS.length]} granted since ${2010 + page} and found that most of them did not include a release schedule that the public could inspect.`;

async function importFiles(files: Record<string, Uint8Array>) {
  const dir = tempDir();
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  const workbench = tempWorkbench();
  const report = await workbench.call('import-paths', { paths: [dir] });
  const byName = Object.fromEntries(report.outcomes.map((o) => [o.file.split('/').pop()!, o]));
  return { workbench, report, byName };
}

test('a PDF report: text by page, so a passage can cite its page; running heads and page numbers set aside', async () => {
  const pages = [1, 2, 3, 4].map((page) => ({
    header: 'Regional Water Authority — Annual Report 2023',
    footer: `Page ${page} of 4`,
    paragraphs: [PARAGRAPH(page, 1), PARAGRAPH(page, 2)],
  }));
  pages[0]!.paragraphs.unshift('Annual Report on Water Licences');
  const bytes = await makePdf(pages, {
    title: 'Annual Report on Water Licences 2023',
    author: 'Regional Water Authority',
  });
  const { workbench, report } = await importFiles({ 'report.pdf': bytes });
  assert.equal(report.imported, 1, JSON.stringify(report.outcomes));
  const doc = await workbench.call('documents-get', { id: (report.outcomes[0] as { id: number }).id });
  assert.equal(doc.format, 'pdf');
  assert.equal(doc.title, 'Annual Report on Water Licences 2023');
  assert.equal(doc.author, 'Regional Water Authority');
  assert.ok(!/Annual Report 2023|Page \d of 4/.test(doc.body), 'running head and foot are not reading text');
  assert.match(doc.boilerplate.map((b) => b.text).join(' '), /Page 3 of 4/);
  const onPage = (text: string) =>
    doc.paragraphs.find((p) => doc.body.slice(p.start, p.end).startsWith(text))?.page;
  assert.equal(onPage('Paragraph 1 on page 1'), 1);
  assert.equal(onPage('Paragraph 2 on page 3'), 3);
  assert.equal(onPage('Paragraph 1 on page 4'), 4);
  assert.match(
    doc.body,
    /found that most of them did not include a release schedule/,
    'wrapped lines join into one paragraph',
  );
});

test('PDFs that cannot be read get a reason naming what to do; the rest of the import completes', async () => {
  const good = await makePdf([{ paragraphs: [PARAGRAPH(1, 1), PARAGRAPH(1, 2)] }]);
  // A scan: a page with a drawing and no text.
  const scan = pagePdf('q 0.5 g 50 50 495 742 re f Q');
  const truncated = good.slice(0, Math.floor(good.length * 0.4));
  const garbage = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 0x5a)]);
  // A PDF bomb: 100 MB of zeros in a content stream of about 100 KB.
  const bomb = pagePdf(Buffer.alloc(100 * 1024 * 1024, 0x20), { compress: true });
  assert.ok(bomb.length < 200_000);
  const { report, byName } = await importFiles({
    'good.pdf': good,
    'scan.pdf': scan,
    'locked.pdf': passwordPdf(),
    'truncated.pdf': truncated,
    'garbage.pdf': garbage,
    'bomb.pdf': bomb,
    'empty.pdf': new Uint8Array(),
    'not-a-pdf.pdf': Buffer.from('This is a text file with the wrong extension.'),
  });
  const reason = (name: string) => {
    const outcome = byName[name]!;
    assert.equal(outcome.status, 'failed', `${name}: ${JSON.stringify(outcome)}`);
    return (outcome as { message: string }).message;
  };
  assert.equal(byName['good.pdf']!.status, 'imported');
  assert.equal(report.imported, 1);
  assert.match(reason('scan.pdf'), /scan.pdf has no text layer \(it looks like a scan\); run OCR .*ocrmypdf/);
  assert.match(reason('locked.pdf'), /protected by a password.*save a copy without the password/);
  assert.match(
    reason('truncated.pdf'),
    /truncated\.pdf is damaged or incomplete \(it ends before the PDF end marker/,
  );
  assert.match(reason('garbage.pdf'), /damaged or incomplete|no text layer/);
  assert.match(reason('bomb.pdf'), /PDF bomb/);
  assert.match(reason('empty.pdf'), /empty/);
  assert.match(reason('not-a-pdf.pdf'), /is not a PDF/);
});

test('a Nexis Uni PDF export becomes one document per article with its own metadata', async () => {
  const lines = nexisUniExport();
  // As Nexis prints it: articles start on a new page, each page with a running foot.
  const pages: Array<{ paragraphs: string[]; footer?: string }> = [];
  let current: string[] = [];
  for (const line of lines) {
    current.push(line);
    if (line === 'End of Document' || current.length === 14) {
      pages.push({ paragraphs: current });
      current = [];
    }
  }
  if (current.length) pages.push({ paragraphs: current });
  pages.forEach((page, i) => (page.footer = `Page ${i + 1} of ${pages.length}`));
  const { workbench, report } = await importFiles({ 'nexis-export.pdf': await makePdf(pages) });
  assert.equal(report.imported, ARTICLES.length, JSON.stringify(report.outcomes));
  const docs = await Promise.all(
    report.outcomes.map((o) => workbench.call('documents-get', { id: (o as { id: number }).id })),
  );
  for (const [i, article] of ARTICLES.entries()) {
    const doc = docs.find((d) => d.title === article.headline);
    assert.ok(doc, `article ${i + 1}: ${article.headline}`);
    assert.equal(doc.published_at, article.iso);
    assert.equal(doc.source, article.outlet);
    assert.equal(doc.author, article.author);
    assert.ok(doc.body.startsWith(article.body[0]!.slice(0, 40)), doc.body.slice(0, 80));
    assert.ok(!/Load-Date|End of Document|Page \d of/.test(doc.body), doc.body);
  }
  assert.match(report.outcomes[1]!.file, /nexis-export\.pdf \(2 of 3\)/);
});
