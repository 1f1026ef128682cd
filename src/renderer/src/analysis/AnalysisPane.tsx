import './analysis.css';
import type { Drill } from '../../../shared/analysis';
import { CooccurrenceView } from './CooccurrenceView';
import { FrequencyView } from './FrequencyView';
import { MatrixView } from './MatrixView';
import { useViewSetting } from './useViewSetting';
import { WordsView } from './WordsView';

type View = 'frequency' | 'matrix' | 'cooccurrence' | 'words';
const VIEWS: Array<{ id: View; label: string }> = [
  { id: 'frequency', label: 'Over time' },
  { id: 'matrix', label: 'Code matrix' },
  { id: 'cooccurrence', label: 'Co-occurrence' },
  { id: 'words', label: 'Words' },
];

interface Props {
  /** The search in the box: each view covers the documents it matches (all, when empty). */
  query: string;
  tagPaths: readonly string[];
  onDrill(drill: Drill): void;
  onClose(): void;
}

/**
 * The analysis views in the centre: each a chart (Observable Plot) with its table, exportable as
 * SVG, PNG and CSV; a bar, cell, link or row opens the passages (a code's figures) or the
 * documents (a search's) behind it.
 */
export function AnalysisPane({ query, tagPaths, onDrill, onClose }: Props) {
  const [view, setView] = useViewSetting<View>('view', 'frequency');
  return (
    <section className="analysis" aria-label="Analysis">
      <header className="pane-header analysis-header">
        <h2>Analysis</h2>
        <div className="analysis-tabs" role="tablist" aria-label="Analysis views">
          {VIEWS.map((item) => (
            <button
              key={item.id}
              type="button"
              role="tab"
              aria-selected={view === item.id}
              className="analysis-tab"
              onClick={() => setView(item.id)}
            >
              {item.label}
            </button>
          ))}
        </div>
        <span className="analysis-scope" title="Change the search in the box to change what is analysed">
          {query ? `“${query}”` : 'all documents'}
        </span>
        <button type="button" className="button small" onClick={onClose}>
          Close
        </button>
      </header>
      <div className="analysis-body pane-scroll" role="tabpanel">
        {view === 'frequency' ? (
          <FrequencyView query={query} tagPaths={tagPaths} onDrill={onDrill} />
        ) : view === 'matrix' ? (
          <MatrixView query={query} onDrill={onDrill} />
        ) : view === 'cooccurrence' ? (
          <CooccurrenceView query={query} onDrill={onDrill} />
        ) : (
          <WordsView query={query} onDrill={onDrill} />
        )}
      </div>
    </section>
  );
}
