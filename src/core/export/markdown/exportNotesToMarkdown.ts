import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LecternError } from '../../../shared/errors';
import type { DocumentDetail, MarkdownExportReport } from '../../../shared/model';
import { documentToMarkdown } from './documentToMarkdown';
import type { RenderedExport } from './renderNotes';

/**
 * Writes notes as Markdown files into a folder (one .md per note; with `with_sources`, each cited
 * document under sources/ with paragraph block ids). Each file is written to a temporary name and
 * renamed, so an interrupted export never leaves a half-written note. A file of the same name
 * that Lectern did not write there (or that was edited since) is never overwritten: the export
 * is refused before anything is written, naming the files. What Lectern wrote is remembered in
 * MANIFEST (name → hash), so exporting again into the same folder updates its own files.
 */
export function exportNotesToMarkdown(
  outDir: string,
  rendered: RenderedExport,
  documents: Map<number, DocumentDetail>,
): MarkdownExportReport {
  const started = performance.now();
  const dir = resolve(outDir);
  const files: string[] = [];
  const planned = new Map<string, string>();
  for (const note of rendered.notes) planned.set(note.fileName, note.markdown);
  for (const [documentId, name] of rendered.sources)
    planned.set(join('sources', `${name}.md`), documentToMarkdown(documents.get(documentId)!));
  const written = readManifest(dir);
  const conflicts = [...planned].filter(([relative, text]) => {
    const path = join(dir, relative);
    if (!existsSync(path)) return false;
    const current = hashOf(readFileSync(path));
    return current !== written[relative] && current !== hashOf(text);
  });
  if (conflicts.length > 0) {
    const names = conflicts.map(([relative]) => relative);
    throw new LecternError(
      'invalid-argument',
      `Nothing was exported: ${dir} already holds ${names.slice(0, 5).join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}, not written by Lectern or edited since, and an export would overwrite ${names.length === 1 ? 'it' : 'them'}. Choose another folder, or move ${names.length === 1 ? 'that file' : 'those files'} away.`,
    );
  }
  try {
    mkdirSync(dir, { recursive: true });
    const write = (relative: string, text: string) => {
      const path = join(dir, relative);
      writeFileSync(`${path}.partial`, text);
      renameSync(`${path}.partial`, path);
      written[relative] = hashOf(text);
      files.push(path);
    };
    if (rendered.sources.size > 0) mkdirSync(join(dir, 'sources'), { recursive: true });
    try {
      for (const [relative, text] of planned) write(relative, text);
    } finally {
      writeFileSync(join(dir, MANIFEST), JSON.stringify({ files: written }, null, 1));
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

/** Which files an export wrote into a folder, with their hashes: those it may replace. */
const MANIFEST = '.lectern-export.json';

function readManifest(dir: string): Record<string, string> {
  try {
    const parsed = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as { files?: unknown };
    return typeof parsed.files === 'object' && parsed.files !== null
      ? (parsed.files as Record<string, string>)
      : {};
  } catch {
    return {};
  }
}

function hashOf(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}
