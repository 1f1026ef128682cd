import { forwardRef, useImperativeHandle, useRef } from 'react';

export const IMPORT_ACCEPT = '.txt,.md,.markdown,text/plain,text/markdown';

export interface ImportButtonHandle {
  open(): void;
}

/** "Import…" in the toolbar: a file picker for text and Markdown files. */
export const ImportButton = forwardRef<ImportButtonHandle, { busy: boolean; onFiles(files: File[]): void }>(
  function ImportButton({ busy, onFiles }, ref) {
    const input = useRef<HTMLInputElement>(null);
    useImperativeHandle(ref, () => ({ open: () => input.current?.click() }), []);
    return (
      <>
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() => input.current?.click()}
          title="Import .txt and .md files (or drop them on the window)"
        >
          <svg viewBox="0 0 16 16" aria-hidden="true" className="button-icon">
            <path
              d="M8 2v8M4.5 6.5 8 10l3.5-3.5M3 13h10"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.5"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          {busy ? 'Importing…' : 'Import…'}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept={IMPORT_ACCEPT}
          hidden
          data-testid="import-input"
          aria-label="Files to import"
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = '';
            onFiles(files);
          }}
        />
      </>
    );
  },
);
