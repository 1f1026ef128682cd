/**
 * Profiles the reader on the coding benchmark's long document (2,000 passages): records a Chromium
 * trace (devtools.timeline) of (1) opening it, (2) scrolling it top to bottom, (3) applying a tag
 * through the palette (`apply`), and deleting that passage again (`apply remove`), and prints, per scenario, where the renderer's main thread spent its time
 * (script, style, layout, pre-paint, paint, …) and the hottest JS functions of a CPU profile.
 * A tool for finding work to remove, not a benchmark: figures under load are only indicative.
 * Usage: npm run build:renderer && npx tsx bench/profile/profileReader.ts [scenario…]
 * (PROFILE_RUNS=<n>: how many apply/remove runs, 3 unless set).
 */
import { chromium, type Page } from '@playwright/test';
import { startServer } from '../../src/server/startServer';
import { buildCodingProject, LONG_TITLE_CODED, LONG_TITLE_PLAIN } from '../coding/buildCodingProject';
import { inPage, OPEN_DOCUMENT, SELECT_IN_READER, WATCH_CHANGE, WATCH_NEW_BAR } from '../coding/pageScripts';
import { CHROMIUM, RENDERER } from '../coding/uiPreflight';
import { record } from './recordTrace';

const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];
/** Scrolls the reader by a fixed step per frame (so work per frame compares across loads). */
const SCROLL_STEPS = `async ({ step }) => {
  const scroller = document.querySelector('.reader-scroll');
  scroller.scrollTop = 0;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const intervals = [];
  await new Promise((resolve) => {
    let last = null;
    const tick = (time) => {
      if (last !== null) intervals.push(time - last);
      last = time;
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) return resolve();
      scroller.scrollTop += step;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return { intervals };
}`;
const wanted = new Set(process.argv.slice(2));
/** Runs of `apply` (and `remove`): PROFILE_RUNS=9 for medians steadier than three runs give. */
const RUNS = Number(process.env.PROFILE_RUNS ?? 3);
const run = (name: string) => wanted.size === 0 || wanted.has(name);

