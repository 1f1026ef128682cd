/**
 * Prints precision and recall of each metadata field on the news development set
 * (tests/fixtures/news) and on the held-out set written after the rules were frozen
 * (tests/fixtures/news-heldout) and on both halves of the unseen set (tests/fixtures/news-unseen:
 * texts and saved pages); every miss with --misses (the last batch's only with
 * --holdout-misses); and what the rules find in the Brown Corpus, which states no metadata, as a
 * check on false finds.
 */
import {
  HELD_OUT_DIR,
  NEWS_DIR,
  UNSEEN_DIR,
  formatScores,
  scoreNewsMetadata,
} from '../tests/core/helpers/scoreNewsMetadata';
import { brownFinds } from '../tests/core/helpers/brownFinds';
import { scoreStories } from '../tests/core/helpers/scoreStories';

void (async () => {
  for (const [name, dir, split] of [
    ['Development set (EN, DE, RU, UK, FR, ES)', NEWS_DIR, 'all'],
    ['Held-out set (written after the rules were frozen)', HELD_OUT_DIR, 'all'],
    ['Unseen set, tune half (agency forms and saved pages from outside the other sets)', UNSEEN_DIR, 'tune'],
    [
      'Unseen set, holdout half (opened after its figures were recorded; see the fixture README)',
      UNSEEN_DIR,
      'holdout',
    ],
    [
      'Unseen set, fresh batch (written after the tune and holdout fixes; scored, then fixed)',
      UNSEEN_DIR,
      'fresh',
    ],
    ['Unseen set, last batch (written at the end; scored, then fixed)', UNSEEN_DIR, 'last'],
  ] as const) {
    const result = await scoreNewsMetadata(dir, split);
    // A batch not yet fixed against has its misses printed only on request: reading them makes
    // it a tuning set.
    const showMisses = process.argv.includes('--misses') && split !== 'last';
    console.log(formatScores(result, name));
    if (showMisses || process.argv.includes('--holdout-misses'))
      for (const s of result.scores) for (const miss of s.misses) console.log('  ' + miss);
    console.log('');
  }
  const brown = brownFinds();
  console.log(
    `Brown Corpus (${brown.texts} texts of 1961 American prose, no expectations — every find should be a real dateline or byline): ` +
      Object.entries(brown.counts)
        .map(([field, count]) => `${field} ${count}`)
        .join(' · '),
  );
  if (process.argv.includes('--misses')) for (const find of brown.finds) console.log('  ' + find);
  console.log('');
  const stories = await scoreStories();
  console.log(
    `Stories (each development text + 3 reprints: other outlet, trimmed, corrected): ${stories.documents} documents, ` +
      `${stories.pairs} same-story pairs · precision ${(stories.precision * 100).toFixed(1)}% · recall ${(stories.recall * 100).toFixed(1)}%`,
  );
  if (process.argv.includes('--misses')) for (const miss of stories.misses) console.log('  ' + miss);
  process.exit(0);
})();
