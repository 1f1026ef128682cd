import type { DocumentDetail, MarkdownExportOptions, PassageCitation } from '../../../shared/model';
import type { Db } from '../../db/open';
import { parseNoteJson } from '../../notes/noteJson';
import { paragraphBlockId } from './documentToMarkdown';
import { lexicalToMarkdown, tagName } from './lexicalToMarkdown';
import { safeFileName, uniqueNames } from './safeFileNames';
import { yamlFrontMatter } from './yamlFrontMatter';

interface NoteRow {
  id: number;
  title: string;
  lexical_json: string;
  created_at: string;
  updated_at: string;
}

export interface RenderedNote {
  id: number;
  fileName: string;
  markdown: string;
}

export interface RenderedExport {
  notes: RenderedNote[];
  /** Cited documents (with_sources only), keyed by document id, with their file names. */
  sources: Map<number, string>;
}

/**
 * Turns notes into Markdown files' names and contents (no disk access): unique, portable file
 * names first, so links between exported notes point at the right files; then each note's
 * front matter, body and footnotes.
 */
export function renderNotes(
  db: Db,
  noteIds: number[] | null,
  options: MarkdownExportOptions,
): RenderedExport {
  const rows = (
    noteIds
      ? db
          .prepare(
            `SELECT id, title, lexical_json, created_at, updated_at FROM notes WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`,
          )
          .all(JSON.stringify(noteIds))
      : db
          .prepare(
            'SELECT id, title, lexical_json, created_at, updated_at FROM notes WHERE deleted_at IS NULL ORDER BY id',
          )
          .all()
  ) as NoteRow[];
  const names = uniqueNames();
  const fileOf = new Map(rows.map((row) => [row.id, names(row.title)]));
  const sourceNames = uniqueNames();
  const sources = new Map<number, string>();
  const citationQuery = db.prepare<[number], PassageCitation & { start: number }>(
    `SELECT p.id AS passage_id, p.status, p.exact, p.speaker, p.start, d.id AS document_id, d.title AS document_title,
       d.source, d.published_at FROM passages p JOIN documents d ON d.id = p.document_id WHERE p.id = ?`,
  );
  const passageTags = db.prepare<[number], { name: string }>(
    'SELECT t.name FROM passage_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.passage_id = ? ORDER BY t.name',
  );
  const paragraphsOf = db.prepare<[number], { paragraphs: string }>(
    'SELECT paragraphs FROM documents WHERE id = ?',
  );
  const noteTitle = db.prepare<[number], { title: string }>('SELECT title FROM notes WHERE id = ?');
  const documentTitle = db.prepare<[number], { title: string }>('SELECT title FROM documents WHERE id = ?');

  const sourceFile = (documentId: number, title: string) => {
    let name = sources.get(documentId);
    if (!name) sources.set(documentId, (name = sourceNames(title)));
    return `sources/${name}`;
  };
  const fileLink = (path: string, label: string, anchor = '') =>
    options.links === 'wiki'
      ? `[[${path}${anchor}${label ? `|${label}` : ''}]]`
      : `[${label || path.split('/').pop()}](${encodeURI(path)}.md${anchor ? encodeURI(anchor) : ''})`;

  const notes = rows.map((row) => {
    const tags = new Set<string>();
    const {
      body,
      footnotes,
      tags: inlineTags,
    } = lexicalToMarkdown(parseNoteJson(row.lexical_json), {
      citation(passageId) {
        const found = citationQuery.get(passageId);
        if (!found) return null;
        for (const tag of passageTags.all(passageId)) tags.add(tag.name);
        return found;
      },
      link(target, targetId, title) {
        if (target === 'document') {
          const current = targetId === null ? undefined : documentTitle.get(targetId)?.title;
          if (options.with_sources && targetId !== null && current)
            return fileLink(sourceFile(targetId, current), title === current ? '' : title);
          return `*${title}*`;
        }
        const current = targetId === null ? title : (noteTitle.get(targetId)?.title ?? title);
        const file = (targetId !== null && fileOf.get(targetId)) || safeFileName(current);
        if (options.links === 'wiki') return file === current ? `[[${current}]]` : `[[${file}|${current}]]`;
        return `[${current}](${encodeURI(file)}.md)`;
      },
      sourceLink(citation) {
        if (!options.with_sources || citation.document_id === null || !citation.document_title) return null;
        const start = (citation as PassageCitation & { start?: number }).start;
        const paragraphs = JSON.parse(
          paragraphsOf.get(citation.document_id)?.paragraphs ?? '[]',
        ) as DocumentDetail['paragraphs'];
        const block = start === undefined ? null : paragraphBlockId({ paragraphs }, start);
        return fileLink(
          sourceFile(citation.document_id, citation.document_title),
          'source',
          block ? `#^${block}` : '',
        );
      },
    });
    for (const tag of inlineTags) tags.add(tag);
    const front = yamlFrontMatter({
      title: row.title,
      created: row.created_at,
      updated: row.updated_at,
      // Obsidian properties: tags as a list (no #), and the title as an alias when the file had
      // to be named otherwise, so [[Title]] and the quick switcher still find the note.
      tags: [...new Set([...tags].map(tagName).filter(Boolean))].sort(),
      aliases: fileOf.get(row.id) === row.title ? [] : [row.title],
    });
    const footnoteLines = footnotes.map((text, index) => `[^${index + 1}]: ${text}`).join('\n');
    return {
      id: row.id,
      fileName: `${fileOf.get(row.id)!}.md`,
      markdown: `${front}${body}\n` + (footnoteLines ? `\n${footnoteLines}\n` : ''),
    };
  });
  return { notes, sources };
}
