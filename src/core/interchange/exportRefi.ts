import { writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { LecternError } from '../../shared/errors';
import type { RefiExportReport } from '../../shared/model';
import type { Db } from '../db/open';
import { renderNotes } from '../export/markdown/renderNotes';
import { buildQdc } from './buildQdc';
import { buildQdpx, projectGuids } from './buildQdpx';
import { readLecternProject } from './lecternProject';

/** The project's name in exports: its file name without the extension. */
export function projectName(dbPath: string): string {
  return basename(dbPath, extname(dbPath)) || 'Lectern project';
}

/** Builds the .qdpx of a project as bytes (a zip of project.qde, sources/ and lectern.json). */
export function qdpxBytes(
  db: Db,
  dbPath: string,
): { bytes: Uint8Array; counts: ReturnType<typeof buildQdpx>['counts'] } {
  const project = readLecternProject(db);
  const rendered = new Map(
    renderNotes(
      db,
      project.notes.map((note) => note.id),
      { links: 'wiki' },
    ).notes.map((note) => [note.id, stripFrontMatter(note.markdown)]),
  );
  const built = buildQdpx(project, projectName(dbPath), (id) => rendered.get(id) ?? '');
  const entries: Record<string, Uint8Array> = { 'project.qde': strToU8(built.qde), ...built.files };
  // Sources are text and compress well; level 6 is zlib's default balance of size and speed.
  return { bytes: zipSync(entries, { level: 6 }), counts: built.counts };
}

/** Writes the project as a REFI-QDA project exchange file. */
export function exportQdpx(db: Db, dbPath: string, outPath: string | undefined): RefiExportReport {
  const started = performance.now();
  const { bytes, counts } = qdpxBytes(db, dbPath);
  if (outPath) writeOut(outPath, bytes);
  return {
    out_path: outPath ?? null,
    file_name: `${projectName(dbPath)}.qdpx`,
    data_base64: outPath ? null : Buffer.from(bytes).toString('base64'),
    ...counts,
    bytes: bytes.length,
    elapsed_ms: Math.round(performance.now() - started),
  };
}

/** The codebook as REFI-QDA .qdc text. */
export function qdcText(db: Db): string {
  const project = readLecternProject(db);
  const guids = projectGuids(project);
  return buildQdc(project.tags, guids.tag);
}

/** Writes the codebook as a REFI-QDA codebook exchange file. */
export function exportQdc(db: Db, dbPath: string, outPath: string | undefined): RefiExportReport {
  const started = performance.now();
  const text = qdcText(db);
  if (!text.includes('<Code ')) {
    throw new LecternError(
      'invalid-argument',
      'The codebook is empty: a .qdc needs at least one code. Create tags first, then export.',
    );
  }
  const bytes = strToU8(text);
  if (outPath) writeOut(outPath, bytes);
  const codes = (text.match(/<Code /g) ?? []).length;
  return {
    out_path: outPath ?? null,
    file_name: `${projectName(dbPath)} codebook.qdc`,
    data_base64: outPath ? null : Buffer.from(bytes).toString('base64'),
    sources: 0,
    codes,
    selections: 0,
    notes: 0,
    bytes: bytes.length,
    elapsed_ms: Math.round(performance.now() - started),
  };
}

function writeOut(outPath: string, bytes: Uint8Array): void {
  try {
    writeFileSync(outPath, bytes);
  } catch (error) {
    throw new LecternError(
      'invalid-argument',
      `Could not write ${outPath}: ${(error as Error).message}. Choose a folder you can write to.`,
    );
  }
}

/** A note's Markdown without its YAML front matter (the .qde has the title and dates already). */
function stripFrontMatter(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n\n?/, '');
}
