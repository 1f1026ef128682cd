import { expect } from '@playwright/test';
import {
  bars,
  clickText,
  codingTest as test,
  documentId,
  dragSelect,
  openDocument,
  rangeOf,
  reader,
} from './coding';

const BAKU = "Secret messages of Lavrov's visit to Baku";

test('select with the mouse, create a tag in the palette, and the passage gets a bar', async ({
  app: page,
  lectern,
}) => {
  await openDocument(page, BAKU);
  await dragSelect(page, 'Russian Foreign Minister Sergei Lavrov visited Azerbaijan');
  const palette = page.getByRole('dialog', { name: 'Tag palette' });
  await expect(palette).toBeVisible();
  const field = palette.getByRole('combobox', { name: 'Find or create a tag' });
  await expect(field).toBeFocused();
  await field.fill('Diplomacy');
  await expect(palette.getByRole('option', { name: /Create tag “Diplomacy”/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Enter');
  await expect(palette).toHaveCount(0);
  await expect(bars(page)).toHaveCount(1);
  await expect(bars(page).first()).toHaveAccessibleName(
    /Diplomacy: “Russian Foreign Minister Sergei Lavrov visited/,
  );
  await expect(reader(page).locator('.coded')).toHaveText(
    'Russian Foreign Minister Sergei Lavrov visited Azerbaijan',
  );
  // Stored as exactly the words selected.
  const id = await documentId(lectern.workbench, BAKU);
  const [passage] = await lectern.workbench.call('passages-for-document', { document_id: id });
  expect(passage?.exact).toBe('Russian Foreign Minister Sergei Lavrov visited Azerbaijan');
  // The next selection offers the tag first, under "Recent", with the key 1.
  await dragSelect(page, 'What explicit and hidden messages');
  await expect(palette.getByRole('option').first()).toContainText('Diplomacy');
  await expect(palette.getByRole('option').first()).toContainText('1');
  await page.keyboard.press('1');
  await expect(bars(page)).toHaveCount(2);
});

test('keyboard only: a caret, Shift+arrows word by word, T, and a second overlapping code in its own lane', async ({
  app: page,
  lectern,
}) => {
  const id = await documentId(lectern.workbench, BAKU);
  const diplomacy = await lectern.workbench.call('tags-create', { name: 'Diplomacy' });
  const range = await rangeOf(
    lectern.workbench,
    id,
    'Russian Foreign Minister Sergei Lavrov visited Azerbaijan',
  );
  await lectern.workbench.call('passages-create', { document_id: id, ...range, tag_ids: [diplomacy.id] });
  await openDocument(page, BAKU);
  await expect(bars(page)).toHaveCount(1);

  await reader(page).getByLabel('Document text').focus();
  await page.keyboard.press('ArrowRight'); // the caret appears at the first word in view
  await expect(reader(page).locator('.reading-caret')).toBeVisible();
  await page.keyboard.press('ArrowRight'); // …/Turan:|
  await page.keyboard.press('ArrowRight'); // Last|
  await page.keyboard.press('ArrowLeft'); // |Last
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(reader(page).getByText('T code')).toBeVisible();
  expect(await page.evaluate(() => getSelection()?.toString())).toBe('Last week, Russian Foreign Minister');
  await page.keyboard.press('t');
  const palette = page.getByRole('dialog', { name: 'Tag palette' });
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.type('Security');
  await page.keyboard.press('Enter');

  await expect(bars(page)).toHaveCount(2);
  const security = bars(page).and(page.getByRole('button', { name: /^Security/ }));
  const first = bars(page).and(page.getByRole('button', { name: /^Diplomacy/ }));
  await expect(security).toHaveCount(1);
  // Overlapping passages sit in different lanes, side by side, in different colours.
  const lanes = [await first.getAttribute('data-lane'), await security.getAttribute('data-lane')];
  expect(new Set(lanes).size).toBe(2);
  const boxes = [await first.boundingBox(), await security.boundingBox()];
  expect(Math.abs(boxes[0]!.x - boxes[1]!.x)).toBeGreaterThanOrEqual(3);
  const colours = await Promise.all(
    [first, security].map((bar) => bar.evaluate((el) => getComputedStyle(el).backgroundColor)),
  );
  expect(colours[0]).not.toBe(colours[1]);
  // The words both codes cover carry two underlines.
  await expect(reader(page).locator('.coded.d2')).toHaveText('Russian Foreign Minister');
  // Focus is back in the text, ready for the next passage.
  await expect(reader(page).getByLabel('Document text')).toBeFocused();
});

test('the popover shows tags and memo; a removed tag comes back with Ctrl+Z and goes again with Ctrl+Shift+Z', async ({
  app: page,
  lectern,
}) => {
  const id = await documentId(lectern.workbench, BAKU);
  const diplomacy = await lectern.workbench.call('tags-create', { name: 'Diplomacy' });
  const security = await lectern.workbench.call('tags-create', { name: 'Security' });
  const range = await rangeOf(lectern.workbench, id, 'Lavrov met with Azerbaijani President Ilham Aliyev');
  await lectern.workbench.call('passages-create', {
    document_id: id,
    ...range,
    tag_ids: [diplomacy.id, security.id],
    memo: 'First meeting of the visit',
  });
  await openDocument(page, BAKU);
  await bars(page).first().click();
  const popover = page.getByRole('dialog', { name: 'Passage' });
  await expect(popover).toBeVisible();
  await expect(popover.getByRole('button', { name: 'Remove tag Diplomacy' })).toBeVisible();
  await expect(popover.getByRole('button', { name: 'Remove tag Security' })).toBeVisible();
  await expect(popover.getByRole('textbox', { name: 'Memo' })).toHaveValue('First meeting of the visit');

  await popover.getByRole('button', { name: 'Remove tag Security' }).click();
  await expect(popover.getByRole('button', { name: 'Remove tag Security' })).toHaveCount(0);
  await expect(bars(page).first()).toHaveAccessibleName(/^Diplomacy:/);

  await page.keyboard.press('Control+z');
  await expect(
    page.getByRole('status').filter({ hasText: 'Undid: untag “Lavrov met with Azerbaijani…”' }),
  ).toBeVisible();
  await expect(popover.getByRole('button', { name: 'Remove tag Security' })).toBeVisible();
  await expect(bars(page).first()).toHaveAccessibleName(/^Diplomacy, Security:/);

  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('status').filter({ hasText: 'Redid: untag' })).toBeVisible();
  await expect(popover.getByRole('button', { name: 'Remove tag Security' })).toHaveCount(0);

  // Add a tag from the popover, and change the memo.
  await popover.getByRole('button', { name: '+ Add tag' }).click();
  await page.keyboard.type('Sec');
  await page.keyboard.press('Enter');
  await expect(popover.getByRole('button', { name: 'Remove tag Security' })).toBeVisible();
  const memo = popover.getByRole('textbox', { name: 'Memo' });
  await memo.fill('First meeting; tone cordial');
  await memo.press('Control+Enter');
  await expect
    .poll(async () => (await lectern.workbench.call('passages-for-document', { document_id: id }))[0]?.memo)
    .toBe('First meeting; tone cordial');

  // Ctrl+Z while typing in a field belongs to the field, not to coding.
  await memo.press('Control+z');
  await expect(popover.getByRole('button', { name: 'Remove tag Security' })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
});

test('a passage’s ends move word by word without re-marking it', async ({ app: page, lectern }) => {
  const id = await documentId(lectern.workbench, BAKU);
  const tag = await lectern.workbench.call('tags-create', { name: 'Diplomacy' });
  const range = await rangeOf(lectern.workbench, id, 'Russian Foreign Minister');
  await lectern.workbench.call('passages-create', { document_id: id, ...range, tag_ids: [tag.id] });
  const exact = async () =>
    (await lectern.workbench.call('passages-for-document', { document_id: id }))[0]?.exact;
  await openDocument(page, BAKU);
  await clickText(page, 'Foreign');
  const popover = page.getByRole('dialog', { name: 'Passage' });
  await popover.getByRole('button', { name: 'Move end one word right' }).click();
  await expect.poll(exact).toBe('Russian Foreign Minister Sergei');
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect.poll(exact).toBe('Russian Foreign Minister Sergei Lavrov');
  await page.keyboard.press('Alt+Control+ArrowRight');
  await expect.poll(exact).toBe('Foreign Minister Sergei Lavrov');
  await page.keyboard.press('Alt+Control+ArrowLeft');
  await page.keyboard.press('Alt+Control+ArrowLeft');
  await expect.poll(exact).toBe('week, Russian Foreign Minister Sergei Lavrov');
  await expect(reader(page).locator('.coded')).toHaveText('week, Russian Foreign Minister Sergei Lavrov');
  await expect(bars(page)).toHaveCount(1);
});

test('quick word-wise steps on a slow machine all count, from the popover and the keyboard alike', async ({
  app: page,
  lectern,
}) => {
  const id = await documentId(lectern.workbench, BAKU);
  const tag = await lectern.workbench.call('tags-create', { name: 'Diplomacy' });
  const range = await rangeOf(lectern.workbench, id, 'Russian Foreign Minister');
  await lectern.workbench.call('passages-create', { document_id: id, ...range, tag_ids: [tag.id] });
  const exact = async () =>
    (await lectern.workbench.call('passages-for-document', { document_id: id }))[0]?.exact;
  await openDocument(page, BAKU);
  await clickText(page, 'Foreign');
  const popover = page.getByRole('dialog', { name: 'Passage' });
  const moveEnd = popover.getByRole('button', { name: 'Move end one word right' });
  await expect(moveEnd).toBeVisible();
  // A slow machine: the view takes longer to catch up with each answer than the next press takes.
  // The CPU runs at an eighth of its speed, and each answer reaches the page a while after the
  // engine stored it (as when the renderer is busy), so the stored passage is ahead of the view.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
  await page.route(/\/api\/passages-/, async (route) => {
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 250));
    await route.fulfill({ response });
  });
  try {
    // No press waits for the previous step to show: every press is one word.
    await moveEnd.click();
    await expect.poll(exact).toBe('Russian Foreign Minister Sergei');
    await moveEnd.click();
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await page.keyboard.press('Alt+Control+ArrowLeft');
    await moveEnd.click();
    await page.keyboard.press('Alt+Shift+ArrowLeft');
    await expect
      .poll(exact, { timeout: 15_000 })
      .toBe('week, Russian Foreign Minister Sergei Lavrov visited Azerbaijan.');
    await expect(reader(page).locator('.coded')).toHaveText(
      'week, Russian Foreign Minister Sergei Lavrov visited Azerbaijan.',
      { timeout: 15_000 },
    );
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    // A delayed answer may still be on its way when the test ends (the reader refetches after each
    // step); its handler must not outlive the test and fail on a closed server.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  }
  await expect(bars(page)).toHaveCount(1);
});

test('codes piling up on one sentence get a lane each, and the lanes close up to fit the margin as more come', async ({
  app: page,
  lectern,
}) => {
  const { workbench } = lectern;
  const id = await documentId(workbench, BAKU);
  const tag = await workbench.call('tags-create', { name: 'Diplomacy' });
  const range = await rangeOf(workbench, id, 'Russian Foreign Minister Sergei Lavrov visited Azerbaijan');
  // Nested ranges: each overlaps all the others, so each needs a lane of its own.
  const code = (i: number) =>
    workbench.call('passages-create', {
      document_id: id,
      start: range.start + i * 2,
      end: range.end - i * 2,
      tag_ids: [tag.id],
    });
  for (let i = 0; i < 5; i++) await code(i);
  await openDocument(page, BAKU);
  await expect(bars(page)).toHaveCount(5);
  // The horizontal distances between neighbouring bars, left to right.
  const gaps = () =>
    bars(page).evaluateAll((list) => {
      const xs = list.map((bar) => bar.getBoundingClientRect().left).sort((a, b) => a - b);
      return xs.slice(1).map((x, i) => Math.round(x - xs[i]!));
    });
  await expect.poll(gaps).toEqual([8, 8, 8, 8]);

  // A sixth lane: all six are spaced closer (46 px of margin / 6 lanes → 7 px), not only the new one.
  await code(5);
  await expect(bars(page)).toHaveCount(6);
  await expect.poll(gaps).toEqual([7, 7, 7, 7, 7]);
  const lanes = await bars(page).evaluateAll((list) => list.map((bar) => bar.getAttribute('data-lane')));
  expect(new Set(lanes).size).toBe(6);
});

test('the reading caret blinks while the text has the keyboard and stays, dimmed, when it leaves', async ({
  app: page,
  lectern,
}) => {
  await openDocument(page, BAKU);
  void lectern;
  await reader(page).getByLabel('Document text').focus();
  await page.keyboard.press('ArrowRight');
  const caret = reader(page).locator('.reading-caret');
  await expect(caret).toBeVisible();
  const look = () => caret.evaluate((el) => getComputedStyle(el).animationName);
  await expect.poll(look).toBe('caret-blink');
  await page.getByRole('tab', { name: 'Library' }).focus();
  await expect(caret).toBeVisible();
  await expect.poll(look).toBe('none');
  await expect(caret).toHaveCSS('opacity', '0.35');
  await reader(page).getByLabel('Document text').focus();
  await expect.poll(look).toBe('caret-blink');
});
