import { useState } from 'react';
import type { MarkdownExportOptions } from '../../../shared/model';
import { useApi } from '../app/ApiProvider';
import { useErrors } from '../app/ErrorProvider';
import { Modal } from '../app/Modal';
import { useNotices } from '../app/NoticeProvider';
import { downloadText } from '../app/saveBytes';

const FOLDER_KEY = 'lectern.exportFolder';

interface Props {
  /** The notes to export; all notes when absent. */
  noteIds?: number[];
  /** The note's title, when exporting one. */
  title?: string;
  onClose(): void;
}

/**
 * Export as Markdown. One note in the browser is downloaded as a .md file; otherwise the engine
 * writes the notes (and, on request, their cited sources) into a folder named here — Lectern has
 * no native folder picker in every mode, so the path is typed (and remembered).
 */
export function ExportDialog({ noteIds, title, onClose }: Props) {
  const api = useApi();
  const { report } = useErrors();
  const { notify } = useNotices();
  const download = !window.lectern && noteIds?.length === 1;
  const [links, setLinks] = useState<MarkdownExportOptions['links']>('wiki');
  const [withSources, setWithSources] = useState(false);
  const [folder, setFolder] = useState(() => localStorage.getItem(FOLDER_KEY) ?? '');
  const [busy, setBusy] = useState(false);

  async function run(): Promise<void> {
    setBusy(true);
    try {
      if (download) {
        const result = await api.call('notes-markdown', { id: noteIds[0]!, links });
        downloadText(result.file_name, result.markdown);
        notify(`Downloaded ${result.file_name}`);
      } else {
        const out = folder.trim();
        localStorage.setItem(FOLDER_KEY, out);
        const result = await api.call('notes-export-markdown', {
          out_dir: out,
          links,
          with_sources: withSources,
          ...(noteIds ? { note_ids: noteIds } : {}),
        });
        notify(
          `Exported ${result.notes} ${result.notes === 1 ? 'note' : 'notes'}${
            result.sources ? ` and ${result.sources} ${result.sources === 1 ? 'source' : 'sources'}` : ''
          } to ${result.out_dir}`,
        );
      }
      onClose();
    } catch (error) {
      report(error, 'Could not export Markdown');
    } finally {
      setBusy(false);
    }
  }

  const heading =
    noteIds?.length === 1 ? `Export “${title ?? 'note'}” as Markdown` : 'Export all notes as Markdown';
  return (
    <Modal title={heading} className="export-dialog" onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <div className="modal-body">
          {download ? (
            <p>A .md file with front matter; quotes become blockquotes with footnoted sources.</p>
          ) : (
            <label className="field">
              <span className="field-label">Folder</span>
              <span className="field-row">
                <input
                  className="field-input"
                  placeholder="/home/you/Notes/Lectern"
                  value={folder}
                  required
                  onChange={(event) => setFolder(event.target.value)}
                />
                {window.lectern?.chooseFolder && (
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      void window.lectern?.chooseFolder?.('Export notes into').then((chosen) => {
                        if (chosen) setFolder(chosen);
                      })
                    }
                  >
                    Choose…
                  </button>
                )}
              </span>
              <span className="field-hint">
                {window.lectern?.chooseFolder
                  ? 'Choose the folder (Lectern writes only where you point it). '
                  : 'An absolute path in the project’s folder or one `lectern serve --allow` names; it is created if missing. '}
                Files Lectern exported there before are updated; other files are never overwritten.
              </span>
            </label>
          )}
          <fieldset className="field">
            <legend className="field-label">Links between notes</legend>
            <label className="choice">
              <input type="radio" name="links" checked={links === 'wiki'} onChange={() => setLinks('wiki')} />
              <span>
                <code>[[Wiki links]]</code> <span className="muted">— Obsidian, Logseq</span>
              </span>
            </label>
            <label className="choice">
              <input
                type="radio"
                name="links"
                checked={links === 'relative'}
                onChange={() => setLinks('relative')}
              />
              <span>
                <code>[Relative](links.md)</code> <span className="muted">— any Markdown viewer</span>
              </span>
            </label>
          </fieldset>
          {download ? null : (
            <label className="choice">
              <input
                type="checkbox"
                checked={withSources}
                onChange={(event) => setWithSources(event.target.checked)}
              />
              <span>Include the quoted sources, and link each quote to its paragraph</span>
            </label>
          )}
        </div>
        <div className="modal-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={busy || (!download && !folder.trim())}>
            {download ? 'Download .md' : 'Export'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
