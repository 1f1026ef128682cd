import { DropIcon } from '../app/icons';
import './import.css';

/** Covers the window while files are dragged over it. */
export function DropOverlay() {
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-target">
        <DropIcon className="drop-icon" />
        <p className="drop-title">Drop to import</p>
        <p>Plain text (.txt) and Markdown (.md) files</p>
      </div>
    </div>
  );
}
