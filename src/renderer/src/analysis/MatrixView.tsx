import * as Plot from '@observablehq/plot';
import { useCallback } from 'react';
import type { Drill, MatrixCell, MatrixResult } from '../../../shared/analysis';
import { ChartFrame } from './ChartFrame';
import { SubtagsToggle } from './SubtagsToggle';
import { integerTicks, onPlotClick } from './plotClicks';
import { useAnalysis } from './useAnalysis';
import { useViewSetting } from './useViewSetting';

/**
 * Tags × documents, sources, speakers or languages as a heatmap of passage counts (a tag with its
 * sub-tags unless unticked); a cell opens exactly its passages in the passage browser.
 */
export function MatrixView({ query, onDrill }: { query: string; onDrill(drill: Drill): void }) {
  const [columns, setColumns] = useViewSetting<MatrixResult['columns_by']>('matrix.columns', 'source');
  const [subtags, setSubtags] = useViewSetting('subtags', true);
  const { result, loading, problem } = useAnalysis('analysis-matrix', {
    columns,
    subtags,
    ...(query ? { query } : {}),
  });
  const draw = useCallback(
    (width: number) => {
      if (!result || result.cells.length === 0) return null;
      const figure = Plot.plot({
        width,
        height: Math.max(180, result.tags.length * 36 + 140),
        marginLeft: 140,
        marginBottom: 90,
        x: { domain: result.columns, tickRotate: -35, label: null },
        y: { domain: result.tags, label: null },
        color: { scheme: 'blues', legend: true, label: 'passages', tickFormat: integerTicks },
        marks: [
          Plot.cell(result.cells, { x: 'column', y: 'tag', fill: 'count', inset: 0.5 }),
          Plot.text(result.cells, { x: 'column', y: 'tag', text: 'count', fill: 'black' }),
          Plot.tip(
            result.cells,
            Plot.pointer({
              x: 'column',
              y: 'tag',
              title: (c: MatrixCell) => `${c.tag} × ${c.column}: ${c.count}`,
            }),
          ),
        ],
      });
      return onPlotClick<MatrixCell>(figure, (cell) => onDrill(cell.drill));
    },
    [result, onDrill],
  );
  const count = new Map(result?.cells.map((cell) => [`${cell.tag}\u0000${cell.column}`, cell]) ?? []);
  return (
    <div className="analysis-view">
      <div className="analysis-controls">
        <label>
          Tags ×{' '}
          <select value={columns} onChange={(event) => setColumns(event.target.value as typeof columns)}>
            <option value="source">source</option>
            <option value="document">document</option>
            <option value="speaker">speaker</option>
            <option value="language">language</option>
          </select>
        </label>
        <SubtagsToggle checked={subtags} onChange={setSubtags} />
        <span className="analysis-note">
          {query ? `documents matching “${query}”` : 'all documents'} ·{' '}
          {loading ? 'Counting…' : result ? `${result.elapsed_ms} ms · a cell opens its passages` : ''}
        </span>
      </div>
      {problem ? <p className="analysis-problem">{problem}</p> : null}
      <ChartFrame
        name="matrix"
        draw={draw}
        table={{
          header: ['tag', ...(result?.columns ?? [])],
          rows: (result?.tags ?? []).map((tag) => [
            tag,
            ...(result?.columns ?? []).map((column) => count.get(`${tag}\u0000${column}`)?.count ?? 0),
          ]),
        }}
        empty="No coded passages yet."
      />
    </div>
  );
}
