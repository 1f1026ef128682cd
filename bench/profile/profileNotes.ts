/**
 * Profiles typing in the notes benchmark's long note (20,000 words, 300 quote embeds): a Chromium
 * trace and a CPU profile of typing a line into its middle paragraph, summarised like
 * profileReader.ts. A tool for finding work to remove, not a benchmark.
 * Usage: npm run build:renderer && npx tsx bench/profile/profileNotes.ts [plain]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { Workbench } from '../../src/core/workbench';
import { startServer } from '../../src/server/startServer';
import { heading, noteJson, paragraph, passageEmbed, text } from '../../tests/fixtures/noteJson';
import { inPage } from '../coding/pageScripts';
import { CHROMIUM, RENDERER, ROOT } from '../coding/uiPreflight';
import { MIDDLE_PARAGRAPH, OPEN_NOTE, TYPING_START, TYPING_STOP } from '../notes/pageScripts';
import { record } from './recordTrace';

const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];
const plain = process.argv.includes('plain');

function textBlocks(words: number) {
  const vocabulary = 'the researcher writes about what the sources say and how the speakers frame it'.split(
    ' ',
  );
  const blocks: Array<Record<string, unknown>> = [];
  let written = 0;
  for (let n = 0; written < words; n++) {
    if (n % 40 === 0) {
      blocks.push(heading('h2', text(`Section ${n / 40 + 1}`)));
      written += 2;
    } else {
      const length = Math.min(30, words - written);
      blocks.push(
        paragraph(
          text(Array.from({ length }, (_, i) => vocabulary[(i + n) % vocabulary.length]).join(' ') + '.'),
        ),
      );
      written += length;
    }
  }
  return blocks;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-profile-notes-'));
  const workbench = new Workbench(join(dir, 'project.lectern'));
  await workbench.call('import-paths', { paths: [join(ROOT, 'resources', 'sample')] });
  const documents = await workbench.call('documents-list', {});
  const lavrov = documents.find((d) => d.title.includes('Lavrov'))!;
  const { body } = await workbench.call('documents-get', { id: lavrov.id });
  const passages = [];
  for (let i = 0; i < 60; i++) {
    const start = (i * 53) % (body.length - 120);
    passages.push(
      await workbench.call('passages-create', { document_id: lavrov.id, start, end: start + 80 }),
    );
  }
  const blocks = textBlocks(20_000);
  if (!plain) {
    const step = Math.floor(blocks.length / 300);
    for (let i = 299; i >= 0; i--) {
      const passage = passages[i % passages.length]!;
      blocks.splice(
        i * step,
        0,
        passageEmbed(passage.id, {
          exact: passage.exact,
          document_id: lavrov.id,
          document_title: lavrov.title,
        }),
      );
    }
  }
  const note = await workbench.call('notes-create', { title: 'Long note' });
  await workbench.call('notes-save', { id: note.id, lexical_json: noteJson(...blocks) });
  const server = await startServer({ workbench, staticDir: RENDERER });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // An experiment's switch, e.g. PROFILE_INIT='window.X = true'.
    if (process.env.PROFILE_INIT) await page.addInitScript(process.env.PROFILE_INIT);
    page.on('pageerror', (error) => console.log('page error:', error.message));
    await page.goto(server.url);
    await page.locator('tbody tr').first().waitFor();
    await page.getByRole('tab', { name: /^Notes/ }).click();
    await page.locator('[data-testid="note-row"]').first().waitFor();
    const embeds = plain ? 0 : 300;
    await page.evaluate(
      inPage(OPEN_NOTE, { title: 'Long note', blocks: blocks.length, embeds, timeoutMs: 15000 }),
    );
    await page.waitForTimeout(1000);
    const index = (await page.evaluate(inPage(MIDDLE_PARAGRAPH, null))) as number;
    const target = page.locator('.note-pane.centre [data-testid="note-editor"] > p').nth(index);
    await target.click();
    await page.keyboard.press('End');
    await page.waitForTimeout(400);
    const cdp = await page.context().newCDPSession(page);
    const run = (await record(cdp, plain ? 'type-plain' : 'type', async () => {
      await page.evaluate(inPage(TYPING_START, null));
      await page.keyboard.type(' and then a new thought arrives while the quotes stay in place', {
        delay: 100,
      });
      await page.waitForTimeout(300);
      return page.evaluate(inPage(TYPING_STOP, null));
    })) as { keys: Array<{ down: number; rendered: number | null }> };
    const times = run.keys
      .filter((k) => k.rendered !== null)
      .map((k) => k.rendered! - k.down)
      .sort((a, b) => a - b);
    console.log(
      `keys ${times.length}, median ${times[times.length >> 1]?.toFixed(1)} ms, within a frame ${times.filter((t) => t <= 1000 / 60).length}`,
    );
  } finally {
    await browser.close();
    await server.close();
    workbench.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
