/**
 * Prints precision and recall of each metadata field on the news development set
 * (tests/fixtures/news) and on the held-out set written after the rules were frozen
 * (tests/fixtures/news-heldout); every miss with --misses.
 */
import {
  HELD_OUT_DIR,
  NEWS_DIR,
  formatScores,
  scoreNewsMetadata,
} from '../tests/core/helpers/scoreNewsMetadata';
import { scoreStories } from '../tests/core/helpers/scoreStories';

void (async () => {
  for (const [name, dir] of [
    ['Development set (EN, DE, RU, UK, FR, ES)', NEWS_DIR],
    ['Held-out set (written after the rules were frozen)', HELD_OUT_DIR],
  ] as const) {
    const result = await scoreNewsMetadata(dir);
    console.log(formatScores(result, name));
    if (process.argv.includes('--misses'))
      for (const s of result.scores) for (const miss of s.misses) console.log('  ' + miss);
    console.log('');
  }
  const stories = await scoreStories();
  console.log(
    `Stories (each development text + 3 reprints: other outlet, trimmed, corrected): ${stories.documents} documents, ` +
      `${stories.pairs} same-story pairs · precision ${(stories.precision * 100).toFixed(1)}% · recall ${(stories.recall * 100).toFixed(1)}%`,
  );
  if (process.argv.includes('--misses')) for (const miss of stories.misses) console.log('  ' + miss);
  process.exit(0);
})();
