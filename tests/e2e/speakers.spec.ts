import { join } from 'node:path';
import { expect, openApp, SCREENSHOT_DIR, startLectern, test } from './lectern';

// Each test gets its own project: they accept, dismiss and merge.
test('a speaker lists every quote, suggested and accepted, and accepts from there by keyboard', async ({
  page,
}) => {
  const lectern = await startLectern();
  try {
    await openApp(page, lectern.url);
    await page.getByRole('tab', { name: /Speakers/ }).click();
    const lavrov = page
      .getByRole('list', { name: 'Speakers' })
      .getByRole('button', { name: /^Sergei Lavrov/ });
    await expect(lavrov).toContainText('5 suggested');
    await lavrov.click();

    const view = page.getByRole('region', { name: 'Quotes of Sergei Lavrov' });
    const quotes = view.getByRole('list', { name: 'Quotations' }).getByRole('listitem');
    // Every suggestion is shown, not only accepted passages (the spellings Sergey/Sergej Lawrow too).
    await expect(quotes).toHaveCount(5);
    await expect(view).toContainText('0 accepted · 5 suggested');
    await view.getByRole('button', { name: 'Accepted', exact: true }).click();
    await expect(quotes).toHaveCount(0);
    await view.getByRole('button', { name: 'All', exact: true }).click();
    await expect(quotes).toHaveCount(5);

    // Keyboard: move to the second quote, accept it; it stays listed, now accepted.
    await view.getByRole('list', { name: 'Quotations' }).focus();
    await page.keyboard.press('j');
    await page.keyboard.press('a');
    await expect(view).toContainText('1 accepted · 4 suggested');
    await expect(quotes.nth(1)).toContainText('Accepted · ');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'speaker-quotes.png') });
  } finally {
    await lectern.stop();
  }
});

test('review every open suggestion one by one, and merge a misspelt speaker from the Entities pane', async ({
  page,
}) => {
  const lectern = await startLectern();
  try {
    await openApp(page, lectern.url);
    await page.getByRole('tab', { name: /Speakers/ }).click();
    await page.getByRole('button', { name: 'Review open suggestions one by one' }).click();
    const view = page.getByRole('region', { name: 'Review suggestions' });
    const quotes = view.getByRole('list', { name: 'Quotations' }).getByRole('listitem');
    // Every open suggestion of the corpus, those without a speaker too.
    await expect(view).toContainText('0 accepted · 24 suggested');
    // A virtual list: the rows in view are drawn, the count comes from the engine.
    await expect(quotes.first()).toBeVisible();
    const dismissed = await quotes.first().getAttribute('data-quote-id');
    await view.getByRole('list', { name: 'Quotations' }).focus();
    await page.keyboard.press('d');
    // Dismissed, so it leaves the open suggestions.
    await expect(view).toContainText('0 accepted · 23 suggested');
    await expect(view.locator(`[data-quote-id="${dismissed}"]`)).toHaveCount(0);

    await expect(
      page.getByRole('list', { name: 'Speakers' }).getByRole('button', { name: /^Sregey Lavrov/ }),
    ).toBeVisible();
    await page.getByRole('tab', { name: 'Entities' }).click();
    const typos = page.getByRole('region', { name: 'Possible misspellings' });
    await expect(typos).toContainText('Sregey Lavrov may be Sergei Lavrov');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'entities-pane.png') });
    await typos.getByRole('button', { name: 'Merge' }).first().click();
    const lavrov = page
      .getByRole('list', { name: 'Entity list' })
      .getByRole('listitem', { name: 'Sergei Lavrov' });
    await expect(lavrov).toContainText('Sregey Lavrov');

    await page.getByRole('tab', { name: /Speakers/ }).click();
    const speakers = page.getByRole('list', { name: 'Speakers' });
    await expect(speakers.getByRole('button', { name: /^Sregey Lavrov/ })).toHaveCount(0);
    await expect(speakers.getByRole('button', { name: /^Sergei Lavrov/ })).toContainText('also');
  } finally {
    await lectern.stop();
  }
});
