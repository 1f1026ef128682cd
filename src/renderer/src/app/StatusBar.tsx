import { useState } from 'react';
import { BackupsDialog } from './BackupsDialog';
import { useEngineQuery } from './useEngineQuery';

/**
 * A quiet line at the bottom: which project file is open ("study.lectern in /home/ana/Projects",
 * the name first, so a file in an unexpected folder is seen as such) and how large it is.
 */
export function StatusBar({ documentCount }: { documentCount: number }) {
  // Informational: the library reports real failures, so a failure here leaves "Connecting…".
  const info = useEngineQuery('project-info', (api) => api.call('project-info', {}), { fallback: null }).data;
  const [backups, setBackups] = useState(false);
  return (
    <footer className="status-bar">
      <span className="status-path" title={info?.path}>
        {info ? (
          <>
            <bdi className="status-name">{fileName(info.path)}</bdi>
            <span>in</span>
            <span className="status-folder">
              {/* Isolated so the right-to-left trick that keeps its end visible leaves the path intact. */}
              <bdi>{folderOf(info.path)}</bdi>
            </span>
          </>
        ) : (
          'Connecting…'
        )}
      </span>
      <span>
        {documentCount.toLocaleString('en')} {documentCount === 1 ? 'document' : 'documents'}
        {info ? ` · schema ${info.schema_version} · Lectern ${info.app_version}` : ''}
      </span>
      <button type="button" className="status-button" onClick={() => setBackups(true)}>
        Backups…
      </button>
      {backups && <BackupsDialog onClose={() => setBackups(false)} />}
    </footer>
  );
}

/** The last part of a path (either separator: the engine may run on Windows). */
function fileName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** The folder holding the file: "/" (or "C:\\") for a file at the root. */
function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (cut < 0) return '.';
  const folder = path.slice(0, cut);
  return folder === '' || folder.endsWith(':') ? path.slice(0, cut + 1) : folder;
}
