import { useState } from 'react';
import { BackupsDialog } from './BackupsDialog';
import { useEngineQuery } from './useEngineQuery';

/** A quiet line at the bottom: which project file is open and how large it is. */
export function StatusBar({ documentCount }: { documentCount: number }) {
  // Informational: the library reports real failures, so a failure here leaves "Connecting…".
  const info = useEngineQuery('project-info', (api) => api.call('project-info', {}), { fallback: null }).data;
  const [backups, setBackups] = useState(false);
  return (
    <footer className="status-bar">
      <span className="status-path" title={info?.path}>
        {/* Isolated so the right-to-left trick that keeps the file name visible leaves the path intact. */}
        <bdi>{info ? info.path : 'Connecting…'}</bdi>
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
