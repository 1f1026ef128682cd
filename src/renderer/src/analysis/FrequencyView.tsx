import * as Plot from '@observablehq/plot';
import { useCallback, useMemo, useState } from 'react';
import type { Drill, FrequencyRow } from '../../../shared/analysis';
import { ChartFrame } from './ChartFrame';
import { integerTicks, onPlotClick } from './plotClicks';
import { useAnalysis } from './useAnalysis';
import { useViewSetting } from './useViewSetting';

interface Props {
  query: string;
  tagPaths: readonly string[];
  onDrill(drill: Drill): void;
}

/**
 * How often a query matches or a tag is coded, per period, split by source or language; a bar
 * opens its documents (a search) or its passages (a tag).
 */
export function FrequencyView({ query, tagPaths, onDrill }: Props) {
  const [count, setCount] = useState<'query' | 'tag'>(query ? 'query' : 'tag');
  const [tag, setTag] = useState(tagPaths[0] ?? '');
  const [by, setBy] = useViewSetting<'year' | 'month' | 'week'>('frequency.by', 'month');
  const [split, setSplit] = useViewSetting<'none' | 'source' | 'language'>('frequency.split', 'none');
  const args =
    count === 'query'
      ? query
        ? { query, by, split }
        : null
      : tag
        ? { tag, by, split, ...(query ? { query } : {}) }
        : null;
  const { result, loading, problem } = useAnalysis('analysis-frequency', args);
  const rows = useMemo(() => result?.rows ?? [], [result]);

  const draw = useCallback(
    (width: number) => {
      if (rows.length === 0) return null;
      const periods = [...new Set(rows.map((row) => row.period))];
      const step = Math.max(1, Math.ceil(periods.length / Math.max(4, width / 60)));
      const stacked = { x: 'period', y: 'count', ...(split === 'none' ? {} : { fill: 'group' }) };
      // Counts are whole numbers: no more ticks than the tallest bar has units (no 0.2, 0.4 …).
      const totals = new Map<string, number>();
      for (const row of rows) totals.set(row.period, (totals.get(row.period) ?? 0) + row.count);
      const tallest = Math.max(1, ...totals.values());
      const figure = Plot.plot({
        width,
        height: 300,
        marginBottom: 50,
        x: {
          type: 'band',
          domain: periods,
          ticks: periods.filter((_, i) => i % step === 0),
          tickRotate: -40,
          label: null,
        },
        y: {
          grid: true,
          tickFormat: integerTicks,
          ticks: Math.min(10, tallest),
          label: result?.unit === 'passages' ? 'passages' : 'documents',
        },
        color: split === 'none' ? undefined : { legend: true, label: split },
        marks: [
          Plot.barY(rows, { ...stacked, fill: split === 'none' ? 'steelblue' : 'group', inset: 0.5 }),
          Plot.ruleY([0]),
          Plot.tip(
            rows,
            Plot.pointer(
              Plot.stackY({
                ...stacked,
                title: (row: FrequencyRow) =>
                  `${row.period}${row.group ? ` · ${row.group}` : ''}: ${row.count}`,
              }),
            ),
          ),
        ],
      });
      return onPlotClick<FrequencyRow>(figure, (row) => onDrill(row.drill));
    },
    [rows, split, result?.unit, onDrill],
  );

  return (
    <div className="analysis-view">
      <div className="analysis-controls">
        <label>
          Count{' '}
          <select
            value={count}
            onChange={(event) => setCount(event.target.value === 'tag' ? 'tag' : 'query')}
          >
            <option value="query">documents matching the search</option>
            <option value="tag">passages coded with a tag</option>
          </select>
        </label>
        {count === 'tag' ? (
          <label>
            Tag{' '}
            <select value={tag} onChange={(event) => setTag(event.target.value)}>
              {tagPaths.map((path) => (
                <option key={path} value={path}>
                  {path}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label>
          by{' '}
          <select value={by} onChange={(event) => setBy(event.target.value as typeof by)}>
            <option value="year">year</option>
            <option value="month">month</option>
            <option value="week">week</option>
          </select>
        </label>
        <label>
          split by{' '}
          <select value={split} onChange={(event) => setSplit(event.target.value as typeof split)}>
            <option value="none">nothing</option>
            <option value="source">source</option>
            <option value="language">language</option>
          </select>
        </label>
        <span className="analysis-note">
          {loading
            ? 'Counting…'
            : result
              ? `${result.elapsed_ms} ms${result.undated ? ` · ${result.undated} without a precise date left out` : ''} · a bar opens its ${result.unit}`
              : ''}
        </span>
      </div>
      {problem ? <p className="analysis-problem">{problem}</p> : null}
      <ChartFrame
        name="frequency"
        draw={draw}
        table={{
          header: ['period', ...(split === 'none' ? [] : [split]), result?.unit ?? 'count'],
          rows: rows.map((row) => [row.period, ...(split === 'none' ? [] : [row.group || '—']), row.count]),
        }}
        onRow={(index) => rows[index] && onDrill(rows[index].drill)}
        empty={
          count === 'query' && !query ? 'Type a search above to chart it over time.' : 'Nothing to count.'
        }
      />
    </div>
  );
}
