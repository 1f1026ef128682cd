import type { ProjectHandlers } from '../../shared/api';
import { APP_VERSION } from '../appVersion';
import { LIVE_DOCUMENT_COUNT } from '../documents/notTrashed';
import type { Context } from '../workbench';

export function projectHandlers({ db, path }: Context): ProjectHandlers {
  // Asked first on every page load (the web app's access check): it must not read the texts.
  const countDocuments = db.prepare<[], { count: number }>(LIVE_DOCUMENT_COUNT);
  return {
    'project-info': async () => ({
      path,
      schema_version: db.pragma('user_version', { simple: true }) as number,
      document_count: countDocuments.get()?.count ?? 0,
      app_version: APP_VERSION,
    }),
  };
}
