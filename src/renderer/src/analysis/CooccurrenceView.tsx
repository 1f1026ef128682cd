import * as Plot from '@observablehq/plot';
import { useCallback } from 'react';
import type { CooccurrencePair, CooccurrenceResult, Drill } from '../../../shared/analysis';
import { ChartFrame } from './ChartFrame';
import { SubtagsToggle } from './SubtagsToggle';
import { onPlotClick } from './plotClicks';
import { useAnalysis } from './useAnalysis';
import { useViewSetting } from './useViewSetting';

type Placed = CooccurrencePair & { x1: number; y1: number; x2: number; y2: number; mx: number; my: number };

/**
 * Pairs of tags coded together, as a table and a network (tags on a circle, links as thick as
 * their count); a pair opens the passages of both tags coded together.
 */
export function CooccurrenceView({ query, onDrill }: { query: string; onDrill(drill: Drill): void }) {
  const [scope, setScope] = useViewSetting<CooccurrenceResult['scope']>('cooccurrence.scope', 'document');
  const [subtags, setSubtags] = useViewSetting('subtags', true);
  const { result, loading, problem } = useAnalysis('analysis-cooccurrence', {
    scope,
    subtags,
    ...(query ? { query } : {}),
  });
  const pairs = result?.pairs ?? [];
  const draw = useCallback(
    (width: number) => {
      if (!result || result.pairs.length === 0) return null;
      const nodes = result.tags.map((tag, index) => {
        const angle = (2 * Math.PI * index) / result.tags.length - Math.PI / 2;
        return { ...tag, x: Math.cos(angle), y: Math.sin(angle) };
      });
      const at = new Map(nodes.map((node) => [node.tag, node]));
      const links: Placed[] = result.pairs.map((pair) => {
        const a = at.get(pair.a)!;
        const b = at.get(pair.b)!;
        return { ...pair, x1: a.x, y1: a.y, x2: b.x, y2: b.y, mx: (a.x + b.x) / 2, my: (a.y + b.y) / 2 };
      });
      const size = Math.min(width, 460);
      const figure = Plot.plot({
        width: size,
        height: size,
        inset: 70,
        x: { axis: null },
        y: { axis: null },
        r: { range: [4, 16] },
        marks: [
          Plot.link(links, {
            x1: 'x1',
            y1: 'y1',
            x2: 'x2',
            y2: 'y2',
            strokeWidth: (l: Placed) => 1 + Math.sqrt(l.count) * 2,
            stroke: 'steelblue',
            strokeOpacity: 0.6,
          }),
          Plot.dot(nodes, { x: 'x', y: 'y', r: 'passages', fill: 'white', stroke: 'black' }),
          Plot.text(nodes, { x: 'x', y: 'y', text: 'tag', dy: -20, fontSize: 12 }),
          Plot.tip(
            links,
            Plot.pointer({ x: 'mx', y: 'my', title: (l: Placed) => `${l.a} + ${l.b}: ${l.count}` }),
          ),
        ],
      });
      return onPlotClick<Placed>(figure, (link) => onDrill(link.drill));
    },
    [result, onDrill],
  );
  return (
    <div className="analysis-view">
      <div className="analysis-controls">
        <label>
          Coded together in the same{' '}
          <select value={scope} onChange={(event) => setScope(event.target.value as typeof scope)}>
            <option value="overlap">text (overlapping passages)</option>
            <option value="paragraph">paragraph</option>
            <option value="document">document</option>
          </select>
        </label>
        <SubtagsToggle checked={subtags} onChange={setSubtags} />
        <span className="analysis-note">
          {loading ? 'Counting…' : result ? `${result.elapsed_ms} ms · a pair opens its passages` : ''}
        </span>
      </div>
      {problem ? <p className="analysis-problem">{problem}</p> : null}
      <ChartFrame
        name="cooccurrence"
        draw={draw}
        table={{
          header: ['tag', 'tag', scope === 'overlap' ? 'overlaps' : `${scope}s`],
          rows: pairs.map((p) => [p.a, p.b, p.count]),
        }}
        onRow={(index) => pairs[index] && onDrill(pairs[index].drill)}
        empty="No two tags are coded together here."
      />
    </div>
  );
}
