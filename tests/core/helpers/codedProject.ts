import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Workbench } from '../../../src/core/workbench';
import { noteJson, noteLink, paragraph, passageEmbed, tagRef, text } from '../../fixtures/noteJson';
import { sampleWorkbench, tempDir } from './tempProject';

/** A text with astral characters (emoji, a CJK extension ideograph) before the coded words. */
export const ASTRAL_TEXT =
  'Emoji field notes 😀\n\nThe minister 🇺🇦 said: “We will not give up.” 𠀋 Then 👩‍👩‍👧 the crowd cheered.\n\nLast line 🎉 here.\n';

/**
 * The five sample articles plus one document full of astral characters, a nested codebook with
 * memos and colours, passages (a quotation with a speaker, a memo, several tags, one past an
 * emoji) and two notes that embed a passage, link each other and reference a tag.
 */
export async function codedProject(): Promise<{ wb: Workbench; astralId: number }> {
  const wb = await sampleWorkbench();
  const dir = tempDir();
  writeFileSync(join(dir, 'emoji notes.txt'), ASTRAL_TEXT);
  const report = await wb.call('import-paths', { paths: [join(dir, 'emoji notes.txt')] });
  const astral = report.outcomes[0]!;
  if (astral.status !== 'imported') throw new Error(JSON.stringify(report));
  const actors = await wb.call('tags-create', { name: 'Actors', memo: 'Who acts.\nLine two & <more>.' });
  const russia = await wb.call('tags-create', { name: 'Russia', parent_id: actors.id, color: '#AA3300' });
  const lavrov = await wb.call('tags-create', { name: 'Lavrov', parent_id: russia.id });
  const mood = await wb.call('tags-create', { name: 'Mood 😀' });
  const docs = await wb.call('documents-list', { sort: 'title', direction: 'asc' });
  const first = docs.find((doc) => doc.id !== astral.id)!;
  const firstBody = (await wb.call('documents-get', { id: first.id })).body;
  const body = (await wb.call('documents-get', { id: astral.id })).body;
  const said = body.indexOf('“We will');
  const quote = await wb.call('passages-create', {
    document_id: astral.id,
    start: said,
    end: body.indexOf('”', said) + 1,
    tag_ids: [lavrov.id, mood.id],
    kind: 'quote',
    speaker: 'Sergey Lavrov',
    memo: 'Defiant tone — compare 𠀋.',
  });
  const crowd = body.indexOf('the crowd');
  await wb.call('passages-create', {
    document_id: astral.id,
    start: crowd,
    end: crowd + 9,
    tag_ids: [mood.id],
  });
  const party = body.indexOf('🎉');
  await wb.call('passages-create', {
    document_id: astral.id,
    start: party,
    end: party + 2,
    tag_ids: [mood.id],
  });
  await wb.call('passages-create', {
    document_id: first.id,
    start: 0,
    end: 40,
    tag_ids: [russia.id, actors.id],
  });
  await wb.call('passages-create', {
    document_id: first.id,
    start: 50,
    end: Math.min(120, firstBody.length),
    tag_ids: [],
    memo: 'Untagged, but with a memo.',
  });
  const other = await wb.call('notes-create', {
    title: 'Method',
    lexical_json: noteJson(paragraph(text('How we coded, see '), tagRef(mood.id, mood.name), text('.'))),
  });
  await wb.call('notes-create', {
    title: 'Findings',
    lexical_json: noteJson(
      paragraph(
        text('The minister was firm. '),
        noteLink('Method', other.id),
        text(' and '),
        noteLink(first.title, first.id, 'document'),
      ),
      passageEmbed(quote.id, { exact: quote.exact, speaker: 'Sergey Lavrov', document_id: astral.id }),
    ),
  });
  return { wb, astralId: astral.id };
}
