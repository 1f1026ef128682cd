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
    ['fresh', 'Unseen exports, fresh part (b files: written after the fixes, scored before read)'],
  ] as const) {
    const scores = await scoreExports(split);
    console.log(formatExportScores(scores, name));
    if (process.argv.includes('--misses')) for (const miss of scores.misses) console.log('  ' + miss);
    console.log('');
  }
  process.exit(0);
})();
