/**
 * Prints how Lectern splits and reads the unseen news-database export set
 * (tests/fixtures/exports-unseen): articles found per file, reading texts that start and end
 * right, run into the next article or carry export furniture, and precision and recall of each
 * field an export states. `--misses` lists every miss.
 */
import { formatExportScores, scoreExports } from '../tests/core/helpers/scoreExports';

void (async () => {
  for (const [split, name] of [
    ['tune', 'Unseen exports, tune part (a files: their misses guided the fixes)'],
    ['fresh', 'Unseen exports, fresh part (b files: written after the tune fixes; scored, then fixed)'],
    ['last', 'Unseen exports, last part (c files: written after the fresh fixes; scored, then fixed)'],
  ] as const) {
    const scores = await scoreExports(split);
    console.log(formatExportScores(scores, name));
    // A part not yet fixed against has its misses printed only on request: reading them makes
    // it a tuning set.
    const showMisses = process.argv.includes('--misses') && split !== 'last';
    if (showMisses || process.argv.includes('--last-misses'))
      for (const miss of scores.misses) console.log('  ' + miss);
    console.log('');
  }
  process.exit(0);
})();
