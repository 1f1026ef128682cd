import { forwardRef, useImperativeHandle, useRef } from 'react';
import { ImportIcon } from '../app/icons';

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
          <ImportIcon className="button-icon" />
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
