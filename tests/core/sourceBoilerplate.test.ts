import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir, tempWorkbench } from './helpers/tempProject';

const FOOTER =
  'Caspian Weekly is an independent newsroom in Baku and Tbilisi, funded by its readers since 2009.';
const STORIES = [
  [
    'Ferry link across the Caspian resumes',
    'The ferry between Alat and Aktau resumed on Monday after a three-week pause caused by storms, the port authority said.',
    'Freight operators had diverted cargo to the rail route through Russia while the ferry was out of service.',
  ],
  [
    'Georgian wine exports reach record',
    'Georgia exported 116 million bottles of wine last year, the national wine agency said, the most since independence.',
    'China and Poland were the fastest-growing markets, while Russia remained the largest buyer.',
  ],
  [
    'Armenian central bank cuts rates',
    'The Central Bank of Armenia lowered its refinancing rate by a quarter point to 9.25 percent on Tuesday.',
    'The bank said inflation had slowed faster than expected because of the strong dram.',
  ],
  [
    'New metro line opens in Baku',
    'A new metro station opened in the Khatai district of Baku on Friday, the first in five years.',
    'The city plans ten more stations by the end of the decade, the transport ministry said.',
  ],
];

function article([title, ...paragraphs]: string[]) {
  return ['Caspian Weekly', title, ...paragraphs, FOOTER, 'Caspian Weekly'].join('\n\n');
}

async function project(count: number) {
  const workbench = tempWorkbench();
  const dir = tempDir();
  const paths = STORIES.map((story, i) => {
    const path = join(dir, `story${i}.txt`);
    writeFileSync(path, article(story));
    return path;
  });
  const first = await workbench.call('import-paths', { paths: paths.slice(0, count) });
  return { workbench, paths, ids: first.outcomes.map((o) => (o.status === 'imported' ? o.id : 0)) };
}

test("a paragraph repeated across a source's stories is set aside in each, and kept", async () => {
  const { workbench, ids } = await project(3);
  for (const id of ids) {
    const doc = await workbench.call('documents-get', { id });
    assert.equal(doc.source, 'Caspian Weekly');
    assert.ok(!doc.body.includes('independent newsroom'), `document ${id}: the footer left the reading text`);
    const block = doc.boilerplate.find((b) => b.text.includes(FOOTER));
    assert.ok(block, `document ${id}: the footer is kept as boilerplate`);
    assert.match(block.reason, /repeated in other documents of this source/);
  }
  const rules = await workbench.call('boilerplate-rules', { source: 'Caspian Weekly' });
  // The site name above and below each article is learnt too; the stories' own text is not.
  assert.deepEqual(rules.map((rule) => [rule.text, rule.verdict, rule.origin]).sort(), [
    [FOOTER, 'boilerplate', 'learnt'],
    ['Caspian Weekly', 'boilerplate', 'learnt'],
  ]);
});

test('two stories are not enough to learn from', async () => {
  const { workbench, ids } = await project(2);
  const doc = await workbench.call('documents-get', { id: ids[0]! });
  assert.ok(doc.body.includes(FOOTER));
});

test("a later document of the source gets the source's rules at import", async () => {
  const { workbench, paths } = await project(3);
  const report = await workbench.call('import-paths', { paths: [paths[3]!] });
  const id = report.outcomes[0]!.status === 'imported' ? report.outcomes[0]!.id : 0;
  const doc = await workbench.call('documents-get', { id });
  assert.ok(!doc.body.includes(FOOTER));
  assert.ok(doc.boilerplate.some((b) => b.text.includes(FOOTER)));
});

test("the researcher's mark applies to the source's other documents; coded passages stay on their text", async () => {
  const { workbench, ids } = await project(3);
  const [first, second] = ids as [number, number];
  // A coded passage in the article; the document's text changes around it.
  const before = await workbench.call('documents-get', { id: second });
  const start = before.body.indexOf('China and Poland');
  const passage = await workbench.call('passages-create', { document_id: second, start, end: start + 16 });

  // Not boilerplate after all: the footer returns to the reading text of every document.
  const marked = await workbench.call('boilerplate-mark', {
    document_id: first,
    text: FOOTER,
    verdict: 'content',
  });
  assert.equal(marked.rule?.origin, 'user');
  assert.equal(marked.documents, 3);
  for (const id of ids) assert.ok((await workbench.call('documents-get', { id })).body.includes(FOOTER));
  const [kept] = await workbench.call('passages-for-document', { document_id: second });
  assert.equal(kept!.id, passage.id);
  assert.equal(kept!.exact, 'China and Poland');
  assert.equal(kept!.status, 'anchored');

  // A sentence the researcher marks as boilerplate in one document leaves the others too.
  const line = STORIES[0]![2]!;
  await workbench.call('boilerplate-mark', { document_id: first, text: line, verdict: 'boilerplate' });
  const doc = await workbench.call('documents-get', { id: first });
  assert.ok(!doc.body.includes(line));
  assert.ok(doc.boilerplate.some((b) => b.text === line && b.reason === 'marked as boilerplate'));

  // Back to automatic: the paragraph returns to the text.
  await workbench.call('boilerplate-mark', { document_id: first, text: line, verdict: 'auto' });
  assert.ok((await workbench.call('documents-get', { id: first })).body.includes(line));
});
