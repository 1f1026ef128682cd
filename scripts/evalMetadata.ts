/**
 * Prints precision and recall of each metadata field on the news development set
 * (tests/fixtures/news, expectations in expected.json), and every miss with --misses.
 */
import { formatScores, scoreNewsMetadata } from '../tests/core/helpers/scoreNewsMetadata';

void scoreNewsMetadata().then((result) => {
  console.log(formatScores(result));
  if (process.argv.includes('--misses'))
    for (const s of result.scores) for (const miss of s.misses) console.log('  ' + miss);
});
