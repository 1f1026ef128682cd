import { codingTest as test, documentId } from './coding';
import { expect } from './lectern';
import { LAVROV, openNotesTab } from './notes';
import { heading, noteJson, paragraph, passageEmbed, text } from '../fixtures/noteJson';

const WORDS = Number(process.env.NOTES_WORDS ?? 20_000);
const EMBEDS = Number(process.env.NOTES_EMBEDS ?? 300);

/**
 * A 20,000-word note with 300 quote embeds opens, every quote drawn, within 1.5 s (a loose bound
 * a loaded CI machine still meets; the 300 ms budget is measured by `npm run bench:notes-ui`), and
 * what is typed into it lands in place. Prints the figure it asserts (NOTES_WORDS / NOTES_EMBEDS
 * change the size).
 */
test('a long note with 300 quotes opens fast and types without delay', async ({ app: page, lectern }) => {
  test.setTimeout(60_000);
  const { workbench } = lectern;
  const id = await documentId(workbench, LAVROV);
  const { body } = await workbench.call('documents-get', { id });
  const passages = [];
  for (let i = 0; i < 60; i++) {
    const start = (i * 53) % (body.length - 120);
    passages.push(await workbench.call('passages-create', { document_id: id, start, end: start + 80 }));
  }
  const words = 'the researcher writes about what the sources say and how the speakers frame it'.split(' ');
  const blocks = [];
  let written = 0;
  let paragraphs = 0;
  while (written < WORDS) {
    const sentence = Array.from({ length: 30 }, (_, i) => words[(i + paragraphs) % words.length]).join(' ');
    blocks.push(
      paragraphs % 40 === 0
        ? heading('h2', text(`Section ${paragraphs / 40 + 1}`))
        : paragraph(text(sentence + '.')),
    );
    written += 30;
    paragraphs++;
  }
  const step = Math.floor(blocks.length / EMBEDS);
  for (let i = EMBEDS - 1; i >= 0; i--) {
    const passage = passages[i % passages.length]!;
    blocks.splice(i * step, 0, passageEmbed(passage.id, { exact: passage.exact, document_id: id }));
  }
  const note = await workbench.call('notes-create', { title: 'Long note' });
  await workbench.call('notes-save', { id: note.id, lexical_json: noteJson(...blocks) });
  await page.reload();
  await openNotesTab(page);

  // Opening: from the click to an editable text with every quote drawn.
  const openMs = await page.evaluate(async (count) => {
    const row = [...document.querySelectorAll<HTMLElement>('[data-testid="note-row"] button')].find((b) =>
      b.textContent?.includes('Long note'),
    )!;
    const t0 = performance.now();
    row.click();
    return new Promise<number>((resolve) => {
      const check = () => {
        const editor = document.querySelector('[data-testid="note-editor"]');
        if (
          editor?.getAttribute('contenteditable') === 'true' &&
          document.querySelectorAll('[data-testid="passage-embed"]').length === count
        )
          resolve(performance.now() - t0);
        else requestAnimationFrame(check);
      };
      check();
    });
  }, EMBEDS);

  // Typing: the words land where they were typed, quotes and all. How fast each key reaches the
  // screen is a figure of `npm run bench:notes-ui` (per key, beside baselines, with the machine's
  // load), not of a test: a timed assertion here would measure the machine as much as the app.
  const editor = page.getByTestId('note-editor');
  await editor.locator('p').nth(200).click();
  await page.keyboard.press('End');
  const typed = ' and then a new thought arrives while the quotes stay where they are';
  await page.keyboard.type(typed, { delay: 20 });
  console.log(
    `notes performance: open ${openMs.toFixed(0)} ms for ${WORDS} words and ${EMBEDS} embeds (must be < 1500 ms)`,
  );
  await expect(editor.locator('p').nth(200)).toContainText('while the quotes stay');
  expect(openMs).toBeLessThan(1500);
});
