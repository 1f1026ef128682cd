import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bars, codingTest as test, openDocument, reader } from './coding';
import { expect } from './lectern';

/**
 * A long coded document: the reader lays out and measures the text far from the view while the
 * researcher reads the top, so jumping to the end finds every bar already beside its words.
 */
test('far down a long document the bars are placed before one scrolls there', async ({
  app: page,
  lectern,
}) => {
  const { workbench } = lectern;
  const sentence = 'The delegations met again to discuss the corridor and the border commission';
  const paragraphs = Array.from(
    { length: 160 },
    (_, i) =>
      `Paragraph ${i + 1}. ${sentence}, and paragraph ${i + 1} says so in its own words. ${sentence}.`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'lectern-long-'));
  const file = join(dir, 'long-report.txt');
  writeFileSync(file, `A long report on the talks\n\n${paragraphs.join('\n\n')}\n`);
  await workbench.call('import-paths', { paths: [file] });
  const document = (await workbench.call('documents-list', {})).find((d) => d.title.includes('long report'))!;
  const { body } = await workbench.call('documents-get', { id: document.id });
  const near = body.indexOf('paragraph 2 says');
  const far = body.indexOf('paragraph 155 says');
  const top = await workbench.call('passages-create', {
    document_id: document.id,
    start: near,
    end: near + 16,
  });
  const end = await workbench.call('passages-create', {
    document_id: document.id,
    start: far,
    end: far + 40,
  });

  await page.reload();
  await openDocument(page, 'long report');
  await expect(bars(page).and(page.locator(`[data-passage-id="${top.id}"]`))).toHaveCount(1);
  // Without scrolling, the bar at the end of the text comes (in idle time).
  await expect(bars(page).and(page.locator(`[data-passage-id="${end.id}"]`))).toHaveCount(1, {
    timeout: 15_000,
  });

  // Jump there: in the first frame, the bar spans the lines of its passage.
  const placed = await reader(page).evaluate(async (element, id) => {
    const scroller = element.querySelector<HTMLElement>('.reader-scroll')!;
    element.querySelector(`.coded[data-p~="${id}"]`)!.closest('.para')!.scrollIntoView({ block: 'center' });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const bar = element.querySelector(`.bar[data-passage-id="${id}"]`)!.getBoundingClientRect();
    const text = Array.from(element.querySelectorAll(`.coded[data-p~="${id}"]`)).flatMap((span) =>
      Array.from(span.getClientRects()),
    );
    const view = scroller.getBoundingClientRect();
    return {
      visible: bar.top >= view.top && bar.bottom <= view.bottom,
      barTop: bar.top,
      barBottom: bar.bottom,
      textTop: Math.min(...text.map((r) => r.top)),
      textBottom: Math.max(...text.map((r) => r.bottom)),
    };
  }, end.id);
  expect(placed.visible).toBe(true);
  expect(Math.abs(placed.barTop - placed.textTop)).toBeLessThan(4);
  // The coded run's underline padding reaches a few px below the glyphs the bar spans.
  expect(Math.abs(placed.barBottom - placed.textBottom)).toBeLessThan(8);
});