async function main() {
  const project = await buildCodingProject({ documents: 10, bigTagPassages: 200, longPassages: 2000 });
  const server = await startServer({ workbench: project.workbench, staticDir: RENDERER });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  try {
    const page: Page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // An experiment's switch, e.g. PROFILE_INIT='window.NOBARS = true'.
    if (process.env.PROFILE_INIT) await page.addInitScript(process.env.PROFILE_INIT);
    page.on('pageerror', (error) => console.log('page error:', error.message));
    await page.goto(server.url);
    await page.locator('tbody tr').first().waitFor();
    const cdp = await page.context().newCDPSession(page);
    const head = 'Part 1.';
    const open = (title: string, expectBars: boolean) =>
      page.evaluate(inPage(OPEN_DOCUMENT, { title, head, expectBars, settleFrames: 10, timeoutMs: 15000 }));
    await open(LONG_TITLE_PLAIN, false);
    if (run('open')) console.log(await record(cdp, 'open', () => open(LONG_TITLE_CODED, true)));
    else await open(LONG_TITLE_CODED, true);
    // Until the reader has laid out (and measured) the whole text in idle time.
    const laid = Date.now();
    await page
      .waitForFunction("!document.querySelector('.reader-body .para:not([data-laid])')", null, {
        timeout: 30000,
      })
      .catch(() => console.log('the text was not all laid out within 30 s'));
    console.log(`whole text laid out ${Date.now() - laid} ms after the open settled`);
    const unmeasured = () =>
      page.evaluate(
        "[...document.querySelectorAll('.reader-body .para')].filter((p) => p.querySelector('.coded') && !p.querySelector('.bar')).length",
      );
    console.log(`paragraphs with codes but no bars: ${String(await unmeasured())}`);
    await page.waitForTimeout(3000);
    console.log(`3 s later: ${String(await unmeasured())}`);
    await page.waitForTimeout(500);
    if (run('shot')) {
      await page.evaluate("document.querySelector('.reader-scroll').scrollTop = 2400");
      await page.waitForTimeout(300);
      await page.screenshot({ path: '/tmp/profile-reader.png' });
      await page.evaluate("document.querySelector('.reader-scroll').scrollTop = 0");
    }
    if (run('scroll-plain')) {
      await open(LONG_TITLE_PLAIN, false);
      await page.waitForTimeout(500);
      const scrolled = (await record(cdp, 'scroll-plain', () =>
        page.evaluate(inPage(SCROLL_STEPS, { step: 350 })),
      )) as { intervals: number[] };
      const sorted = [...scrolled.intervals].sort((a, b) => a - b);
      console.log(
        `frames ${sorted.length} of 350 px, median ${sorted[sorted.length >> 1]?.toFixed(1)}, p95 ${sorted[Math.floor(sorted.length * 0.95)]?.toFixed(1)}`,
      );
      await open(LONG_TITLE_CODED, true);
      await page.waitForTimeout(500);
    }
    if (run('scroll-early')) {
      // Scrolling at once after opening: the text far from the view is not laid out yet.
      await open(LONG_TITLE_PLAIN, false);
      await page.waitForTimeout(300);
      await open(LONG_TITLE_CODED, false);
      const scrolled = (await record(cdp, 'scroll-early', () =>
        page.evaluate(inPage(SCROLL_STEPS, { step: 350 })),
      )) as { intervals: number[] };
      const sorted = [...scrolled.intervals].sort((a, b) => a - b);
      console.log(
        `frames ${sorted.length} of 350 px, median ${sorted[sorted.length >> 1]?.toFixed(1)}, p95 ${sorted[Math.floor(sorted.length * 0.95)]?.toFixed(1)}`,
      );
      await page.waitForTimeout(500);
    }
    if (run('scroll')) {
      const scrolled = (await record(cdp, 'scroll', () =>
        page.evaluate(inPage(SCROLL_STEPS, { step: 350 })),
      )) as { intervals: number[] };
      const sorted = [...scrolled.intervals].sort((a, b) => a - b);
      console.log(
        `frames ${sorted.length} of 350 px, median ${sorted[sorted.length >> 1]?.toFixed(1)}, p95 ${sorted[Math.floor(sorted.length * 0.95)]?.toFixed(1)}`,
      );
      await page.evaluate("document.querySelector('.reader-scroll').scrollTop = 0");
      await page.waitForTimeout(800);
    }
    // `tab`: with the right-hand pane's Coding tab open (its list of the 2,000 passages).
    if (wanted.has('tab')) await page.getByRole('tab', { name: /^Coding/ }).click();
    if (run('apply')) {
      for (let i = 0; i < RUNS; i++) {
        await page.evaluate(inPage(SELECT_IN_READER, { length: 20 + i * 11 }));
        const input = page.locator('[role="dialog"] input').first();
        await input.waitFor();
        await input.fill('Energy');
        await page.waitForTimeout(300);
        const result = await record(cdp, `apply${i}`, async () => {
          const watch = page.evaluate(inPage(WATCH_NEW_BAR, { key: 'Enter', timeoutMs: 10000 }));
          await page.waitForTimeout(50);
          await input.press('Enter');
          const r = await watch;
          await page.waitForTimeout(300);
          return r;
        });
        console.log(result);
        await page.keyboard.press('Escape');
        await page.waitForTimeout(300);
        if (!run('remove')) continue;
        // Deleting that passage from its popover (its bar once the engine's id replaced the first one).
        await page.waitForTimeout(500);
        const id = (await page.evaluate(
          'Math.max(...[...document.querySelectorAll(\'[data-testid="passage-bar"]\')].map((bar) => Number(bar.dataset.passageId)))',
        )) as number;
        await page.locator(`[data-testid="passage-bar"][data-passage-id="${id}"]`).click();
        const button = page
          .getByRole('dialog', { name: 'Passage' })
          .getByRole('button', { name: 'Delete passage' });
        await button.waitFor();
        await page.waitForTimeout(300);
        // As the bench clicks: the pointer moved to the button first, pressed, and released under
        // the trace (a locator's click runs Playwright's hit-target check in the page inside the
        // click's task, and a pointer moved with the press brings its hover into that task too).
        const box = (await button.boundingBox())!;
        const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
        await page.mouse.move(x, y);
        await page.waitForTimeout(50);
        await page.mouse.down();
        console.log(
          await record(cdp, `remove${i}`, async () => {
            const watch = page.evaluate(
              inPage(WATCH_CHANGE, { event: 'click', change: 'gone', passageId: id, timeoutMs: 10000 }),
            );
            await page.waitForTimeout(50);
            await page.mouse.up();
            const r = await watch;
            await page.waitForTimeout(300);
            return r;
          }),
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
    project.close();
  }
}

void main();
