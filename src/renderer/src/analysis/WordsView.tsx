import * as Plot from '@observablehq/plot';
import { useCallback, useMemo, useState } from 'react';
import type { Drill, WordCount } from '../../../shared/analysis';
import { ChartFrame } from './ChartFrame';
import { integerTicks, onPlotClick } from './plotClicks';
import { useAnalysis } from './useAnalysis';

/** The most frequent words of the documents a search matches, or their keywords against the corpus. */
export function WordsView({ query, onDrill }: { query: string; onDrill(drill: Drill): void }) {
  const [list, setList] = useState<'frequent' | 'keywords'>('keywords');
  const { result, loading, problem } = useAnalysis('analysis-words', query ? { query, limit: 60 } : null);
  const words = useMemo(
    () => (list === 'frequent' ? result?.frequent : result?.keywords) ?? [],
    [list, result],
  );
  const key = list === 'frequent' ? 'count' : 'keyness';
  const draw = useCallback(
    (width: number) => {
      const top = words.slice(0, 30);
      if (top.length === 0) return null;
      const figure = Plot.plot({
        width,
        height: top.length * 18 + 40,
        marginLeft: 130,
        x: {
          grid: true,
          ...(list === 'frequent' ? { tickFormat: integerTicks } : {}),
          label: list === 'frequent' ? 'occurrences' : 'keyness (G²)',
        },
        y: { domain: top.map((word) => word.word), label: null },
        marks: [
          Plot.barX(top, { x: key, y: 'word', fill: list === 'frequent' ? 'steelblue' : 'darkorange' }),
          Plot.tip(
            top,
            Plot.pointerY({
              x: key,
              y: 'word',
              title: (w: WordCount) => `${w.word}: ${w.count} (corpus ${w.corpus_count}, G² ${w.keyness})`,
            }),
          ),
        ],
      });
      return onPlotClick<WordCount>(figure, (word) => onDrill(word.drill));
    },
    [words, key, list, onDrill],
  );
  return (
    <div className="analysis-view">
      <div className="analysis-controls">
        <label>
          Show{' '}
          <select
            value={list}
            onChange={(event) => setList(event.target.value === 'frequent' ? 'frequent' : 'keywords')}
          >
            <option value="keywords">keywords (against the corpus)</option>
            <option value="frequent">most frequent words</option>
          </select>
        </label>
        <span className="analysis-note">
          {loading
            ? 'Counting…'
            : result
              ? `${result.documents.toLocaleString()} of ${result.selection_documents.toLocaleString()} documents, ${result.tokens.toLocaleString()} words · ${result.elapsed_ms} ms`
              : ''}
        </span>
      </div>
      {problem ? <p className="analysis-problem">{problem}</p> : null}
      <ChartFrame
        name={list}
        draw={draw}
        table={{
          header: ['word', 'count', 'per 10,000', 'in corpus', 'keyness'],
          rows: words.map((w) => [w.word, w.count, w.per_10k, w.corpus_count, w.keyness]),
        }}
        onRow={(index) => words[index] && onDrill(words[index].drill)}
        empty={query ? 'No words to count.' : 'Type a search above: its documents’ words are counted.'}
      />
    </div>
  );
}
