import type { AgreementHandlers } from '../../shared/api';
import type { Context } from '../workbench';
import { agreementReport } from './agreementReport';
import { mergeProject } from './mergeProject';

/** Two coders, one corpus: merge a colleague's copy, list coders, compute agreement. */
export function agreementHandlers(context: Context): AgreementHandlers {
  const { db } = context;
  return {
    'coders-list': async () =>
      db
        .prepare(
          'SELECT c.id, c.name, (SELECT count(*) FROM passages p WHERE p.coder_id = c.id) AS passages FROM coders c ORDER BY c.id',
        )
        .all() as Array<{ id: number; name: string; passages: number }>,
    'merge-project': async ({ path, coder_name }) => {
      const report = mergeProject(db, path, coder_name);
      context.emit('on-documents-changed', { ids: [] });
      context.emit('on-coding-changed', { document_ids: [] });
      return report;
    },
    'agreement-report': async ({ coder_a, coder_b }) => agreementReport(db, coder_a ?? 1, coder_b),
  };
}
