import type { Locator, Page } from '@playwright/test';
import type { Workbench } from '../../src/core/workbench';
import { documentId, reader } from './coding';
import { expect } from './lectern';

export const LAVROV = "Secret messages of Lavrov's visit";

/** A quotation of the Lavrov article accepted as a passage (with its speaker), as the reader would show it. */
export async function seedQuote(workbench: Workbench) {
  const id = await documentId(workbench, LAVROV);
  const suggestions = await workbench.call('quotes-list', { document_id: id });
  const suggestion = suggestions.find((quote) => quote.speaker && quote.exact.length > 40);
  if (!suggestion) throw new Error('The Lavrov article has no quotation with a speaker');
  const passage = await workbench.call('quotes-accept', { id: suggestion.id });
  return { documentId: id, passage };
}

/** The editor of the note open in the centre (or beside the reader). */
export function editor(page: Page, place: 'centre' | 'side' = 'centre'): Locator {
  return page.locator(`.note-pane.${place}`).getByTestId('note-editor');
}

/** Opens the Notes tab of the left pane. */
export async function openNotesTab(page: Page): Promise<void> {
  await page.getByRole('tab', { name: /^Notes/ }).click();
  await expect(page.getByRole('region', { name: 'Notes', exact: true })).toBeVisible();
}

/** Opens a note from the Notes tab by its title. */
export async function openNote(page: Page, title: string): Promise<void> {
  await openNotesTab(page);
  await page.getByTestId('note-row').filter({ hasText: title }).getByRole('button').first().click();
  await expect(page.locator('.note-pane.centre .note-title')).toHaveValue(title);
}

/** Waits until the open note says its latest change is written. */
export async function saved(page: Page, place: 'centre' | 'side' = 'centre'): Promise<void> {
  await expect(page.locator(`.note-pane.${place}`).getByTestId('save-status')).toHaveText(/^Saved/, {
    timeout: 5000,
  });
}

export { reader };
