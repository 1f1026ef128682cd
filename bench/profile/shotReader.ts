/**
 * Screenshots of the reader on the coding benchmark's long document (2,000 passages, many lanes),
 * in the light and the dark theme, with the bar under the pointer lit: for looking at the margin
 * bars after a change to how they are drawn. Also checks that a bar can be grabbed 2 px beside it.
 * Usage: npm run build:renderer && npx tsx bench/profile/shotReader.ts → /tmp/reader-{light,dark}.png,
 * /tmp/coding-tab-{light,dark}.png
 */
import { chromium } from '@playwright/test';
import { startServer } from '../../src/server/startServer';
import { buildCodingProject, LONG_TITLE_CODED } from '../coding/buildCodingProject';
import { inPage, OPEN_DOCUMENT } from '../coding/pageScripts';
import { CHROMIUM, RENDERER } from '../coding/uiPreflight';

async function main() {
  const project = await buildCodingProject({ documents: 10, bigTagPassages: 200, longPassages: 2000 });
  const server = await startServer({ workbench: project.workbench, staticDir: RENDERER });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'], headless: true });
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: scheme });
      await page.goto(server.url);
      await page.locator('tbody tr').first().waitFor();
      await page.evaluate(
        inPage(OPEN_DOCUMENT, {
          title: LONG_TITLE_CODED,
          head: 'Part 1.',
          expectBars: true,
          settleFrames: 10,
          timeoutMs: 15000,
        }),
      );
      await page.evaluate("document.querySelector('.reader-scroll').scrollTop = 2400");
      await page.waitForTimeout(500);
      const nth = (await page.evaluate(
        `[...document.querySelectorAll('[data-testid="passage-bar"]')].findIndex((bar) => bar.getBoundingClientRect().top > 300)`,
      )) as number;
      const bar = page.locator('[data-testid="passage-bar"]').nth(nth);
      const box = (await bar.boundingBox())!;
      // 1.5 px left of the bar's edge is still the bar (its hit area).
      const hit = await page.evaluate(
        `document.elementFromPoint(${box.x - 1.5}, ${box.y + box.height / 2})?.getAttribute('data-passage-id')`,
      );
      console.log(
        `${scheme}: bar ${await bar.getAttribute('data-passage-id')} at ${JSON.stringify(box)}; 1.5 px left of it: ${String(hit)}`,
      );
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForTimeout(300);
      await page.screenshot({
        path: `/tmp/reader-${scheme}.png`,
        clip: { x: 280, y: 80, width: 820, height: 560 },
      });
      // The Coding tab's list of the passages, scrolled into its middle (its rows come in runs).
      await page.getByRole('tab', { name: /^Coding/ }).click();
      await page.evaluate("document.querySelector('.side-scroll').scrollTop = 40000");
      await page.waitForTimeout(300);
      await page.screenshot({
        path: `/tmp/coding-tab-${scheme}.png`,
        clip: { x: 1040, y: 60, width: 400, height: 700 },
      });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
    project.close();
  }
}

void main();
