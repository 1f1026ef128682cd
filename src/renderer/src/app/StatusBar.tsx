import { useEffect, useState } from 'react';
import type { ProjectInfo } from '../../../shared/model';
import { useApi } from './ApiProvider';
import { BackupsDialog } from './BackupsDialog';

/** A quiet line at the bottom: which project file is open and how large it is. */
export function StatusBar({ documentCount }: { documentCount: number }) {
  const api = useApi();
  const [info, setInfo] = useState<ProjectInfo | null>(null);
  const [backups, setBackups] = useState(false);
  useEffect(() => {
    let current = true;
    api
      .call('project-info', {})
      .then((value) => {
        if (current) setInfo(value);
      })
      .catch(() => {
        // The status line is informational; the library reports real failures.
      });
    return () => {
      current = false;
    };
  }, [api]);
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
