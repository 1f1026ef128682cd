import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { inlineTags, tagName } from '../../src/core/export/markdown/lexicalToMarkdown';
import { code, link, noteJson, paragraph, tagRef, text } from '../fixtures/noteJson';
import { tempWorkbench } from './helpers/tempProject';

const frontMatter = (markdown: string) => /^---\n([\s\S]*?)\n---\n/.exec(markdown)![1]!;

describe('Markdown for Obsidian', () => {
  test('#tags typed in the body reach the front matter (as a YAML list, without #)', async () => {
    const wb = tempWorkbench();
    const tag = await wb.call('tags-create', { name: 'Border clashes' });
    const note = await wb.call('notes-create', {
      title: 'Field day',
      lexical_json: noteJson(
        paragraph(
          text('Met the #mayor and #city/council-staff about '),
          tagRef(tag.id, tag.name),
          text('. Not tags: C#, issue #12, a url http://x.org/#frag, '),
          code('#not-in-code'),
          text(' and '),
          link('https://example.org', text('#not-in-a-link')),
          text('. #Mayor again, #2022 no, #y2022 yes.'),
        ),
      ),
    });
    const { markdown } = await wb.call('notes-markdown', { id: note.id });
    assert.equal(
      frontMatter(markdown),
      [
        'title: "Field day"',
        `created: ${JSON.stringify(note.created_at)}`,
        `updated: ${JSON.stringify(note.updated_at)}`,
        'tags:',
        '  - "Border-clashes"',
        '  - "Mayor"',
        '  - "city/council-staff"',
        '  - "mayor"',
        '  - "y2022"',
      ].join('\n'),
    );
    assert.match(
      markdown,
      /Met the #mayor and #city\/council-staff/,
      'the body keeps the tags where they were typed',
    );
  });

  test('a note whose title cannot be a file name keeps it as an alias', async () => {
    const wb = tempWorkbench();
    const note = await wb.call('notes-create', {
      title: 'Q: why? / how',
      lexical_json: noteJson(paragraph(text('x'))),
    });
    const { file_name, markdown } = await wb.call('notes-markdown', { id: note.id });
    assert.notEqual(file_name, 'Q: why? / how.md');
    assert.match(frontMatter(markdown), /aliases:\n {2}- "Q: why\? \/ how"/);
  });

  test('tag names follow Obsidian’s rules', () => {
    assert.equal(tagName('Border clashes'), 'Border-clashes');
    assert.equal(tagName('2022'), '_2022', 'digits alone are no tag in Obsidian');
    assert.deepEqual(inlineTags('#a #1 x#b #c/ #d-e'), ['a', 'c', 'd-e']);
  });
});
