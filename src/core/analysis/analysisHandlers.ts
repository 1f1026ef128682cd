import type { AnalysisHandlers } from '../../shared/api';
import type { Context } from '../workbench';
import { codeCooccurrence } from './codeCooccurrence';
import { codeMatrix } from './codeMatrix';
import { frequencyOverTime } from './frequencyOverTime';
import { wordFrequencies } from './wordFrequencies';

/** The analysis views: plain aggregations over the documents, the index and the codings. */
export function analysisHandlers({ db }: Context): AnalysisHandlers {
  return {
    'analysis-frequency': async (args) => frequencyOverTime(db, args),
    'analysis-matrix': async (args) => codeMatrix(db, args),
    'analysis-cooccurrence': async (args) => codeCooccurrence(db, args),
    'analysis-words': async (args) => wordFrequencies(db, args),
  };
}
