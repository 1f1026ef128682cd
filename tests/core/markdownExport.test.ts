import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { safeFileName } from '../../src/core/export/markdown/safeFileNames';
import {
  bold,
  code,
  codeBlock,
  heading,
  italic,
  link,
  linebreak,
  list,
  listItem,
  noteJson,
  noteLink,
  paragraph,
  passageEmbed,
  quote,
  rule,
  strike,
  table,
  tagRef,
  text,
  underline,
} from '../fixtures/noteJson';
import { sampleWorkbench, tempDir, tempWorkbench } from './helpers/tempProject';

const markdownOf = async (
  wb: Awaited<ReturnType<typeof sampleWorkbench>>,
  id: number,
  links: 'wiki' | 'relative' = 'wiki',
) => (await wb.call('notes-markdown', { id, links })).markdown;
const bodyOf = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n\n/, '');

describe('Markdown export', () => {
  test('every node type becomes GitHub-flavoured Markdown', async () => {
    const wb = tempWorkbench();
    const note = await wb.call('notes-create', {
      title: 'All nodes',
      lexical_json: noteJson(
        heading('h2', text('Findings')),
        paragraph(
          text('Plain, '),
          bold('bold'),
          text(', '),
          italic('italic'),
          text(', '),
          strike('gone'),
          text(', '),
          underline('under'),
          text(', '),
          code('x = 1'),
          text(' and '),
          bold('*stars*'),
          text('.'),
        ),
        paragraph(
          text('A '),
          link('https://example.org/a(b)', text('link')),
          text(' and a break'),
          linebreak(),
          text('here.'),
        ),
        quote(text('A block quote.')),
        list('bullet', [
          listItem([text('one')]),
          listItem([
            list('bullet', [
              listItem([text('nested')]),
              listItem([list('number', [listItem([text('deeper')])])]),
            ]),
          ]),
          listItem([text('two')]),
        ]),
        list('number', [listItem([text('first')]), listItem([text('second')])], 3),
        list('check', [listItem([text('open')], false), listItem([text('done')], true)]),
        codeBlock('ts', 'const a = 1;\nconst b = `two`;'),
        rule(),
        table([
          ['Who', 'Said'],
          ['Lavrov', 'a | b'],
        ]),
      ),
    });
    const body = bodyOf(await markdownOf(wb, note.id));
    assert.equal(
      body,
      [
        '## Findings',
        '',
        'Plain, **bold**, *italic*, ~~gone~~, <u>under</u>, `x = 1` and **\\*stars\\***.',
        '',
        'A [link](https://example.org/a%28b%29) and a break  ',
        'here.',
        '',
        '> A block quote.',
        '',
        '- one',
        '  - nested',
        '    1. deeper',
        '- two',
        '',
        '3. first',
        '4. second',
        '',
        '- [ ] open',
        '- [x] done',
        '',
        '```ts',
        'const a = 1;',
        'const b = `two`;',
        '```',
        '',
        '---',
        '',
        '| Who | Said |',
        '| --- | --- |',
        '| Lavrov | a \\| b |',
        '',
      ].join('\n'),
    );
  });

  test('quotes become blockquotes with a footnote citing speaker, title, source and date', async () => {
    const wb = await sampleWorkbench();
    const docs = await wb.call('documents-list', {});
    const turan = await wb.call('documents-get', { id: docs.find((d) => d.source === 'Turan')!.id });
    const start = turan.body.indexOf('I would very much like');
    const withSpeaker = await wb.call('passages-create', {
      document_id: turan.id,
      start,
      end: start + 60,
      kind: 'quote',
      speaker: 'Sergei Lavrov',
    });
    const without = await wb.call('passages-create', { document_id: turan.id, start: 0, end: 19 });
    const tag = await wb.call('tags-create', { name: 'Border talks' });
    await wb.call('passages-set-tags', { id: withSpeaker.id, add: [tag.id] });
    const note = await wb.call('notes-create', {
      title: 'Lavrov in Baku',
      lexical_json: noteJson(
        paragraph(text('He said:')),
        passageEmbed(withSpeaker.id),
        passageEmbed(without.id),
        paragraph(tagRef(tag.id, 'Border talks')),
      ),
    });
    const markdown = await markdownOf(wb, note.id);
    assert.match(
      markdown,
      /^---\ntitle: "Lavrov in Baku"\ncreated: "\d{4}-.*"\nupdated: ".*"\ntags:\n {2}- "Border-talks"\n---\n/,
    );
    assert.match(markdown, /> I would very much like our European colleagues to understand\[\^1\]/);
    assert.match(markdown, /> Baku\/27\.06\.22\/Turan\[\^2\]/);
    assert.match(
      markdown,
      /\[\^1\]: Sergei Lavrov, “Secret messages of Lavrov's visit to Baku\.\.\.”, Turan, 27 June 2022\./,
    );
    assert.match(
      markdown,
      /\[\^2\]: “Secret messages of Lavrov's visit to Baku\.\.\.”, Turan, 27 June 2022\./,
    );
    assert.match(markdown, /#Border-talks/);
  });

  test('a corrected passage exports its current text; a deleted one its last text, marked', async () => {
    const wb = await sampleWorkbench();
    const [doc] = await wb.call('documents-list', {});
    const passage = await wb.call('passages-create', { document_id: doc!.id, start: 0, end: 10 });
    const note = await wb.call('notes-create', {
      title: 'Live',
      lexical_json: noteJson(
        passageEmbed(passage.id, { exact: 'old snapshot text', document_title: 'Old title' }),
      ),
    });
    assert.match(
      await markdownOf(wb, note.id),
      new RegExp(`> ${passage.exact.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\[\\^1\\]`),
    );
    await wb.call('passages-delete', { id: passage.id });
    const detached = await markdownOf(wb, note.id);
    assert.match(detached, /> old snapshot text\[\^1\]/);
    assert.match(detached, /\[\^1\]: “Old title” — passage deleted in Lectern; text as last seen\./);
  });

  test('note links: [[Title]] or relative .md links; links to missing notes stay', async () => {
    const wb = tempWorkbench();
    const target = await wb.call('notes-create', { title: 'What: is "this"?' });
    const note = await wb.call('notes-create', {
      title: 'Links',
      lexical_json: noteJson(
        paragraph(noteLink('What: is "this"?', target.id), text(' and '), noteLink('Not written yet', null)),
      ),
    });
    assert.equal(
      bodyOf(await markdownOf(wb, note.id, 'wiki')).trim(),
      '[[What is this|What: is "this"?]] and [[Not written yet]]',
    );
    assert.equal(
      bodyOf(await markdownOf(wb, note.id, 'relative')).trim(),
      '[What: is "this"?](What%20is%20this.md) and [Not written yet](Not%20written%20yet.md)',
    );
  });

  test('file names are safe on Windows, macOS and Linux, and unique', () => {
    assert.equal(safeFileName('a/b\\c:d*e?f"g<h>i|j'), 'a b c d e f g h i j');
    assert.equal(safeFileName('CON'), 'CON_');
    assert.equal(safeFileName('  ...trailing dots... '), 'trailing dots');
    assert.equal(safeFileName(''), 'Untitled');
    assert.equal(safeFileName('x'.repeat(300)).length, 120);
  });

  test('exporting all notes writes one file each, with unique names and working links', async () => {
    const wb = tempWorkbench();
    const one = await wb.call('notes-create', { title: 'Same title' });
    await wb.call('notes-rename', { id: (await wb.call('notes-create', {})).id, title: 'Same title' });
    const third = await wb.call('notes-create', {
      title: 'Third',
      lexical_json: noteJson(paragraph(noteLink('Same title', one.id))),
    });
    await wb.call('notes-rename', { id: third.id, title: 'same TITLE' });
    await wb.call('notes-create', { title: 'aux' });
    const out = tempDir();
    const report = await wb.call('notes-export-markdown', { out_dir: out, links: 'relative' });
    assert.equal(report.notes, 4);
    assert.deepEqual(readdirSync(out).sort(), [
      '.lectern-export.json', // what Lectern wrote here, so a later export replaces only those
      'Same title (2).md',
      'Same title.md',
      'aux_.md',
      'same TITLE (3).md',
    ]);
    assert.match(readFileSync(join(out, 'same TITLE (3).md'), 'utf8'), /\[Same title\]\(Same%20title\.md\)/);
  });

  test('with sources: cited documents are written with block ids and quotes link to their paragraph', async () => {
    const wb = await sampleWorkbench();
    const docs = await wb.call('documents-list', {});
    const german = await wb.call('documents-get', { id: docs.find((d) => d.language === 'de')!.id });
    const start = german.body.indexOf('Wir erwarten');
    const passage = await wb.call('passages-create', {
      document_id: german.id,
      start,
      end: start + 40,
      kind: 'quote',
      speaker: 'Sergei Shoigu',
    });
    await wb.call('notes-create', { title: 'Shoigu', lexical_json: noteJson(passageEmbed(passage.id)) });
    const out = tempDir();
    const report = await wb.call('notes-export-markdown', {
      out_dir: out,
      links: 'wiki',
      with_sources: true,
    });
    assert.equal(report.sources, 1);
    const paragraphIndex = german.paragraphs.findIndex((p) => start >= p.start && start < p.end) + 1;
    const note = readFileSync(join(out, 'Shoigu.md'), 'utf8');
    const sourceName =
      'Aserbaidschanischer Außenminister besucht Moskau, OSZE-Minsk-Gruppe kündigt Besuch in der Region an';
    assert.ok(note.includes(`([[sources/${sourceName}#^p${paragraphIndex}|source]])`), note);
    const source = readFileSync(join(out, 'sources', `${sourceName}.md`), 'utf8');
    assert.match(source, new RegExp(`Wir erwarten[^\\n]*\\^p${paragraphIndex}\\n`));
    assert.match(source, /^---\ntitle: "Aserbaidschanischer/);
  });

  test('an export to a folder that cannot be written says so', async () => {
    const wb = tempWorkbench();
    await wb.call('notes-create', { title: 'x' });
    const file = join(tempDir(), 'a-file.txt');
    writeFileSync(file, 'not a folder');
    await assert.rejects(
      wb.call('notes-export-markdown', { out_dir: join(file, 'notes'), links: 'wiki' }),
      /The export to .* failed \(ENOTDIR\) after 0 files\. Choose a folder you can write to/,
    );
  });
});

describe('Markdown import', () => {
  test('Markdown → note → Markdown keeps the text and the structure', async () => {
    const wb = tempWorkbench();
    await wb.call('tags-create', { name: 'Sanctions' });
    const existing = await wb.call('notes-create', { title: 'Other note' });
    const source = [
      '---',
      'title: "Imported analysis"',
      '---',
      '',
      '## Summary',
      '',
      'Plain, **bold**, *italic*, ~~gone~~, `code` and a [link](https://example.org).',
      '',
      'See [[Other note]] and [[Missing note]], coded #Sanctions.',
      '',
      '> A block quote.',
      '',
      '- one',
      '  - nested',
      '- two',
      '',
      '1. first',
      '2. second',
      '',
      '- [ ] open',
      '- [x] done',
      '',
      '```ts',
      'const a = 1;',
      '```',
      '',
      '---',
      '',
      '| Who | Said |',
      '| --- | --- |',
      '| Lavrov | yes |',
      '',
    ].join('\n');
    const note = await wb.call('notes-import-markdown', { name: 'analysis.md', markdown: source });
    assert.equal(note.title, 'Imported analysis');
    const json = JSON.parse(note.lexical_json);
    const types = new Set<string>();
    const visit = (node: { type: string; children?: unknown[] }) => {
      types.add(node.type);
      (node.children as Array<typeof node> | undefined)?.forEach(visit);
    };
    visit(json.root);
    for (const type of [
      'heading',
      'quote',
      'list',
      'listitem',
      'code',
      'horizontalrule',
      'table',
      'tablecell',
      'note-link',
      'tag-ref',
      'link',
    ]) {
      assert.ok(types.has(type), `imported a ${type}`);
    }
    assert.equal((await wb.call('notes-backlinks', { note_id: existing.id })).length, 1);
    const again = bodyOf(await markdownOf(wb as never, note.id));
    assert.equal(again, source.replace(/^---\n[\s\S]*?\n---\n\n/, ''));
  });

  test('a title from the first heading, else the file name; an empty file is refused', async () => {
    const wb = tempWorkbench();
    assert.equal(
      (await wb.call('notes-import-markdown', { name: 'x.md', markdown: '# Heading title\n\nBody.' })).title,
      'Heading title',
    );
    assert.equal(
      (await wb.call('notes-import-markdown', { name: 'From file.md', markdown: 'Just text.' })).title,
      'From file',
    );
    await assert.rejects(
      wb.call('notes-import-markdown', { name: 'empty.md', markdown: ' \n' }),
      /empty\.md is empty/,
    );
  });
});
