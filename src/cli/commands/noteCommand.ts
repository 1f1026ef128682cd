import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { NoteSummary } from '../../shared/model';
import { printJson, type CliCommand } from '../CliCommand';
import { formatTable } from '../formatTable';
import { forEachPage, moreLine, PAGING_USAGE, pagingOptions } from '../paging';

export const noteCommand: CliCommand = {
  usage: `note import FILE.md    a Markdown file as a new note; \`note list\` lists the notes, newest first (${PAGING_USAGE})`,
  async run({ workbench, args, options, json }) {
    const [action, ...files] = args;
    if (action === 'list') {
      const paging = pagingOptions(options, json);
      const notes: NoteSummary[] = [];
      const { shown, total } = await forEachPage(
        paging,
        500,
        (request) => workbench.call('notes-page', request),
        (rows) => notes.push(...rows),
      );
      if (json) printJson(notes);
      else {
        console.log(
          formatTable(
            ['ID', 'UPDATED', 'WORDS', 'TITLE'],
            notes.map((n) => [
              String(n.id),
              n.updated_at.slice(0, 16).replace('T', ' '),
              String(n.word_count),
              n.title,
            ]),
            [6, 16, 6, 70],
          ),
        );
        console.log(moreLine('Notes', paging, shown, total) ?? `${total ?? shown} notes`);
      }
      return 0;
    }
    if (action !== 'import' || files.length === 0)
      throw new Error('Usage: lectern note import FILE.md [FILE.md …]  or  lectern note list');
    const imported = [];
    for (const file of files) {
      let markdown: string;
      try {
        markdown = readFileSync(file, 'utf8');
      } catch (error) {
        throw new Error(`${file} cannot be read (${(error as NodeJS.ErrnoException).code}). Check the path.`);
      }
      const note = await workbench.call('notes-import-markdown', { name: basename(file), markdown });
      imported.push({ id: note.id, title: note.title, file });
      if (!json) console.log(`✓ ${file} → note #${note.id} “${note.title}”`);
    }
    if (json) printJson(imported);
    return 0;
  },
};
