import './import.css';

/** Covers the window while files are dragged over it. */
export function DropOverlay() {
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-target">
        <svg viewBox="0 0 48 48" className="drop-icon">
          <path
            d="M24 8v22M15 21l9 9 9-9M10 38h28"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.5"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <p className="drop-title">Drop to import</p>
        <p>Plain text (.txt) and Markdown (.md) files</p>
      </div>
    </div>
  );
}
