import type { ArgsOf } from '../../shared/api';
import { LecternError } from '../../shared/errors';
import { METADATA_FIELDS, type DocumentDetail, type MetadataField } from '../../shared/model';
import { printJson, publicFields, stringOption, type CliCommand, type CliRun } from '../CliCommand';
import { formatTable } from '../formatTable';

// --date is the friendly name of published_at.
const OPTION_FIELD: Record<string, MetadataField> = {
  title: 'title',
  date: 'published_at',
  source: 'source',
  author: 'author',
  place: 'place',
  language: 'language',
  url: 'url',
  section: 'section',
};
const FIELD_OPTION = Object.fromEntries(
  Object.entries(OPTION_FIELD).map(([option, field]) => [field, option]),
);

export const docCommand: CliCommand = {
  usage:
    "doc show|set|reset|delete|restore|trash ID…  a document's metadata with where each field came from; " +
    'set --source S --date 2022-03 --title T --author A --place P --language L --url U --section S (--clear source,author); ' +
    'reset --fields source,date gives back what the import found; delete moves to the trash, restore brings back',
  async run(run) {
    const [action, ...rest] = run.args;
    const ids = rest.map((word) => {
      const id = Number(word);
      if (!Number.isSafeInteger(id) || id < 1)
        throw new LecternError('invalid-argument', `"${word}" is not a document id.`);
      return id;
    });
    const needIds = () => {
      if (ids.length === 0)
        throw new LecternError('invalid-argument', `lectern doc ${action} needs one or more document ids.`);
    };
    switch (action) {
      case 'show':
        needIds();
        for (const id of ids) show(run, await run.workbench.call('documents-get', { id }));
        return 0;
      case 'set': {
        needIds();
        const set: ArgsOf<'documents-update'>['set'] = {};
        for (const [option, field] of Object.entries(OPTION_FIELD)) {
          const value = stringOption(run.options, option);
          if (value !== undefined) set[field] = value;
        }
        for (const name of (stringOption(run.options, 'clear') ?? '').split(',').filter(Boolean)) {
          const field = OPTION_FIELD[name.trim()];
          if (!field || field === 'title')
            throw new LecternError(
              'invalid-argument',
              `--clear takes ${Object.keys(OPTION_FIELD)
                .filter((f) => f !== 'title')
                .join(', ')}.`,
            );
          set[field] = null;
        }
        if (Object.keys(set).length === 0)
          throw new LecternError(
            'invalid-argument',
            'Name a field to set, e.g. --source "Reuters" or --date 2022-03.',
          );
        const updated = await run.workbench.call('documents-update', { ids, set });
        report(
          run,
          updated.map(publicFields),
          `Updated ${updated.length} document${updated.length === 1 ? '' : 's'}.`,
        );
        return 0;
      }
      case 'reset': {
        needIds();
        const reset = (stringOption(run.options, 'fields') ?? '')
          .split(',')
          .filter(Boolean)
          .map((name) => {
            const field = OPTION_FIELD[name.trim()];
            if (!field)
              throw new LecternError(
                'invalid-argument',
                `--fields takes ${Object.keys(OPTION_FIELD).join(', ')}.`,
              );
            return field;
          });
        if (reset.length === 0)
          throw new LecternError('invalid-argument', 'Name the fields to reset: --fields source,date.');
        const updated = await run.workbench.call('documents-update', { ids, set: {}, reset });
        report(run, updated.map(publicFields), `Reset ${reset.join(', ')} of ${updated.length} document(s).`);
        return 0;
      }
      case 'delete': {
        needIds();
        const { deleted } = await run.workbench.call('documents-delete', { ids });
        report(
          run,
          { deleted },
          `Moved ${deleted} document(s) to the trash; \`lectern doc restore ${ids.join(' ')}\` brings them back.`,
        );
        return 0;
      }
      case 'restore': {
        needIds();
        const { restored } = await run.workbench.call('documents-restore', { ids });
        report(run, { restored }, `Restored ${restored} document(s) from the trash.`);
        return 0;
      }
      case 'trash': {
        const docs = await run.workbench.call('documents-list', { trash: true });
        if (run.json) printJson(docs.map(publicFields));
        else
          console.log(
            formatTable(
              ['ID', 'SOURCE', 'TITLE'],
              docs.map((d) => [String(d.id), d.source ?? '—', d.title]),
              [6, 20, 70],
            ),
          );
        return 0;
      }
      default:
        throw new LecternError(
          'invalid-argument',
          `Unknown action "${action ?? ''}": use show, set, reset, delete, restore or trash.`,
        );
    }
  },
};

function report(run: CliRun, data: unknown, message: string) {
  if (run.json) printJson(data);
  else console.log(message);
}

function show(run: CliRun, doc: DocumentDetail) {
  if (run.json) {
    const fields = Object.fromEntries(
      METADATA_FIELDS.map((field) => [
        field,
        { value: doc[field], origin: doc.field_origins[field] ?? null },
      ]),
    );
    printJson({
      id: doc.id,
      fields,
      user_edits: doc.user_edits,
      deleted: doc.deleted_at !== null,
      same_story: doc.same_story,
    });
    return;
  }
  console.log(`Document ${doc.id}${doc.deleted_at ? ' (in the trash)' : ''}`);
  console.log(
    formatTable(
      ['FIELD', 'VALUE', 'FROM'],
      METADATA_FIELDS.map((field) => [
        FIELD_OPTION[field] ?? field,
        doc[field] ?? '—',
        doc.field_origins[field] ?? '—',
      ]),
      [10, 60, 16],
    ),
  );
  if (doc.same_story.length > 0) {
    console.log(`Same story in ${doc.same_story.length + 1} documents:`);
    for (const other of doc.same_story) console.log(`  ${other.id}  ${other.source ?? '—'}  ${other.title}`);
  }
}
