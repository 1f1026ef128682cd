import { useEffect, useRef, type ReactNode } from 'react';
import { toCsv } from '../../../shared/csv';
import { downloadText } from '../app/saveBytes';
import { downloadPng, downloadSvg } from './exportChart';

export interface ChartTable {
  header: string[];
  rows: Array<Array<string | number>>;
}

interface Props {
  name: string;
  /** Draws the chart (Observable Plot); returns the element, or null when there is nothing to draw. */
  draw: (width: number) => (HTMLElement | SVGSVGElement) | null;
  table: ChartTable;
  /** Row click in the table: opens what is behind it. */
  onRow?: (index: number) => void;
  empty: ReactNode;
}

/**
 * A chart with its table beneath and the three exports (SVG, PNG, CSV). The chart is drawn by
 * Observable Plot into a plain element React does not manage; it is redrawn when its data or
 * the pane's width change.
 */
export function ChartFrame({ name, draw, table, onRow, empty }: Props) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const render = () => {
      const figure = draw(Math.max(320, element.clientWidth));
      element.replaceChildren(...(figure ? [figure] : []));
    };
    render();
    const observer = new ResizeObserver(() => render());
    observer.observe(element);
    return () => observer.disconnect();
  }, [draw]);

  const figure = () => host.current?.firstElementChild ?? null;
  return (
    <div className="chart-frame">
      <div className="chart-exports">
        <button
          type="button"
          className="button small"
          onClick={() => figure() && downloadSvg(figure()!, name)}
        >
          SVG
        </button>
        <button
          type="button"
          className="button small"
          onClick={() => figure() && downloadPng(figure()!, name)}
        >
          PNG
        </button>
        <button
          type="button"
          className="button small"
          onClick={() => downloadText(`${name}.csv`, toCsv(table.header, table.rows), 'text/csv')}
        >
          CSV
        </button>
      </div>
      {table.rows.length === 0 ? <div className="empty-state">{empty}</div> : null}
      <div ref={host} className="chart" aria-label={`Chart: ${name}`} role="img" />
      {table.rows.length > 0 ? (
        <div className="chart-table-wrap">
          <table className="chart-table">
            <thead>
              <tr>
                {table.header.map((cell, index) => (
                  <th key={index}>{cell}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, index) => (
                <tr
                  key={index}
                  tabIndex={onRow ? 0 : undefined}
                  onClick={onRow ? () => onRow(index) : undefined}
                  onKeyDown={onRow ? (event) => event.key === 'Enter' && onRow(index) : undefined}
                >
                  {row.map((cell, column) => (
                    <td key={column} className={typeof cell === 'number' ? 'number' : undefined}>
                      {typeof cell === 'number' ? cell.toLocaleString() : cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
