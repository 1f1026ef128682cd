import type { ProjectHandlers } from '../../shared/api';
import { APP_VERSION } from '../appVersion';
import type { Context } from '../workbench';

export function projectHandlers({ db, path }: Context): ProjectHandlers {
  const countDocuments = db.prepare<[], { count: number }>(
    'SELECT count(*) AS count FROM documents WHERE deleted_at IS NULL',
  );
  return {
    'project-info': async () => ({
      path,
      schema_version: db.pragma('user_version', { simple: true }) as number,
      document_count: countDocuments.get()?.count ?? 0,
      app_version: APP_VERSION,
    }),
  };
}
