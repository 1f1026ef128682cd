import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LecternError } from '../../../shared/errors';
import type { DocumentDetail, MarkdownExportReport } from '../../../shared/model';
import { documentToMarkdown } from './documentToMarkdown';
import type { RenderedExport } from './renderNotes';

/**
 * Writes notes as Markdown files into a folder (one .md per note; with `with_sources`, each cited
 * document under sources/ with paragraph block ids). Each file is written to a temporary name and
 * renamed, so an interrupted export never leaves a half-written note.
 */
export function exportNotesToMarkdown(
  outDir: string,
  rendered: RenderedExport,
  documents: Map<number, DocumentDetail>,
): MarkdownExportReport {
  const started = performance.now();
  const dir = resolve(outDir);
  const files: string[] = [];
  try {
    mkdirSync(dir, { recursive: true });
    const write = (relative: string, text: string) => {
      const path = join(dir, relative);
      writeFileSync(`${path}.partial`, text);
      renameSync(`${path}.partial`, path);
      files.push(path);
    };
    for (const note of rendered.notes) write(note.fileName, note.markdown);
    if (rendered.sources.size > 0) {
      mkdirSync(join(dir, 'sources'), { recursive: true });
      for (const [documentId, name] of rendered.sources)
        write(join('sources', `${name}.md`), documentToMarkdown(documents.get(documentId)!));
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new LecternError(
      'invalid-argument',
      `The export to ${dir} failed (${code}) after ${files.length} files. Choose a folder you can write to, with free space.`,
    );
  }
  return {
    out_dir: dir,
    files,
    notes: rendered.notes.length,
    sources: rendered.sources.size,
    elapsed_ms: Math.round(performance.now() - started),
  };
}
