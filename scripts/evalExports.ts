/**
 * Prints how Lectern splits and reads the unseen news-database export set
 * (tests/fixtures/exports-unseen): articles found per file, reading texts that start and end
 * right, run into the next article or carry export furniture, and precision and recall of each
 * field an export states. `--misses` lists every miss.
 */
import { formatExportScores, scoreExports } from '../tests/core/helpers/scoreExports';

void (async () => {
  const scores = await scoreExports();
  console.log(formatExportScores(scores));
  if (process.argv.includes('--misses')) for (const miss of scores.misses) console.log('  ' + miss);
  process.exit(0);
})();
